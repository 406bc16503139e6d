import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PlanFileError,
  decodeText,
  readPlanFile,
  readPlanText,
} from '../../src/docx/read-plan-file';
import type { ParagraphBlock } from '../../src/smart/document';
import { tablePlanDocx } from '../fixtures/docx-plans';

let dir: string;
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smart-plans-read-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(path: string): Promise<PlanFileError> {
  const error = await readPlanFile(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PlanFileError);
  expect((error as PlanFileError).file).toBe(path);
  expect((error as PlanFileError).message).not.toContain('\n');
  return error as PlanFileError;
}

describe('readPlanFile', () => {
  it('reads .docx, .txt and .md plans by extension', async () => {
    await writeFile(at('plan.docx'), await tablePlanDocx());
    await writeFile(at('plan.txt'), 'Outcomes:\n- Improve home conditions.\n');
    await writeFile(at('plan.md'), '## Outcomes\n\n1. Improve home conditions.\n');
    expect((await readPlanFile(at('plan.docx'))).blocks.some((b) => b.kind === 'table')).toBe(true);
    const txt = (await readPlanFile(at('plan.txt'))).blocks as ParagraphBlock[];
    expect(txt.map((b) => b.text)).toEqual(['Outcomes', 'Improve home conditions.']);
    const md = (await readPlanFile(at('plan.md'))).blocks as ParagraphBlock[];
    expect(md[0]).toMatchObject({ text: 'Outcomes', headingLevel: 2 });
  });

  it('tells a Word 97-2003 file renamed to .docx from a password-protected one', async () => {
    const ole = (stream: string): Buffer => {
      const b = Buffer.alloc(1024);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
      Buffer.from(stream, 'utf16le').copy(b, 600);
      return b;
    };
    await writeFile(at('renamed.docx'), ole('WordDocument'));
    await writeFile(at('locked.docx'), ole('EncryptedPackage'));
    expect((await failure(at('renamed.docx'))).message).toMatch(
      /Word 97-2003 document with a \.docx name/,
    );
    expect((await failure(at('locked.docx'))).message).toMatch(/remove the password in Word/);
  });

  it("turns away Word's lock files and PDFs renamed to .docx", async () => {
    await writeFile(at('~$plan.docx'), Buffer.alloc(162, 1));
    await writeFile(at('scan.docx'), '%PDF-1.7 ...');
    expect((await failure(at('~$plan.docx'))).message).toMatch(/lock file/);
    expect((await failure(at('scan.docx'))).message).toMatch(/is a PDF renamed to \.docx/);
  });

  it('gives --objectives the text of any text file, but not of a .docx', async () => {
    await writeFile(at('objectives.csv'), 'Improve home conditions.\n');
    expect(await readPlanText(at('objectives.csv'))).toBe('Improve home conditions.\n');
    await expect(readPlanText(at('plan.docx'))).rejects.toThrow(/is not plain text/);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM, UTF-16 as Notepad saves it, and old Windows-1252 text', () => {
    const text = 'Amy’s plan: £20 a week';
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])),
    ).toBe(text);
    expect(
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
    ).toBe(text);
    expect(decodeText(Buffer.from([0x41, 0x6d, 0x79, 0x92, 0x73, 0x20, 0xa3, 0x32, 0x30]))).toBe(
      'Amy’s £20',
    );
  });

  it('says undefined for binary data', () => {
    expect(decodeText(Buffer.from([0x41, 0x00, 0x42]))).toBeUndefined();
    expect(
      decodeText(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))),
    ).toBeUndefined();
  });
});
