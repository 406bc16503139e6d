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
import { DocxStyles, outlineToHeading } from './docx-styles';

export type DocxErrorKind = 'not-zip' | 'no-document' | 'bad-xml' | 'too-large';

/** A .docx that cannot be read. The message never quotes the document's text. */
export class DocxError extends Error {
  constructor(
    readonly kind: DocxErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DocxError';
  }
}

export interface ReadDocxOptions {
  /** Largest word/document.xml, unpacked, that will be read (guards against zip bombs). */
  maxXmlBytes?: number;
}

export const DEFAULT_MAX_XML_BYTES = 256 * 1024 * 1024;

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
  const main = (await findMainPart(zip)) ?? zip.file('word/document.xml');
  if (!main)
    throw new DocxError(
      'no-document',
      'the package has no word/document.xml, so it is not a Word document',
    );

  const [stylesXml, numberingXml] = await Promise.all([
    zip.file('word/styles.xml')?.async('string'),
    zip.file('word/numbering.xml')?.async('string'),
  ]);
  let styles: DocxStyles;
  try {
    styles = new DocxStyles(stylesXml, numberingXml);
  } catch {
    throw new DocxError('bad-xml', 'the styles or numbering part of the document is damaged');
  }

  const reader = new BodyReader(styles);
  await streamXml(main, reader.parser, options.maxXmlBytes ?? DEFAULT_MAX_XML_BYTES);
  return { blocks: reader.blocks };
}

/**
 * The package's root relationships name the main part; Word calls it word/document.xml, but
 * other writers may not (OPC, ECMA-376 Part 2). Falls back to the usual name.
 */
async function findMainPart(zip: JSZip): Promise<JSZip.JSZipObject | null> {
  const rels = await zip.file('_rels/.rels')?.async('string');
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
  return target ? zip.file(target.replace(/^\//, '')) : null;
}

function streamXml(
  file: JSZip.JSZipObject,
  parser: SaxesParser<PlainOptions>,
  maxBytes: number,
): Promise<void> {
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
    const stream = (file as unknown as InternalStreamable).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (failed) return;
        total += chunk.length;
        if (total > maxBytes) {
          fail(
            new DocxError(
              'too-large',
              `the document's text is over ${formatMb(maxBytes)} when unpacked`,
            ),
          );
          return;
        }
        try {
          parser.write(decoder.decode(chunk, { stream: true }));
        } catch {
          fail(
            new DocxError(
              'bad-xml',
              'the document part is not well-formed XML (the file is damaged)',
            ),
          );
        }
      })
      .on('error', () =>
        fail(
          new DocxError('not-zip', 'the document part could not be unpacked (the file is damaged)'),
        ),
      )
      .on('end', () => {
        if (failed) return;
        try {
          parser.write(decoder.decode());
          parser.close();
          resolve();
        } catch {
          fail(
            new DocxError(
              'bad-xml',
              'the document part is not well-formed XML (the file is damaged)',
            ),
          );
        }
      })
      .resume();
  });
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

  constructor(private readonly styles: DocxStyles) {
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', (tag) => this.close(tag.name));
    this.parser.on('text', (text) => {
      if (this.inText && this.paragraph) this.paragraph.parts.push(text);
    });
    this.parser.on('cdata', (text) => {
      if (this.inText && this.paragraph) this.paragraph.parts.push(text);
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
