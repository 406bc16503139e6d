/**
 * Word writes every run's and paragraph's formatting out in full: a page of a plan is mostly
 * `<w:rFonts …/><w:sz …/><w:szCs …/>` and proofing marks, and only a fifth of its elements say
 * anything the reader reads. The XML parser reads each of them character by character (half the
 * time of reading a long plan), so the empty ones the reader never asks about are taken out of
 * document.xml's text before the parser sees it.
 *
 * Only empty elements are taken out (`<w:sz w:val="24"/>`), whole, with every attribute read as
 * XML reads it: what is left is the same XML less elements that held nothing, so the blocks read
 * are the same. Text cannot hold a "<" (XML escapes it), nor can an attribute's value; a CDATA
 * section can, so from the first one on the text is passed as it comes. An element cut in two by
 * the pieces the text comes in is kept (the pattern only takes an element whole).
 */

/**
 * Formatting and bookkeeping elements read nowhere in read-docx.ts: fonts, sizes, colours,
 * language, spacing, alignment, indents, cell and grid widths, proofing and bookmark marks. None
 * of the elements the reader asks about (paragraphs, runs, text, breaks, symbols, check boxes,
 * content controls, styles, numbering, outline levels, tables, merged cells) is here.
 */
export const UNREAD_ELEMENTS = [
  'rFonts',
  'sz',
  'szCs',
  'lang',
  'color',
  'spacing',
  'jc',
  'ind',
  'kern',
  'noProof',
  'b',
  'bCs',
  'i',
  'iCs',
  'u',
  'highlight',
  'shd',
  'vAlign',
  'tcW',
  'tblW',
  'tblInd',
  'tblLook',
  'tblLayout',
  'gridCol',
  'proofErr',
  'bookmarkStart',
  'bookmarkEnd',
  'lastRenderedPageBreak',
  'webHidden',
  'keepNext',
  'keepLines',
  'widowControl',
  'contextualSpacing',
  'snapToGrid',
] as const;

const ATTRIBUTE = String.raw`\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*')`;
const EMPTY_UNREAD = new RegExp(
  String.raw`<w:(?:${UNREAD_ELEMENTS.join('|')})(?=[\s/])(?:${ATTRIBUTE})*\s*/>`,
  'g',
);
const CDATA = '<![CDATA[';

/** A tag longer than this (a forged file's) is passed on as it comes rather than held back. */
const MOST_HELD = 64 * 1024;

/**
 * Takes the unread empty elements out of XML text that comes in pieces. A piece may end inside a
 * tag, so a tag not yet closed waits for the next piece.
 */
export class UnreadElementFilter {
  private waiting = '';
  private passing = false;

  /** The next piece, less the unread elements that are whole so far. */
  write(piece: string): string {
    if (this.passing) return piece;
    const text = this.waiting + piece;
    this.waiting = '';
    const cdata = text.indexOf(CDATA);
    if (cdata >= 0) {
      this.passing = true;
      return text.slice(0, cdata).replace(EMPTY_UNREAD, '') + text.slice(cdata);
    }
    const open = text.lastIndexOf('<');
    if (open >= 0 && text.indexOf('>', open) < 0 && text.length - open <= MOST_HELD) {
      this.waiting = text.slice(open);
      return text.slice(0, open).replace(EMPTY_UNREAD, '');
    }
    return text.replace(EMPTY_UNREAD, '');
  }

  /** What was still waiting: the end of the text, as it came. */
  end(): string {
    const rest = this.waiting;
    this.waiting = '';
    return rest;
  }
}
