/**
 * Reads a .docx into the PlanDocument every face hands to the core. The main part is streamed
 * out of the zip into a SAX parser, so a 500-page plan never sits in memory as a DOM.
 *
 * Paragraph indices count every w:p of the body in order, table cells included, so that they
 * match Word's body.paragraphs and the task pane can point at the same paragraph. Text boxes
 * are left out: Word keeps them in shapes, outside body.paragraphs.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** No namespace processing: OOXML parts always use the w: prefix, and plain names are faster. */
type PlainOptions = { xmlns: false; position: false };
import type { Block, ParagraphBlock, PlanDocument, TableCell } from '../smart/document';
import { markSectionTitles } from '../smart/section-titles';
import { DocxStyles, outlineToHeading } from './docx-styles';
import { checkBoxText, onOff, symbolText, type LegacyCheckBox } from './symbols';
import { DEFAULT_MAX_PARAGRAPHS, DEFAULT_MAX_PART_BYTES, DEFAULT_MAX_XML_BYTES } from './limits';
import { UnreadElementFilter } from './unread-elements';

export type DocxErrorKind =
  | 'not-zip'
  | 'no-document'
  | 'not-word'
  | 'bad-xml'
  | 'too-large'
  | 'part-too-large'
  | 'too-many-paragraphs';

/** A .docx that cannot be read. The message never quotes the document's text. */
export class DocxError extends Error {
  constructor(
    readonly kind: DocxErrorKind,
    message: string,
    /** The package part the error is about, e.g. "word/styles.xml". */
    readonly part?: string,
  ) {
    super(message);
    this.name = 'DocxError';
  }
}

export interface ReadDocxOptions {
  /** Largest main document part (word/document.xml), unpacked, that will be read. */
  maxXmlBytes?: number;
  /** Largest of any other part (styles, numbering, relationships, content types), unpacked. */
  maxPartBytes?: number;
  /** Most paragraphs (body and table cells, empty ones included) a document may have. */
  maxParagraphs?: number;
}

export { DEFAULT_MAX_PARAGRAPHS, DEFAULT_MAX_PART_BYTES, DEFAULT_MAX_XML_BYTES };

const CONTENT_TYPES = '[Content_Types].xml';
const ROOT_RELS = '_rels/.rels';
/** Main parts Word writes: document, macro-enabled document, template, macro-enabled template. */
const WORD_MAIN_TYPES =
  /^application\/vnd\.(openxmlformats-officedocument\.wordprocessingml\.(document|template)|ms-word\.(document|template)\.macroEnabled)\.main\+xml$/i;
/** What the other Office formats' main parts are, to say what a renamed file really is. */
const OTHER_OFFICE_TYPES: [RegExp, string][] = [
  [/spreadsheetml|ms-excel/i, 'an Excel workbook'],
  [/presentationml|ms-powerpoint/i, 'a PowerPoint presentation'],
  [/visio|drawingml\.diagram/i, 'a Visio drawing'],
];

/** Elements whose whole content is not part of the document as it reads now. */
const SKIPPED = new Set([
  'w:del', // tracked deletion
  'w:moveFrom', // tracked move: the old place
  'w:txbxContent', // text box: outside body.paragraphs
  'mc:Fallback', // repeats mc:Choice for older readers
  'w:pPrChange', // tracked formatting changes carry the old properties
  'w:rPrChange',
  'w:tblPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:sectPrChange',
  'w:numberingChange',
]);

interface ParagraphState {
  index: number;
  parts: string[];
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

interface CellState {
  lines: string[];
  paragraph: number;
  span: number;
  /** 'continue' for a vertically merged cell below the first. */
  vMerge?: 'restart' | 'continue';
}

interface TableState {
  rows: TableCell[][];
  row?: TableCell[];
  gridBefore: number;
  cell?: CellState;
}

/**
 * jszip documents ZipObject#internalStream but its typings leave it out; this is the part we
 * use (see https://stuk.github.io/jszip/documentation/api_zipobject/internal_stream.html).
 */
interface InternalStreamable {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

export async function readDocx(
  data: Uint8Array,
  options: ReadDocxOptions = {},
): Promise<PlanDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxError(
      'not-zip',
      'not a Word .docx package (the zip structure is missing or damaged)',
    );
  }
  const limits: Limits = {
    main: options.maxXmlBytes ?? DEFAULT_MAX_XML_BYTES,
    part: options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES,
  };
  const mainName = (await findMainPart(zip, limits)) ?? 'word/document.xml';
  const main = zip.file(mainName);
  if (!main)
    throw new DocxError(
      'no-document',
      'the package has no word/document.xml, so it is not a Word document',
    );
  await assertWordMainPart(zip, mainName, limits);

