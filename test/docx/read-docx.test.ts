import fc from 'fast-check';
import type { Block, ParagraphBlock, TableBlock } from '../../src/smart/document';
import { DocxError, readDocx } from '../../src/docx/read-docx';
import { checkPlan } from '../../src/smart';
import {
  LIST_PLAN_ACTIONS,
  LIST_PLAN_OUTCOMES,
  LIST_PLAN_SUB_ACTION,
  TABLE_PLAN_HEADER,
  TABLE_PLAN_ROWS,
  listPlanDocx,
  rawDocx,
  tablePlanDocx,
  xmlText,
} from '../fixtures/docx-plans';
import { largePlanDocx } from '../fixtures/large-plan';

const paragraphs = (blocks: Block[]): ParagraphBlock[] =>
  blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
const tables = (blocks: Block[]): TableBlock[] =>
  blocks.filter((b): b is TableBlock => b.kind === 'table');
const p = (text: string, props = ''): string =>
  `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = ''): string =>
  `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;

describe('readDocx on a table-style plan', () => {
  it('gives the header row and each objective row as cells, with paragraph indices in body order', async () => {
    const doc = await readDocx(await tablePlanDocx());
    const [table] = tables(doc.blocks);
    expect(table.table).toBe(0);
    expect(table.rows.map((row) => row.map((c) => c.text))).toEqual([
      TABLE_PLAN_HEADER,
      ...TABLE_PLAN_ROWS,
    ]);
    // Title + two paragraphs + heading come first (0-3), then one paragraph a cell, row by row.
    expect(table.rows[0][0].paragraph).toBe(4);
    expect(table.rows[1][2].paragraph).toBe(4 + 5 + 2);
    const after = paragraphs(doc.blocks).find((b) => b.text.startsWith('Next core group'));
    expect(after?.paragraph).toBe(4 + 5 * 4 + 1);
  });

  it('reads the title and headings with their levels, and body text without them', async () => {
    const doc = await readDocx(await tablePlanDocx());
    const headings = paragraphs(doc.blocks)
      .filter((b) => b.headingLevel !== undefined)
      .map((b) => [b.text, b.headingLevel]);
    expect(headings).toEqual([
      ['Child protection plan: Leo Marsh', 1],
      ['The plan', 1],
      ['Review', 2],
    ]);
    expect(
      paragraphs(doc.blocks).find((b) => b.text.startsWith("Leo's views"))?.headingLevel,
    ).toBeUndefined();
  });
});

