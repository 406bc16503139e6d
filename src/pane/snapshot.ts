/**
 * Builds the core's PlanDocument from paragraphs as a host reports them, applies edits to it,
 * and maps the core's spans (relative to an objective's text) back to paragraph coordinates.
 * Pure: both the Word reader and the playground's HTML reader feed it, so they agree exactly.
 */
import { markSectionTitles, type Block, type Objective, type TableCell } from '../smart';
import type { DocumentSnapshot, TextTarget } from './adapter';

/** One paragraph as a host sees it, in body order (table cell paragraphs included). */
export interface RawParagraph {
  text: string;
  /** 1-9 for headings. */
  headingLevel?: number;
  list?: { level: number; ordered: boolean };
  /** Set when the paragraph sits in a table cell (the outermost table when nested). */
  cell?: { row: number; column: number; newTable?: boolean };
}

/** Builds blocks from paragraphs: runs of cell paragraphs become tables. */
export function buildSnapshot(raw: RawParagraph[]): DocumentSnapshot {
  const blocks: Block[] = [];
  const cellParagraphs: Record<number, number[]> = {};
  let tableCount = 0;
  let table: { rows: TableCell[][]; row: number; column: number } | null = null;
  let cellIndexes: number[] | null = null;

  raw.forEach((p, index) => {
    if (!p.cell) {
      table = null;
      cellIndexes = null;
      blocks.push({
        kind: 'paragraph',
        paragraph: index,
        text: p.text,
        ...(p.headingLevel ? { headingLevel: p.headingLevel } : {}),
        ...(p.list ? { list: p.list } : {}),
      });
      return;
    }
    const { row, column } = p.cell;
    // Word reports only (row, column) per paragraph: a position that goes backwards, or an
    // explicit flag from the HTML reader, means a new table began right after the last one.
    const startsTable =
      !table ||
      p.cell.newTable === true ||
      row < table.row ||
      (row === table.row && column < table.column);
    if (startsTable) {
      table = { rows: [], row, column };
      blocks.push({ kind: 'table', table: tableCount++, rows: table.rows });
    }
    const current = table as unknown as { rows: TableCell[][]; row: number; column: number };
    while (current.rows.length <= row) current.rows.push([]);
    const cells = current.rows[row];
    const sameCell =
      !startsTable && row === current.row && column === current.column && cellIndexes;
    if (sameCell && cellIndexes) {
      const cell = cells[cells.length - 1];
      cell.text = `${cell.text}\n${p.text}`;
      cellIndexes.push(index);
    } else {
      cells.push({ text: p.text, paragraph: index });
      cellIndexes = [index];
      cellParagraphs[index] = cellIndexes;
    }
    current.row = row;
    current.column = column;
  });

  return {
    doc: { blocks: markSectionTitles(blocks) },
    paragraphs: raw.map((p) => p.text),
    cellParagraphs,
  };
}

/** Returns a new snapshot with the given paragraphs' texts replaced; the structure is kept. */
export function applyEdits(
  snapshot: DocumentSnapshot,
  edits: Map<number, string>,
): DocumentSnapshot {
  const paragraphs = snapshot.paragraphs.slice();
  edits.forEach((text, index) => {
    if (index >= 0 && index < paragraphs.length) paragraphs[index] = text;
  });
  const cellText = (first: number): string =>
    (snapshot.cellParagraphs[first] ?? [first]).map((i) => paragraphs[i] ?? '').join('\n');
  const blocks: Block[] = snapshot.doc.blocks.map((block) =>
    block.kind === 'paragraph'
      ? { ...block, text: paragraphs[block.paragraph] ?? block.text }
      : {
          ...block,
          rows: block.rows.map((row) =>
            row.map((cell) => ({ ...cell, text: cellText(cell.paragraph) })),
          ),
        },
  );
  return { doc: { blocks }, paragraphs, cellParagraphs: snapshot.cellParagraphs };
}