  const [stylesXml, numberingXml] = await Promise.all([
    readPartText(zip, 'word/styles.xml', limits.part),
    readPartText(zip, 'word/numbering.xml', limits.part),
  ]);
  let styles: DocxStyles;
  try {
    styles = new DocxStyles(stylesXml, numberingXml);
  } catch {
    throw new DocxError('bad-xml', 'the styles or numbering part of the document is damaged');
  }

  const reader = new BodyReader(styles, options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS);
  const unread = new UnreadElementFilter();
  await streamPart(
    main,
    { name: mainName, limit: limits.main, main: true },
    {
      write: (text) => reader.parser.write(unread.write(text)),
      end: () => reader.parser.write(unread.end()).close(),
    },
  );
  return { blocks: markSectionTitles(reader.blocks) };
}

interface Limits {
  /** The main document part. */
  main: number;
  /** Every other part. */
  part: number;
}

/**
 * The package's root relationships name the main part; Word calls it word/document.xml, but
 * other writers may not (OPC, ECMA-376 Part 2). Null when they do not say (the caller falls back
 * to the usual name).
 */
async function findMainPart(zip: JSZip, limits: Limits): Promise<string | null> {
  const rels = await readPartText(zip, ROOT_RELS, limits.part);
  if (!rels) return null;
  let target: string | undefined;
  try {
    const parser = new SaxesParser<PlainOptions>({ xmlns: false, position: false });
    parser.on('opentag', (tag) => {
      const type = tag.attributes.Type ?? '';
      if (
        target === undefined &&
        tag.name.endsWith('Relationship') &&
        type.endsWith('/officeDocument')
      ) {
        target = tag.attributes.Target;
      }
    });
    parser.write(rels).close();
  } catch {
    return null;
  }
  if (!target) return null;
  const name = target.replace(/^\//, '');
  return zip.file(name) ? name : null;
}

/**
 * [Content_Types].xml says what the main part is. An Excel or PowerPoint file renamed to .docx
 * has a main part too, which would otherwise read as a Word document with no text. A package
 * without the part, or without an entry for the main part, is given the benefit of the doubt.
 */
async function assertWordMainPart(zip: JSZip, mainName: string, limits: Limits): Promise<void> {
  const xml = await readPartText(zip, CONTENT_TYPES, limits.part);
  if (!xml) return;
  let contentType: string | undefined;
  try {
    const parser = new SaxesParser<PlainOptions>({ xmlns: false, position: false });
    parser.on('opentag', (tag) => {
      const partName = (tag.attributes.PartName ?? '').replace(/^\//, '');
      if (tag.name.endsWith('Override') && partName.toLowerCase() === mainName.toLowerCase()) {
        contentType = tag.attributes.ContentType;
      }
    });
    parser.write(xml).close();
  } catch {
    throw new DocxError('bad-xml', `the part ${CONTENT_TYPES} is damaged`, CONTENT_TYPES);
  }
  if (contentType === undefined || WORD_MAIN_TYPES.test(contentType)) return;
  const other = OTHER_OFFICE_TYPES.find(([pattern]) => pattern.test(contentType!));
  throw new DocxError('not-word', other ? `it is ${other[1]}` : 'its main part is something else');
}

/** What a part's zip entry says it unpacks to; jszip keeps it but does not type it. */
interface SizedZipObject {
  _data?: { uncompressedSize?: unknown };
}

/**
 * A part's name as messages show it. The main part's name comes from the file itself, so it may
 * hold line breaks or terminal control codes: only printable ASCII is shown, and not too much.
 */
function shown(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 80 ? `${printable.slice(0, 77)}...` : printable;
}

function tooLarge(name: string, limit: number, main: boolean): DocxError {
  return new DocxError(
    main ? 'too-large' : 'part-too-large',
    `the part ${shown(name)} is over ${formatMb(limit)} when unpacked`,
    name,
  );
}

/**
 * Unpacks one part as a stream, counting bytes as they come out of the inflater, and stops as
 * soon as the part is over `limit`: the size a zip entry declares can be forged, so it only
 * serves to refuse early. `write` gets the text in pieces; its errors stop the stream too.
 */
function streamPart(
  file: JSZip.JSZipObject,
  part: { name: string; limit: number; main: boolean },
  sink: { write(text: string): void; end(): void },
): Promise<void> {
  const { name, limit, main } = part;
  const declared = (file as unknown as SizedZipObject)._data?.uncompressedSize;
  if (typeof declared === 'number' && declared > limit)
    return Promise.reject(tooLarge(name, limit, main));
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    let total = 0;
    let failed = false;
    const fail = (error: DocxError): void => {
      if (failed) return;
      failed = true;
      stream.pause();
      reject(error);
    };
    const badXml = (error: unknown): DocxError =>
      error instanceof DocxError
        ? error
        : new DocxError(
            'bad-xml',
            `the part ${shown(name)} is not well-formed XML (the file is damaged)`,
            name,
          );
    const stream = (file as unknown as InternalStreamable).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (failed) return;
        total += chunk.length;
        if (total > limit) {
          fail(tooLarge(name, limit, main));
          return;
        }
        try {
          sink.write(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          fail(badXml(error));
        }
      })
      .on('error', () =>
        fail(
          new DocxError(
            'not-zip',
            `the part ${shown(name)} could not be unpacked (the file is damaged)`,
            name,
          ),
        ),
      )
      .on('end', () => {
        if (failed) return;
        try {
          sink.write(decoder.decode());
          sink.end();
          resolve();
        } catch (error) {
          fail(badXml(error));
        }
      })
      .resume();
  });
}

