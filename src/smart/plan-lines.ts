/**
 * The lines a whole-plan reading looks through: each paragraph and cell, and each table row
 * as one line, since a plan's details table puts a label in one cell and its value in the next
 * ("Review child protection conference" | "11 February 2027").
 */
import type { Block } from './document';

export interface PlanLine {
  paragraph: number;
  text: string;
  /** What to show as evidence when the line is a whole row: its first cell. */
  shown?: string;
  /** A table cell's own text (its row follows as a line of its own). */
  cell?: boolean;
  /** A whole row's cells, as written, each with where it starts in the row's text. */
  cells?: { text: string; at: number }[];
}

export function planLines(blocks: readonly Block[]): PlanLine[] {
  const out: PlanLine[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push({ paragraph: b.paragraph, text: b.text });
    else
      for (const row of b.rows) {
        out.push(
          ...row.map((cell) => ({ paragraph: cell.paragraph, text: cell.text, cell: true })),
        );
        if (row.length > 1) {
          const cells: { text: string; at: number }[] = [];
          let text = '';
          for (const cell of row) {
            if (cells.length > 0) text += ': ';
            cells.push({ text: cell.text, at: text.length });
            text += cell.text.trim().replace(/[:.]$/, '');
          }
          out.push({ paragraph: row[0].paragraph, text, shown: row[0].text, cells });
        }
      }
  }
  return out;
}

/** About 80 characters of a line around a place in it, to show as evidence in the checklist. */
export function snippetAt(text: string, at: number): string {
  const start = Math.max(0, at - 20);
  const s = text.slice(start, start + 80).trim();
  return (start > 0 ? '…' : '') + s + (start + 80 < text.length ? '…' : '');
}