/** The paragraphs an objective's text came from, in order. */
export function objectiveParagraphs(snapshot: DocumentSnapshot, objective: Objective): number[] {
  const out = new Set<number>();
  for (const part of objective.parts) {
    if (part.paragraph === undefined) continue;
    for (const i of snapshot.cellParagraphs[part.paragraph] ?? [part.paragraph]) out.add(i);
  }
  if (out.size === 0) out.add(paragraphOfLocation(objective));
  return [...out].sort((a, b) => a - b);
}

function paragraphOfLocation(objective: Objective): number {
  const loc = objective.location;
  return loc.kind === 'line' ? loc.line : loc.paragraph;
}

/**
 * Where `needle` sits in `source`, tolerating the core's normalising (runs of white space,
 * including the newline between a cell's paragraphs, read as one space; ends trimmed). Returns
 * a function mapping an offset in `needle` to an offset in `source`, or null when not found.
 */
function findLoosely(source: string, needle: string): ((offset: number) => number) | null {
  const exact = source.indexOf(needle);
  if (exact >= 0) return (offset) => exact + offset;
  let normal = '';
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      if (normal.length === 0 || normal.endsWith(' ')) continue;
      normal += ' ';
    } else normal += ch;
    map.push(i);
  }
  const at = normal.indexOf(needle.replace(/\s+/g, ' '));
  if (at < 0) return null;
  return (offset) => {
    const i = at + offset;
    return i < map.length ? map[i] : source.length;
  };
}

/**
 * Maps [start, end) of an objective's text to a range in one paragraph. A span that runs past
 * its paragraph is cut at the paragraph's end: a mark never spans two cells. An empty span at
 * the end of a part (an insertion point) maps to the end of that part.
 */
export function locateSpan(
  snapshot: DocumentSnapshot,
  objective: Objective,
  start: number,
  end: number,
): TextTarget | null {
  const parts = objective.parts.filter((p) => p.paragraph !== undefined);
  const insertion = start === end;
  const part =
    parts.find((p) => start >= p.start && start < p.end) ??
    (insertion ? parts.find((p) => start >= p.start && start <= p.end) : undefined);
  if (!part && parts.length > 0) return null;
  const first = part ? (part.paragraph as number) : paragraphOfLocation(objective);
  const partStart = part ? part.start : 0;
  const partEnd = part ? part.end : objective.text.length;
  const partText = objective.text.slice(partStart, partEnd);
  const members = snapshot.cellParagraphs[first] ?? [first];
  const source = members.map((i) => snapshot.paragraphs[i] ?? '').join('\n');
  const toSource = findLoosely(source, partText);
  if (!toSource) return null;
  const from = toSource(start - partStart);
  const to = insertion ? from : toSource(Math.min(end, partEnd) - partStart - 1) + 1;
  let base = 0;
  for (const index of members) {
    const text = snapshot.paragraphs[index] ?? '';
    if (from <= base + text.length) {
      const s = from - base;
      const e = Math.min(text.length, Math.max(s, to - base));
      return { paragraph: index, start: s, end: e, expected: text };
    }
    base += text.length + 1;
  }
  return null;
}

/** The whole of an objective, as one target per paragraph (leading/trailing spaces left out). */
export function locateObjective(snapshot: DocumentSnapshot, objective: Objective): TextTarget[] {
  // One of several objectives in a prose paragraph: its own sentence, not the whole paragraph.
  if (objective.location.kind === 'paragraph' && objective.location.sentence !== undefined) {
    const own = locateSpan(snapshot, objective, 0, objective.text.length);
    if (own) return [own];
  }
  return objectiveParagraphs(snapshot, objective)
    .map((index) => {
      const text = snapshot.paragraphs[index] ?? '';
      const start = text.length - text.trimStart().length;
      const end = text.trimEnd().length;
      return { paragraph: index, start, end: Math.max(start, end), expected: text };
    })
    .filter((t) => t.end > t.start);
}