/** A part's whole text, or undefined when the package does not have it. */
async function readPartText(zip: JSZip, name: string, limit: number): Promise<string | undefined> {
  const file = zip.file(name);
  if (!file) return undefined;
  const pieces: string[] = [];
  await streamPart(
    file,
    { name, limit, main: false },
    { write: (text) => pieces.push(text), end: () => undefined },
  );
  return pieces.join('');
}

function formatMb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name];
}

function intAttr(tag: SaxesTagPlain, name: string): number | undefined {
  const raw = tag.attributes[name];
  if (raw === undefined) return undefined;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : undefined;
}

/** Walks document.xml's events and builds blocks as elements close. */
class BodyReader {
  readonly parser = new SaxesParser<PlainOptions>({ xmlns: false, position: false });
  readonly blocks: Block[] = [];

  private readonly stack: string[] = [];
  /** Depth of the element that started a skipped region; -1 when not skipping. */
  private skipFrom = -1;
  private inBody = false;
  private paragraphCount = 0;
  private tableCount = 0;
  private paragraph?: ParagraphState;
  private readonly tables: TableState[] = [];
  private inText = false;
  /** A legacy check box field being read: its box is written where the field ends its ffData. */
  private checkBox?: LegacyCheckBox;
  /** Open content controls, innermost last: whether each still shows its placeholder prompt. */
  private readonly controls: { prompt: boolean }[] = [];
  /** Depth of content controls showing their prompt that the reader is inside. */
  private inPrompt = 0;

