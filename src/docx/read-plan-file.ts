/**
 * Opens a plan file from disk as a PlanDocument, choosing the reader by extension, and turns
 * every way a file can be unusable into a PlanFileError whose message says what is wrong and
 * what to do. Messages never quote the file's contents: plans hold children's personal data.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { PlanDocument } from '../smart/document';
import { extractObjectives } from '../smart/objectives';
import { readTextPlan } from '../smart/text-plan';
import { DEFAULT_MAX_PARAGRAPHS } from './limits';

/** A plan file that cannot be checked. `message` is one line, without the file name. */
export class PlanFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlanFileError';
  }
}

/** Far above any real plan (a 500-page .docx of text is a few MB), far below a memory problem. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/**
 * Paragraphs and objectives one plan may have. The benchmark's generated 500-page plan has
 * 21,504 paragraphs and 5,000 objectives and is checked in about a second; past these limits a
 * file is not a plan someone wrote but one that would hold the checker for minutes.
 */
export const MAX_PARAGRAPHS = DEFAULT_MAX_PARAGRAPHS;
export const MAX_OBJECTIVES = 10_000;

export const PLAN_FILE_EXTENSIONS = ['.docx', '.txt', '.md', '.markdown'] as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** Extensions people will try, with what to do instead. */
const CONVERT_ADVICE: Record<string, string> = {
  '.doc':
    'is a Word 97-2003 .doc file, which cannot be read: open it in Word, save it as .docx (File > Save As) and try again',
  '.docm': 'is a macro-enabled Word file: save a copy as .docx (File > Save As) and try again',
  '.dotx':
    'is a Word template, not a plan: create a document from it, save that as .docx and try again',
  '.odt': 'is an OpenDocument file: save it as .docx (File > Save As, Word Document) and try again',
  '.rtf': 'is a Rich Text file: open it in Word, save it as .docx and try again',
  '.pdf':
    'is a PDF, which cannot be checked: check the original .docx, or copy the plan text into a .txt file',
  '.pages': 'is an Apple Pages file: export it as Word (.docx) and try again',
};

const MB = 1024 * 1024;

export async function readPlanFile(path: string): Promise<PlanDocument> {
  const fail = failFor(path);
  const ext = extname(path).toLowerCase();
  const size = await statFile(path, fail);
  if (CONVERT_ADVICE[ext]) fail(CONVERT_ADVICE[ext]);
  if (!(PLAN_FILE_EXTENSIONS as readonly string[]).includes(ext)) {
    fail(
      `has an unsupported extension${ext ? ` (${ext})` : ''}: save the plan as .docx, .txt or .md and try again`,
    );
  }
  const data = await readBytes(path, size, ext === '.docx' ? MAX_DOCX_BYTES : MAX_TEXT_BYTES, fail);
  if (ext === '.docx') return withinObjectiveLimit(await readDocxFile(data, fail), fail);
  const format = ext === '.txt' ? 'text' : 'markdown';
  return readTextWithinLimits(textOf(data, ext, fail), format, path);
}

/**
 * A plain-text or Markdown plan as a PlanDocument, refused with a PlanFileError when it has more
 * lines or objectives than a plan can have (standard input goes through here too).
 */
export function readTextWithinLimits(
  text: string,
  format: 'text' | 'markdown',
  file: string,
): PlanDocument {
  const fail = failFor(file);
  // Counted before the text is split, so that millions of lines never become blocks.
  if (countTextLines(text) > MAX_PARAGRAPHS) fail(tooManyParagraphs('lines'));
  return withinObjectiveLimit(readTextPlan(text, format), fail);
}

/** Lines with something on them. */
export function countTextLines(text: string): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (!blank) lines++;
      blank = true;
    } else if (c > 32) {
      blank = false;
    }
  }
  return blank ? lines : lines + 1;
}

function tooManyParagraphs(unit: 'paragraphs' | 'lines'): string {
  return `has more than ${MAX_PARAGRAPHS.toLocaleString('en-GB')} ${unit}, far more than a long plan: check it is the right file, or split the plan and check each part`;
}

function withinObjectiveLimit(doc: PlanDocument, fail: Fail): PlanDocument {
  const count = extractObjectives(doc).length;
  if (count > MAX_OBJECTIVES) {
    fail(
      `has ${count.toLocaleString('en-GB')} objectives, over the limit of ${MAX_OBJECTIVES.toLocaleString('en-GB')} for one plan: check it is the right file, or split the plan and check each part`,
    );
  }
  return doc;
}

/**
 * The text of a plain-text file, for `check --objectives` (one objective a line): the same
 * checks as a .txt plan, whatever the extension, except that Word files are turned away.
 */
export async function readPlanText(path: string): Promise<string> {
  const fail = failFor(path);
  const ext = extname(path).toLowerCase();
  const size = await statFile(path, fail);
  if (ext === '.docx' || CONVERT_ADVICE[ext]) {
    fail(
      'is not plain text: --objectives reads a text file with one objective a line; check a .docx without --objectives',
    );
  }
  const data = await readBytes(path, size, MAX_TEXT_BYTES, fail);
  return textOf(data, ext || '.txt', fail);
}

type Fail = (message: string) => never;

function failFor(path: string): Fail {
  return (message: string): never => {
    throw new PlanFileError(path, message);
  };
}

async function statFile(path: string, fail: Fail): Promise<number> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    return fail(describeFsError(error));
  }
  if (info.isDirectory())
    fail('is a folder, not a file: give the path of a .docx, .txt or .md plan');
  if (!info.isFile()) fail('is not a regular file: give the path of a .docx, .txt or .md plan');
  if (basename(path).startsWith('~$')) {
    fail("is Word's lock file for a document that is open, not a plan: check the document itself");
  }
  return info.size;
}

