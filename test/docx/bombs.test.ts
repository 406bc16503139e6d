/**
 * Files built to sink the checker: a part that unpacks to gigabytes, whichever part it is and
 * whatever size its zip entry claims, and a document of millions of short paragraphs. Each must
 * be refused within a second or two with one line that names the part and says what to do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_MAX_PART_BYTES,
  DEFAULT_MAX_XML_BYTES,
  DocxError,
  readDocx,
} from '../../src/docx/read-docx';
import { PlanFileError, readPlanFile } from '../../src/docx/read-plan-file';
import { W_NS, bombEntry, docxWith, documentXml, entry, zipOf } from '../helpers/zip-bomb';

const GB = 1024 * 1024 * 1024;
const MB = 1024 * 1024;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'smart-bombs-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, data: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}

/** What each part starts with, so that the bomb is well-formed XML as far as it goes. */
const PREFIXES: Record<string, string> = {
  'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`,
  'word/styles.xml': `<?xml version="1.0"?><w:styles xmlns:w="${W_NS}"><!--`,
  'word/numbering.xml': `<?xml version="1.0"?><w:numbering xmlns:w="${W_NS}"><!--`,
  '_rels/.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><!--',
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><!--',
};

async function refusal(data: Buffer): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await readPlanFile(save(`bomb-${started}-${Math.random()}.docx`, data));
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error('the bomb was read');
}

describe.each(Object.keys(PREFIXES))('a zip bomb in %s', (part) => {
  const limit = part === 'word/document.xml' ? DEFAULT_MAX_XML_BYTES : DEFAULT_MAX_PART_BYTES;

  it('is refused at once when its entry declares 1.2 GB, naming the part and the limit', async () => {
    const bomb = docxWith(bombEntry(part, { prefix: PREFIXES[part], fill: ' ', bytes: 1.2 * GB }));
    expect(bomb.length).toBeLessThan(2 * MB);
    const { error, ms } = await refusal(bomb);
    expect(error).toBeInstanceOf(PlanFileError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    expect(message).toContain(`the part ${part} is over ${limit / MB} MB when unpacked`);
    expect(message).toMatch(/try again/);
    expect(ms).toBeLessThan(1000);
  });

  it('is stopped as it unpacks when its entry lies about its size', async () => {
    const bomb = docxWith(
      bombEntry(part, { prefix: PREFIXES[part], fill: 'a', bytes: 1.2 * GB, declaredSize: 1000 }),
    );
    const { error, ms } = await refusal(bomb);
    expect((error as Error).message).toContain(`the part ${part} is over ${limit / MB} MB`);
    // The main part is streamed through the XML parser up to its larger limit.
    expect(ms).toBeLessThan(part === 'word/document.xml' ? 10_000 : 2000);
  });
});

describe('readDocx limits', () => {
  it('names the part in the error it throws', async () => {
    const bomb = docxWith(
      bombEntry('word/styles.xml', {
        prefix: PREFIXES['word/styles.xml'],
        fill: ' ',
        bytes: 8 * MB,
      }),
    );
    await expect(readDocx(bomb, { maxPartBytes: MB })).rejects.toMatchObject({
      kind: 'part-too-large',
      part: 'word/styles.xml',
    });
  });

  it('reads a part right up to its limit', async () => {
    const styles = `<?xml version="1.0"?><w:styles xmlns:w="${W_NS}"><!--${' '.repeat(5000)}--></w:styles>`;
    const doc = await readDocx(docxWith(entry('word/styles.xml', styles)), {
      maxPartBytes: Buffer.byteLength(styles),
    });
    expect(doc.blocks).toHaveLength(1);
  });
});

describe('a document of millions of short paragraphs', () => {
  const shortParagraph = '<w:p><w:r><w:t>ok</w:t></w:r></w:p>';

  it('is refused quickly, before it fills the memory, with a clear message', async () => {
    // 100 MB of document.xml, under the part limit: about 2.8 million paragraphs.
    const bomb = docxWith(
      bombEntry('word/document.xml', {
        prefix: PREFIXES['word/document.xml'].replace('<w:p><w:r><w:t>', ''),
        fill: shortParagraph,
        bytes: 100 * MB,
      }),
    );
    const { error, ms } = await refusal(bomb);
    expect((error as Error).message).toBe(
      'has more than 50,000 paragraphs, far more than a long plan: check it is the right file, or split the plan and check each part',
    );
    expect(ms).toBeLessThan(2000);
  });

  it('throws too-many-paragraphs from readDocx at the limit given', async () => {
    const data = zipOf([entry('word/document.xml', documentXml(shortParagraph.repeat(11)))]);
    await expect(readDocx(data, { maxParagraphs: 10 })).rejects.toBeInstanceOf(DocxError);
    await expect(readDocx(data, { maxParagraphs: 11 })).resolves.toMatchObject({
      blocks: expect.any(Array),
    });
  });

  it('refuses a text plan of too many lines, and one with too many objectives', async () => {
    const lines = save('lines.txt', Buffer.from('Amy is well.\n'.repeat(50_001)));
    await expect(readPlanFile(lines)).rejects.toThrow(/more than 50,000 lines/);
    const objectives = save(
      'objectives.md',
      Buffer.from(
        '# Plan\n\n' +
          Array.from(
            { length: 10_001 },
            (_, i) => `${i + 1}. Mum will take Amy to school every day by 31/03/2027.`,
          ).join('\n'),
      ),
    );
    await expect(readPlanFile(objectives)).rejects.toThrow(/objectives, over the limit of 10,000/);
  });
});

describe('a package that is not a Word document', () => {
  it('says an Excel workbook renamed to .docx is one', async () => {
    const xlsx = zipOf([
      entry(
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      entry(
        '_rels/.rels',
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      entry('xl/workbook.xml', '<?xml version="1.0"?><workbook/>'),
    ]);
    const { error } = await refusal(xlsx);
    expect((error as Error).message).toBe(
      'is not a Word document (it is an Excel workbook): save the plan from Word as .docx and try again',
    );
  });
});

test('a main part whose name holds a line break or a direction override is named without them', async () => {
  const name = 'word/evil\n\u202ename.xml';
  const data = zipOf([
    entry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="x"/>'),
    entry(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/evil&#10;&#x202E;name.xml"/></Relationships>`,
    ),
    bombEntry(name, { prefix: '<w:document>', fill: ' ', bytes: 200 * MB }),
  ]);
  const { error } = await refusal(data);
  expect((error as Error).message).toContain('the part word/evil??name.xml is over 128 MB');
});
