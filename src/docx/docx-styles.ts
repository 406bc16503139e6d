/**
 * What a .docx's styles.xml and numbering.xml say about paragraphs: which styles are headings
 * (by name, so localised style ids such as "berschrift1" still count) and whether a list is
 * numbered or bulleted. Both parts are small, so they are parsed whole.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** No namespace processing: OOXML parts always use the w: prefix, and plain names are faster. */
type PlainOptions = { xmlns: false; position: false };

export interface NumberingRef {
  numId?: string;
  ilvl?: number;
}

interface StyleInfo {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numbering?: NumberingRef;
}

interface AbstractNum {
  formats: Map<number, string>;
  numStyleLink?: string;
}

interface NumInstance {
  abstractNumId: string;
  overrides: Map<number, string>;
}

const HEADING_NAME = /^heading\s*([1-6])$/i;
const HEADING_ID = /^heading([1-6])$/i;
/** Word's outline levels run 0-8; 9 means body text. Levels past 6 are not headings for us. */
const MAX_HEADING_LEVEL = 6;
/** basedOn chains are short in practice; the cap guards against a cycle in a damaged file. */
const MAX_STYLE_CHAIN = 12;

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name];
}

function intAttr(tag: SaxesTagPlain, name: string): number | undefined {
  const raw = attr(tag, name);
  if (raw === undefined) return undefined;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : undefined;
}

function parseXml(
  xml: string,
  onOpen: (tag: SaxesTagPlain, parent: string) => void,
  onClose?: (name: string) => void,
): void {
  const parser = new SaxesParser<PlainOptions>({ xmlns: false, position: false });
  const stack: string[] = [];
  parser.on('opentag', (tag) => {
    onOpen(tag, stack.length > 0 ? stack[stack.length - 1] : '');
    stack.push(tag.name);
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    onClose?.(tag.name);
  });
  parser.write(xml).close();
}

export class DocxStyles {
  private readonly styles = new Map<string, StyleInfo>();
  private readonly abstractNums = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly headingCache = new Map<string, number | undefined>();

  constructor(stylesXml?: string, numberingXml?: string) {
    if (stylesXml) this.readStyles(stylesXml);
    if (numberingXml) this.readNumbering(numberingXml);
  }

  private readStyles(xml: string): void {
    let current: StyleInfo | undefined;
    let inPPr = false;
    parseXml(
      xml,
      (tag, parent) => {
        switch (tag.name) {
          case 'w:style': {
            const id = attr(tag, 'w:styleId');
            current = undefined;
            if (id !== undefined && (attr(tag, 'w:type') ?? 'paragraph') === 'paragraph') {
              current = {};
              this.styles.set(id, current);
            }
            break;
          }
          case 'w:name':
            if (current && parent === 'w:style') current.name = attr(tag, 'w:val');
            break;
          case 'w:basedOn':
            if (current && parent === 'w:style') current.basedOn = attr(tag, 'w:val');
            break;
          case 'w:pPr':
            inPPr = parent === 'w:style';
            break;
          case 'w:outlineLvl':
            if (current && inPPr && parent === 'w:pPr')
              current.outlineLevel = intAttr(tag, 'w:val');
            break;
          case 'w:numId':
            if (current && inPPr && parent === 'w:numPr') {
              current.numbering = { ...current.numbering, numId: attr(tag, 'w:val') };
            }
            break;
          case 'w:ilvl':
            if (current && inPPr && parent === 'w:numPr') {
              current.numbering = { ...current.numbering, ilvl: intAttr(tag, 'w:val') };
            }
            break;
        }
      },
      (name) => {
        if (name === 'w:pPr') inPPr = false;
        if (name === 'w:style') current = undefined;
      },
    );
  }