async function readBytes(
  path: string,
  size: number,
  limit: number,
  fail: Fail,
): Promise<Uint8Array> {
  if (size === 0) fail('is empty (0 bytes): save the plan with its content and try again');
  if (size > limit) {
    fail(
      `is ${Math.ceil(size / MB)} MB, over the ${limit / MB} MB limit: remove embedded images or split the plan, and try again`,
    );
  }
  try {
    return await readFile(path);
  } catch (error) {
    return fail(describeFsError(error));
  }
}

async function readDocxFile(data: Uint8Array, fail: Fail): Promise<PlanDocument> {
  if (startsWith(data, OLE_MAGIC)) fail(describeOleFile(data));
  if (startsWith(data, PDF_MAGIC))
    fail('is a PDF renamed to .docx: check the original Word document instead');
  if (startsWith(data, RTF_MAGIC))
    fail('is a Rich Text file renamed to .docx: open it in Word, save it as .docx and try again');
  if (!startsWith(data, ZIP_MAGIC))
    fail(
      'is not a Word .docx file (it may be damaged or renamed): open it in Word, save it as .docx and try again',
    );
  // Loaded only for a .docx: text plans and `check --objectives` start without the zip and XML
  // libraries, a tenth of the command's start-up. require, not import(): the audit's workers
  // run this source through a require hook, which a dynamic import() would bypass.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy loading is the point
  const { DocxError, readDocx } = require('./read-docx') as typeof import('./read-docx');
  let doc: PlanDocument;
  try {
    doc = await readDocx(data);
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    if (error.kind === 'too-large')
      fail(`is too large to check: ${error.message}; split the plan and try again`);
    if (error.kind === 'part-too-large')
      fail(
        `cannot be checked safely: ${error.message}, far more than a Word document needs, so the file is damaged or built to overload the checker; open it in Word, save it again as .docx and try again, or ask whoever sent it for a new copy`,
      );
    if (error.kind === 'too-many-paragraphs') fail(tooManyParagraphs('paragraphs'));
    if (error.kind === 'not-word')
      fail(
        `is not a Word document (${error.message}): save the plan from Word as .docx and try again`,
      );
    if (error.kind === 'no-document')
      fail(
        'is a zip file but not a Word document (it has no word/document.xml): save the plan from Word as .docx',
      );
    return fail(
      `cannot be read because ${error.message}: open it in Word, save it again as .docx and try again`,
    );
  }
  if (
    !doc.blocks.some((b) =>
      b.kind === 'paragraph'
        ? b.text.trim() !== ''
        : b.rows.some((r) => r.some((c) => c.text.trim() !== '')),
    )
  ) {
    fail('has no text in it: check it is the right document and that the plan was saved');
  }
  return doc;
}

/**
 * A .docx that is an OLE compound file is almost always one Word encrypted with a password; a
 * Word 97-2003 document renamed to .docx is the other case, told apart by its stream names.
 */
function describeOleFile(data: Uint8Array): string {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
    return 'is protected with a password, so it cannot be read: remove the password in Word (File > Info > Protect Document) and try again';
  }
  if (bytes.includes(Buffer.from('WordDocument', 'utf16le'))) {
    return 'is a Word 97-2003 document with a .docx name: open it in Word, save it as .docx (File > Save As) and try again';
  }
  return 'is protected with a password or is an older Office file, so it cannot be read: remove the password in Word (File > Info > Protect Document) and try again';
}

function textOf(data: Uint8Array, ext: string, fail: Fail): string {
  if (startsWith(data, ZIP_MAGIC))
    fail(`looks like a Word .docx, not ${ext} text: rename it to .docx and try again`);
  if (startsWith(data, OLE_MAGIC))
    fail(
      `looks like an older Word or Office file, not ${ext} text: save it as .docx in Word and try again`,
    );
  if (startsWith(data, PDF_MAGIC))
    fail(`is a PDF, not ${ext} text: copy the plan text into a .txt file and try again`);
  const text = decodeText(data);
  if (text === undefined)
    return fail(
      `is a binary file, not ${ext} text: give the plan as .docx, or save it as plain text and try again`,
    );
  if (text.trim() === '')
    fail(
      'has no text in it (only spaces or blank lines): save the plan with its content and try again',
    );
  return text;
}

/**
 * UTF-8 (with or without a BOM) and UTF-16 with a BOM, as Notepad saves them; older "ANSI" files
 * fall back to Windows-1252. NUL bytes or many control characters mean the file is not text.
 */
export function decodeText(data: Uint8Array): string | undefined {
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (data.includes(0)) return undefined;
  let controls = 0;
  const sample = Math.min(data.length, 64 * 1024);
  for (let i = 0; i < sample; i++) {
    const b = data[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > sample / 100) return undefined;
  const body = startsWith(data, [0xef, 0xbb, 0xbf]) ? data.subarray(3) : data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** Windows-1252's 0x80-0x9F (curly quotes, dashes, the euro), where Latin-1 has control codes. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** By hand: Node 20's TextDecoder('windows-1252') decodes as Latin-1, losing curly quotes. */
function decodeWindows1252(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 8192) {
    const chunk = data.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  if (data.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (data[i] !== magic[i]) return false;
  return true;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'was not found: check the path and the file name, and try again';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be opened: you do not have permission to read it; ask its owner for access';
    case 'EISDIR':
      return 'is a folder, not a file: give the path of a .docx, .txt or .md plan';
    case 'EBUSY':
      return 'is locked by another program: close it (for example in Word) and try again';
    default:
      return `cannot be read (${code ?? 'unknown error'}): check the file and try again`;
  }
}
