import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { readDocx } from '../../src/docx/read-docx';
import { UNREAD_ELEMENTS, UnreadElementFilter } from '../../src/docx/unread-elements';
import { rawDocx } from '../fixtures/docx-plans';

/** Formatting as Word writes it around every run, paragraph and cell. */
const RUN_PROPS =
  '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr>';
const PARA_PROPS = '<w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="left"/>';

function body(formatted: boolean): string {
  const rp = formatted ? RUN_PROPS : '';
  const pp = (own: string) =>
    formatted || own ? `<w:pPr>${own}${formatted ? PARA_PROPS : ''}</w:pPr>` : '';
  const run = (text: string) => `<w:r>${rp}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const p = (text: string, own = '') =>
    `<w:p>${pp(own)}${formatted ? '<w:bookmarkStart w:id="0" w:name="_Toc1"/><w:proofErr w:type="spellStart"/>' : ''}${run(text)}${formatted ? '<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>' : ''}</w:p>`;
  const cell = (text: string) =>
    `<w:tc>${formatted ? '<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:shd w:val="clear" w:fill="auto"/></w:tcPr>' : ''}${p(text)}</w:tc>`;
  return [
    p('Child protection plan for Amy', '<w:pStyle w:val="Heading1"/>'),
    p('What are we worried about?', '<w:outlineLvl w:val="1"/>'),
    p(
      'Dad drinks heavily at weekends.',
      '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>',
    ),
    `<w:tbl>${formatted ? '<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' : ''}<w:tr>${cell('Need')}${cell('What will happen')}</w:tr><w:tr>${cell('Amy is safe at night')}${cell('Dad will not drink when caring for Amy, checked by the social worker at each visit, by 1 March 2027.')}</w:tr></w:tbl>`,
    `<w:p>${pp('')}<w:r>${rp}<w:t>Next review:</w:t></w:r><w:r>${rp}<w:tab/><w:t>11/02/2027</w:t></w:r></w:p>`,
  ].join('');
}

/** Every parser event but the unread elements', as a list to compare. */
function events(xml: string): string[] {
  const unread = new Set(UNREAD_ELEMENTS.map((n) => `w:${n}`));
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => {
    if (!unread.has(tag.name)) out.push(`<${tag.name} ${JSON.stringify(tag.attributes)}`);
  });
  parser.on('closetag', (tag) => {
    if (!unread.has(tag.name)) out.push(`</${tag.name}`);
  });
  parser.on('text', (text) => out.push(text));
  parser.on('cdata', (text) => out.push(`cdata:${text}`));
  parser.write(xml).close();
  return out;
}

function filtered(pieces: string[]): string {
  const filter = new UnreadElementFilter();
  return pieces.map((piece) => filter.write(piece)).join('') + filter.end();
}

const document = (inner: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body>${inner}</w:body></w:document>`;

describe('Word formatting the reader never reads', () => {
  it('reads a plan written with Word’s formatting on every run, paragraph and cell as the same plan without it', async () => {
    const plain = await readDocx(await rawDocx(body(false)));
    const formatted = await readDocx(await rawDocx(body(true)));
    expect(formatted).toEqual(plain);
    expect(plain.blocks.length).toBeGreaterThan(3);
  });

  it('takes every formatting element out of text that comes whole, and nothing else', () => {
    const xml = document(body(true));
    const out = filtered([xml]);
    for (const name of UNREAD_ELEMENTS) expect(out).not.toMatch(new RegExp(`<w:${name}[\\s/>]`));
    expect(events(out)).toEqual(events(xml));
    expect(out.length).toBeLessThan(xml.length / 2);
  });

  it('gives the same XML, less whole formatting elements, however the text is cut into pieces', () => {
    const xml = document(body(true));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const at = [0, ...cuts.sort((a, b) => a - b), xml.length];
          const pieces = at.slice(1).map((end, i) => xml.slice(at[i], end));
          expect(events(filtered(pieces))).toEqual(events(xml));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes an element out whole when an attribute holds "/>" or ">", and keeps its neighbours', () => {
    const xml = document(
      `<w:p><w:r><w:rPr><w:rFonts w:ascii="a/>b" w:hAnsi='c>d'/></w:rPr><w:t>Kept</w:t></w:r></w:p>`,
    );
    const out = filtered([xml]);
    expect(out).toContain('<w:rPr></w:rPr><w:t>Kept</w:t>');
    expect(events(out)).toEqual(events(xml));
  });

  it('leaves the elements the reader reads, though their names begin alike (w:br, w:tab, w:tblGrid, w:szX)', () => {
    const xml = document(
      '<w:p><w:r><w:br/><w:tab/><w:bdr w:val="x"/><w:szX w:val="1"/><w:t>Text</w:t></w:r></w:p><w:tblGrid/>',
    );
    expect(filtered([xml])).toBe(xml);
  });

  it('takes out no element the reader asks about', () => {
    const asked = new Set<string>();
    for (const file of ['read-docx.ts', 'docx-styles.ts', 'symbols.ts'])
      for (const m of readFileSync(join(__dirname, '../../src/docx', file), 'utf8').matchAll(
        /w:([A-Za-z]+)/g,
      ))
        asked.add(m[1]);
    expect(asked.size).toBeGreaterThan(20);
    expect(UNREAD_ELEMENTS.filter((name) => asked.has(name))).toEqual([]);
  });

  it('passes a CDATA section and all after it as written: its text is the plan’s', async () => {
    const inner =
      '<w:p><w:r><w:sz w:val="2"/><w:t><![CDATA[Keep <w:sz w:val="24"/> as typed]]></w:t><w:sz w:val="3"/></w:r></w:p>';
    const out = filtered([document(inner)]);
    expect(out).toContain(
      '<w:r><w:t><![CDATA[Keep <w:sz w:val="24"/> as typed]]></w:t><w:sz w:val="3"/>',
    );
    const doc = await readDocx(await rawDocx(inner));
    expect(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Keep <w:sz w:val="24"/> as typed',
    ]);
  });
});