  constructor(
    private readonly styles: DocxStyles,
    private readonly maxParagraphs: number,
  ) {
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', (tag) => this.close(tag.name));
    // A content control's prompt ("Click or tap here to enter text.", or a template's own "Enter
    // the child's views here") is no text of the plan: the control is unfilled.
    this.parser.on('text', (text) => {
      if (this.inText && this.paragraph && this.inPrompt === 0) this.paragraph.parts.push(text);
    });
    this.parser.on('cdata', (text) => {
      if (this.inText && this.paragraph && this.inPrompt === 0) this.paragraph.parts.push(text);
    });
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    const parent = this.stack.length > 0 ? this.stack[this.stack.length - 1] : '';
    this.stack.push(name);
    if (this.skipFrom >= 0) return;
    if (SKIPPED.has(name)) {
      this.skipFrom = this.stack.length;
      return;
    }
    if (!this.inBody) {
      if (name === 'w:body') this.inBody = true;
      return;
    }
    const p = this.paragraph;
    switch (name) {
      case 'w:p':
        if (this.paragraphCount >= this.maxParagraphs) {
          // Stop reading here: a file of millions of short paragraphs would fill the memory.
          throw new DocxError(
            'too-many-paragraphs',
            `it has more than ${this.maxParagraphs.toLocaleString('en-GB')} paragraphs`,
          );
        }
        this.paragraph = { index: this.paragraphCount++, parts: [] };
        return;
      case 'w:t':
        this.inText = p !== undefined && parent === 'w:r';
        return;
      case 'w:tab':
        if (p && parent === 'w:r') p.parts.push('\t');
        return;
      case 'w:br':
      case 'w:cr':
        if (p && parent === 'w:r') p.parts.push('\n');
        return;
      case 'w:sdt':
        this.controls.push({ prompt: false });
        return;
      case 'w:showingPlcHdr':
        if (parent === 'w:sdtPr' && this.controls.length > 0)
          this.controls[this.controls.length - 1].prompt = onOff(attr(tag, 'w:val'));
        return;
      case 'w:sdtContent':
        if (this.controls[this.controls.length - 1]?.prompt) this.inPrompt++;
        return;
      case 'w:sym':
        if (p && parent === 'w:r')
          p.parts.push(symbolText(attr(tag, 'w:font'), attr(tag, 'w:char')));
        return;
      case 'w:checkBox':
        if (p && parent === 'w:ffData') this.checkBox = {};
        return;
      case 'w:checked':
        if (this.checkBox && parent === 'w:checkBox')
          this.checkBox.checked = onOff(attr(tag, 'w:val'));
        return;
      case 'w:default':
        if (this.checkBox && parent === 'w:checkBox')
          this.checkBox.byDefault = onOff(attr(tag, 'w:val'));
        return;
      case 'w:noBreakHyphen':
        if (p && parent === 'w:r') p.parts.push('-');
        return;
      case 'w:pStyle':
        if (p && parent === 'w:pPr') p.styleId = attr(tag, 'w:val');
        return;
      case 'w:numId':
        if (p && parent === 'w:numPr') p.numId = attr(tag, 'w:val');
        return;
      case 'w:ilvl':
        if (p && parent === 'w:numPr') p.ilvl = intAttr(tag, 'w:val');
        return;
      case 'w:outlineLvl':
        if (p && parent === 'w:pPr') p.outlineLevel = intAttr(tag, 'w:val');
        return;
      case 'w:tbl':
        this.tables.push({ rows: [], gridBefore: 0 });
        return;
      case 'w:tr': {
        const table = this.currentTable();
        if (table) {
          table.row = [];
          table.gridBefore = 0;
        }
        return;
      }
      case 'w:gridBefore': {
        const table = this.currentTable();
        if (table && parent === 'w:trPr') table.gridBefore = intAttr(tag, 'w:val') ?? 0;
        return;
      }
      case 'w:tc': {
        const table = this.currentTable();
        if (table) table.cell = { lines: [], paragraph: this.paragraphCount, span: 1 };
        return;
      }
      case 'w:gridSpan': {
        const cell = this.currentTable()?.cell;
        if (cell && parent === 'w:tcPr') cell.span = Math.max(1, intAttr(tag, 'w:val') ?? 1);
        return;
      }
      case 'w:vMerge': {
        const cell = this.currentTable()?.cell;
        if (cell && parent === 'w:tcPr')
          cell.vMerge = attr(tag, 'w:val') === 'restart' ? 'restart' : 'continue';
        return;
      }
    }
  }