  private readNumbering(xml: string): void {
    let abstractNum: AbstractNum | undefined;
    let num: NumInstance | undefined;
    let level: number | undefined;
    parseXml(
      xml,
      (tag, parent) => {
        switch (tag.name) {
          case 'w:abstractNum': {
            const id = attr(tag, 'w:abstractNumId');
            abstractNum = { formats: new Map() };
            if (id !== undefined) this.abstractNums.set(id, abstractNum);
            break;
          }
          case 'w:num': {
            const id = attr(tag, 'w:numId');
            num = { abstractNumId: '', overrides: new Map() };
            if (id !== undefined) this.nums.set(id, num);
            break;
          }
          case 'w:abstractNumId':
            if (num && parent === 'w:num') num.abstractNumId = attr(tag, 'w:val') ?? '';
            break;
          case 'w:numStyleLink':
            if (abstractNum) abstractNum.numStyleLink = attr(tag, 'w:val');
            break;
          case 'w:lvlOverride':
            level = intAttr(tag, 'w:ilvl');
            break;
          case 'w:lvl':
            if (parent !== 'w:lvlOverride') level = intAttr(tag, 'w:ilvl');
            break;
          case 'w:numFmt': {
            const format = attr(tag, 'w:val');
            if (format === undefined || level === undefined || parent !== 'w:lvl') break;
            if (num) num.overrides.set(level, format);
            else if (abstractNum) abstractNum.formats.set(level, format);
            break;
          }
        }
      },
      (name) => {
        if (name === 'w:abstractNum') abstractNum = undefined;
        if (name === 'w:num') num = undefined;
      },
    );
  }

  /** 1-6 when the style (or one it is based on) is a heading or the title; else undefined. */
  headingLevel(styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    if (this.headingCache.has(styleId)) return this.headingCache.get(styleId);
    const level = this.resolveHeading(styleId);
    this.headingCache.set(styleId, level);
    return level;
  }

  private resolveHeading(styleId: string): number | undefined {
    let id: string | undefined = styleId;
    for (let depth = 0; id !== undefined && depth < MAX_STYLE_CHAIN; depth++) {
      const style = this.styles.get(id);
      const name = style?.name ?? id;
      const byName = HEADING_NAME.exec(name) ?? HEADING_ID.exec(id);
      if (byName) return Number(byName[1]);
      if (/^title$/i.test(name)) return 1;
      if (style?.outlineLevel !== undefined) return outlineToHeading(style.outlineLevel);
      id = style?.basedOn;
    }
    return undefined;
  }

  /** The numbering a paragraph style carries, looked up through basedOn. */
  styleNumbering(styleId: string | undefined): NumberingRef | undefined {
    let id = styleId;
    for (let depth = 0; id !== undefined && depth < MAX_STYLE_CHAIN; depth++) {
      const style = this.styles.get(id);
      if (style?.numbering?.numId !== undefined) return style.numbering;
      id = style?.basedOn;
    }
    return undefined;
  }

  /** Whether list level `ilvl` of numbering instance `numId` is numbered (not a bullet). */
  isOrdered(numId: string, ilvl: number): boolean {
    return isOrderedFormat(this.numberFormat(numId, ilvl, 0));
  }

  private numberFormat(numId: string, ilvl: number, depth: number): string | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const override = num.overrides.get(ilvl);
    if (override !== undefined) return override;
    const abstract = this.abstractNums.get(num.abstractNumId);
    if (!abstract) return undefined;
    const own = abstract.formats.get(ilvl);
    if (own !== undefined) return own;
    // A list defined by a numbering style keeps its levels in the style's own list.
    if (abstract.numStyleLink !== undefined && depth < 2) {
      const linked = this.styleNumbering(abstract.numStyleLink)?.numId;
      if (linked !== undefined && linked !== numId)
        return this.numberFormat(linked, ilvl, depth + 1);
    }
    return undefined;
  }
}

export function outlineToHeading(outlineLevel: number): number | undefined {
  return outlineLevel >= 0 && outlineLevel < MAX_HEADING_LEVEL ? outlineLevel + 1 : undefined;
}

/** Unknown formats count as bullets: claiming an order that is not there would mislead. */
function isOrderedFormat(format: string | undefined): boolean {
  return format !== undefined && format !== 'bullet' && format !== 'none';
}