describe('readDocx on a plan titled in bold rather than in heading styles', () => {
  it('takes a short line over a list as its section title', async () => {
    const bold = (text: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
    const body =
      bold('Reasons for the plan') +
      p('1. Sam has missed 14 days of school this term.') +
      bold('Plan') +
      p('1. Sam will be in school every day by 1 March 2027, as recorded in the register.');
    const report = checkPlan(await readDocx(await rawDocx(body)));
    expect(report.worries.worries.map((w) => w.worry.text)).toEqual([
      'Sam has missed 14 days of school this term.',
    ]);
    expect(report.objectives).toHaveLength(1);
    expect(report.objectives[0].objective.section).toBe('Plan');
  });
});

describe('readDocx on a list-style plan', () => {
  it('marks numbered outcomes as ordered and bulleted actions as unordered, with their levels', async () => {
    const doc = await readDocx(await listPlanDocx());
    const items = paragraphs(doc.blocks)
      .filter((b) => b.list)
      .map((b) => ({ text: b.text, ...b.list }));
    expect(items).toEqual([
      { text: LIST_PLAN_OUTCOMES[0], level: 0, ordered: true },
      { text: LIST_PLAN_OUTCOMES[1], level: 0, ordered: true },
      { text: LIST_PLAN_ACTIONS[0], level: 0, ordered: false },
      { text: LIST_PLAN_SUB_ACTION, level: 1, ordered: false },
      { text: LIST_PLAN_ACTIONS[1], level: 0, ordered: false },
    ]);
  });

  it('keeps tabs, skips empty paragraphs but still counts them', async () => {
    const doc = await readDocx(await listPlanDocx());
    const blocks = paragraphs(doc.blocks);
    expect(blocks[1].text).toBe('Amy (aged 6) lives with Mum and sees Dad\tat weekends.');
    const last = blocks[blocks.length - 1];
    expect(last.text).toBe('Next review: 14/05/2027.');
    // Nine paragraphs before the empty one (index 9), so the last is 10.
    expect(last.paragraph).toBe(10);
  });
});

describe('readDocx on markup Word writes', () => {
  it('drops deleted text, keeps inserted text, and turns tabs and breaks into characters', async () => {
    const body =
      '<w:p><w:r><w:t>Mum will </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>try to </w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>take Amy to </w:t></w:r></w:ins><w:r><w:t>school</w:t><w:tab/><w:t>daily</w:t><w:br/><w:t>(from 01/04/2027)</w:t></w:r></w:p>';
    const doc = await readDocx(await rawDocx(body));
    expect(paragraphs(doc.blocks).map((b) => b.text)).toEqual([
      'Mum will take Amy to school\tdaily\n(from 01/04/2027)',
    ]);
  });

  it("reads a form's tick boxes: symbol-font boxes, check box content controls and legacy check box fields", async () => {
    const legacy = (checked: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>${checked}</w:checkBox></w:ffData></w:fldChar></w:r>` +
      '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Do the parents agree with the plan?  Yes </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>' +
      '<w:r><w:t xml:space="preserve"> No </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">Has the child been seen alone? </w:t></w:r>' +
      '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:r><w:t xml:space="preserve"> Yes </w:t></w:r>' +
      '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:r><w:t xml:space="preserve"> No</w:t></w:r></w:p>' +
      `<w:p><w:r><w:t xml:space="preserve">Copy given to parents: Yes </w:t></w:r>${legacy('<w:checked/>')}<w:r><w:t xml:space="preserve"> No </w:t></w:r>${legacy('')}</w:p>` +
      '<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> A symbol that is no box</w:t></w:r></w:p>';
    const doc = await readDocx(await rawDocx(body));
    expect(paragraphs(doc.blocks).map((b) => b.text)).toEqual([
      'Do the parents agree with the plan?  Yes ☐ No ☑',
      'Has the child been seen alone? ☒ Yes ☐ No',
      'Copy given to parents: Yes ☒ No ☐',
      ' A symbol that is no box',
    ]);
  });

  it("leaves out a content control's prompt, which shows only while the control is unfilled", async () => {
    const control = (prompt: boolean, text: string) =>
      `<w:sdt><w:sdtPr>${prompt ? '<w:showingPlcHdr/>' : ''}<w:text/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;
    const body =
      p("Child's views") +
      `<w:p>${control(true, "Enter the child's views here, in their own words.")}</w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Parents' views: </w:t></w:r>${control(true, 'Click or tap here to enter text.')}</w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Mum said: </w:t></w:r>${control(false, 'I want the children home.')}</w:p>`;
    const doc = await readDocx(await rawDocx(body));
    expect(paragraphs(doc.blocks).map((b) => [b.paragraph, b.text])).toEqual([
      [0, "Child's views"],
      [2, "Parents' views: "],
      [3, 'Mum said: I want the children home.'],
    ]);
  });

  it('ignores tab stops in paragraph properties, field codes and text boxes', async () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>Visible</w:t></w:r>' +
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
      '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In a text box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
      p('Next');
    const doc = await readDocx(await rawDocx(body));
    expect(paragraphs(doc.blocks).map((b) => [b.paragraph, b.text])).toEqual([
      [0, 'Visible'],
      [1, 'Next'],
    ]);
  });

  it('finds headings by style name when the style id is localised, and through basedOn', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="PlanSection"><w:name w:val="Plan section"/><w:basedOn w:val="berschrift1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Custom"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>';
    const body =
      p('Outcomes', '<w:pStyle w:val="berschrift1"/>') +
      p('Actions', '<w:pStyle w:val="PlanSection"/>') +
      p('Targets', '<w:pStyle w:val="Custom"/>') +
      p('Body');
    const doc = await readDocx(await rawDocx(body, { styles }));
    expect(paragraphs(doc.blocks).map((b) => b.headingLevel)).toEqual([1, 1, 3, undefined]);
  });

  it('reads list numbering from numbering.xml, from a list style, and honours numId 0', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:lvlOverride></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    const numPr = (id: string, lvl: number): string =>
      `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
    const body =
      p('bullet', numPr('1', 0)) +
      p('lettered', numPr('1', 1)) +
      p('styled', '<w:pStyle w:val="ListNumber"/>') +
      p('switched off', `<w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr>`) +
      p('overridden', numPr('3', 0));
    const doc = await readDocx(await rawDocx(body, { styles, numbering }));
    expect(paragraphs(doc.blocks).map((b) => [b.text, b.list])).toEqual([
      ['bullet', { level: 0, ordered: false }],
      ['lettered', { level: 1, ordered: true }],
      ['styled', { level: 0, ordered: true }],
      ['switched off', undefined],
      ['overridden', { level: 0, ordered: false }],
    ]);
  });

  it("joins a cell's paragraphs with newlines, lines up merged cells and flattens nested tables", async () => {
    const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
    const nested = `<w:tbl>${row(tc(p('Mum')), tc(p('weekly')))}${row(tc(p('Dad')), tc(p('monthly')))}</w:tbl>`;
    const body =
      '<w:tbl>' +
      row(tc(p('Need')), tc(p('Who')), tc(p('By when'))) +
      row(
        tc(p('Line one') + p('Line two')),
        tc(p('Social worker'), '<w:vMerge w:val="restart"/>'),
        tc(p('June')),
      ) +
      row(tc(p('Spans two'), '<w:gridSpan w:val="2"/>'), tc(p('July'))) +
      row(tc(p('Third')), tc(p(''), '<w:vMerge/>'), tc(nested)) +
      '</w:tbl>' +
      p('After');
    const doc = await readDocx(await rawDocx(body));
    const [table] = tables(doc.blocks);
    expect(tables(doc.blocks)).toHaveLength(1);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Need', 'Who', 'By when'],
      ['Line one\nLine two', 'Social worker', 'June'],
      ['Spans two', '', 'July'],
      // The merged "Who" cell continues from row 1 (row 2's spanned column is empty there).
      ['Third', '', 'Mum; weekly\nDad; monthly'],
    ]);
    expect(table.rows[1][0].paragraph).toBe(3);
    // 3 header + 4 (row 1) + 2 (row 2) + 1 + 1 + 4 nested = 15 paragraphs before "After".
    expect(paragraphs(doc.blocks)).toEqual([{ kind: 'paragraph', paragraph: 15, text: 'After' }]);
  });

  it('copies a vertically merged cell into the rows it spans', async () => {
    const row = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
    const body =
      '<w:tbl>' +
      row(tc(p('What will happen')), tc(p('Who'))) +
      row(tc(p('First')), tc(p('Priya Shah'), '<w:vMerge w:val="restart"/>')) +
      row(tc(p('Second')), tc(p(''), '<w:vMerge/>')) +
      '</w:tbl>';
    const doc = await readDocx(await rawDocx(body));
    const [table] = tables(doc.blocks);
    expect(table.rows[2][1]).toEqual({ text: 'Priya Shah', paragraph: table.rows[1][1].paragraph });
  });
});

describe("readDocx on other writers' packages", () => {
  it('finds the main part through the package relationships when it is not word/document.xml', async () => {
    const doc = await readDocx(await rawDocx(p('Outcomes'), { mainPart: 'word/main.xml' }));
    expect(paragraphs(doc.blocks).map((b) => b.text)).toEqual(['Outcomes']);
  });
});

describe('readDocx on damaged input', () => {
  it('rejects bytes that are not a zip', async () => {
    await expect(readDocx(new TextEncoder().encode('not a zip at all'))).rejects.toMatchObject({
      kind: 'not-zip',
    });
  });

  it('rejects a zip without word/document.xml', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      kind: 'no-document',
    });
  });

  it('rejects malformed XML without quoting the document', async () => {
    const error = await readDocx(await rawDocx('<w:p><w:r><w:t>Secret name</w:r></w:p>')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).kind).toBe('bad-xml');
    expect((error as DocxError).message).not.toContain('Secret');
  });

  it('stops reading a document part larger than the limit', async () => {
    await expect(
      readDocx(await rawDocx(p('x'.repeat(5000))), { maxXmlBytes: 1000 }),
    ).rejects.toMatchObject({ kind: 'too-large' });
  });
});

describe('readDocx on generated plans', () => {
  it('counts every paragraph, in tables too, on a long Word-style plan', async () => {
    const { data, contents } = await largePlanDocx(20);
    const doc = await readDocx(data);
    const last = doc.blocks[doc.blocks.length - 1] as ParagraphBlock;
    expect(last.paragraph).toBe(contents.paragraphs - 1);
    expect(tables(doc.blocks)).toHaveLength(contents.tables);
    const tableRows = tables(doc.blocks).reduce((n, t) => n + t.rows.length - 1, 0);
    const listItems = paragraphs(doc.blocks).filter((b) => b.list?.ordered).length;
    expect(tableRows + listItems).toBe(contents.objectives);
  });

  it('gives back any text exactly, whatever characters it holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc
            .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
            .filter((s) => s.trim() !== '' && !/[\t\n\r]/.test(s)),
          { minLength: 1, maxLength: 5 },
        ),
        async (texts) => {
          // XML 1.0 cannot hold most control characters; Word never writes them in w:t.
          const clean = texts.map((t) =>
            Array.from(t, (ch) =>
              ch.charCodeAt(0) < 0x20 || ch === '\ufffe' || ch === '\uffff' ? 'x' : ch,
            ).join(''),
          );
          const doc = await readDocx(await rawDocx(clean.map((t) => p(xmlText(t))).join('')));
          expect(paragraphs(doc.blocks).map((b) => b.text)).toEqual(clean);
        },
      ),
      { numRuns: 40 },
    );
  });
});