  private close(name: string): void {
    const depth = this.stack.length;
    this.stack.pop();
    if (this.skipFrom >= 0) {
      if (depth === this.skipFrom) this.skipFrom = -1;
      return;
    }
    if (!this.inBody) return;
    switch (name) {
      case 'w:body':
        this.inBody = false;
        return;
      case 'w:t':
        this.inText = false;
        return;
      case 'w:sdtContent':
        if (this.controls[this.controls.length - 1]?.prompt) this.inPrompt--;
        return;
      case 'w:sdt':
        this.controls.pop();
        return;
      case 'w:checkBox':
        if (this.checkBox && this.paragraph) this.paragraph.parts.push(checkBoxText(this.checkBox));
        this.checkBox = undefined;
        return;
      case 'w:p':
        this.endParagraph();
        return;
      case 'w:tc':
        this.endCell();
        return;
      case 'w:tr':
        this.endRow();
        return;
      case 'w:tbl':
        this.endTable();
        return;
    }
  }

  private currentTable(): TableState | undefined {
    return this.tables.length > 0 ? this.tables[this.tables.length - 1] : undefined;
  }

  private endParagraph(): void {
    const p = this.paragraph;
    this.paragraph = undefined;
    if (!p) return;
    const text = p.parts.join('');
    const cell = this.currentTable()?.cell;
    if (cell) {
      cell.lines.push(text);
      return;
    }
    const headingLevel =
      this.styles.headingLevel(p.styleId) ??
      (p.outlineLevel !== undefined ? outlineToHeading(p.outlineLevel) : undefined);
    // Empty paragraphs are spacing, not content; their indices are still counted.
    if (text.trim() === '') return;
    const block: ParagraphBlock = { kind: 'paragraph', paragraph: p.index, text };
    if (headingLevel !== undefined) {
      block.headingLevel = headingLevel;
    } else {
      const list = this.listOf(p);
      if (list) block.list = list;
    }
    this.blocks.push(block);
  }

  private listOf(p: ParagraphState): { level: number; ordered: boolean } | undefined {
    // numId 0 on the paragraph switches off numbering its style would give it.
    const fromStyle = p.numId === undefined ? this.styles.styleNumbering(p.styleId) : undefined;
    const numId = p.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const level = Math.max(0, p.ilvl ?? fromStyle?.ilvl ?? 0);
    return { level, ordered: this.styles.isOrdered(numId, level) };
  }

  private endCell(): void {
    const table = this.currentTable();
    const cell = table?.cell;
    if (!table || !cell || !table.row) return;
    table.cell = undefined;
    const row = table.row;
    if (row.length === 0) {
      for (let i = 0; i < table.gridBefore; i++) row.push({ text: '', paragraph: cell.paragraph });
    }
    const column = row.length;
    let text = cell.lines.join('\n');
    let paragraph = cell.paragraph;
    if (cell.vMerge === 'continue') {
      // A vertically merged cell reads, to the eye, as the cell it continues.
      const above = table.rows.length > 0 ? table.rows[table.rows.length - 1][column] : undefined;
      if (above) {
        text = above.text;
        paragraph = above.paragraph;
      }
    }
    row.push({ text, paragraph });
    // Columns a merged cell spans stay as empty cells so later cells line up with the header.
    for (let i = 1; i < cell.span; i++) row.push({ text: '', paragraph });
  }

  private endRow(): void {
    const table = this.currentTable();
    if (!table || !table.row) return;
    table.rows.push(table.row);
    table.row = undefined;
  }

  private endTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const outer = this.currentTable();
    if (outer?.cell) {
      // A table inside a cell becomes lines of that cell: one line a row, its cells joined.
      for (const row of table.rows) {
        const line = row
          .map((c) => c.text.replace(/\s*\n\s*/g, ' ').trim())
          .filter((t) => t !== '')
          .join('; ');
        if (line !== '') outer.cell.lines.push(line);
      }
      return;
    }
    this.blocks.push({ kind: 'table', table: this.tableCount++, rows: table.rows });
  }
}
