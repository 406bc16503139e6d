/**
 * The plan document as every reader gives it to the core: a flat sequence of blocks in
 * document order. The .docx reader, the plain-text/Markdown reader, the Word task pane's
 * office-js reader and the playground's HTML reader all produce this shape, so the core finds
 * objectives the same way wherever the plan came from.
 */

export interface ParagraphBlock {
  kind: 'paragraph';
  /** Index of this paragraph among all paragraphs of the document (body order). */
  paragraph: number;
  text: string;
  /** 1-6 when the paragraph is a heading (Word "Heading n" style, Markdown #). */
  headingLevel?: number;
  /** Present when the paragraph is a list item. */
  list?: { level: number; ordered: boolean };
}

export interface TableCell {
  text: string;
  /** Index of the cell's first paragraph among all paragraphs of the document. */
  paragraph: number;
}

export interface TableBlock {
  kind: 'table';
  /** Index of this table among all tables of the document. */
  table: number;
  /** Rows of cells; row 0 is taken as the header row when it names known columns. */
  rows: TableCell[][];
}

export type Block = ParagraphBlock | TableBlock;

export interface PlanDocument {
  blocks: Block[];
}
