/**
 * Reads a Word document into a snapshot in two context.sync() calls whatever its length:
 *   1. every paragraph's text, built-in style, list flag and table nesting (one collection load);
 *   2. list level/numbering for list paragraphs and row/column for table paragraphs.
 * Only the properties needed are loaded. Extra loads a caller queues before reading (for
 * example our old comments) ride along with the first sync.
 */
import type { DocumentSnapshot } from '../pane/adapter';
import { buildSnapshot, type RawParagraph } from '../pane/snapshot';

export interface WordRead {
  snapshot: DocumentSnapshot;
  /** The loaded paragraph proxies, by index, valid inside the same Word.run. */
  paragraphs: Word.Paragraph[];
  /** Paragraph uniqueLocalIds by index, when WordApi 1.6 is there (for change events). */
  ids?: string[];
}

export interface ReadOptions {
  /** Load uniqueLocalId too (WordApi 1.6), so paragraph change events can be mapped. */
  uniqueIds?: boolean;
  /** Called once paragraphs are loaded, to queue loads that need them before sync 2. */
  beforeSecondSync?: (paragraphs: Word.Paragraph[]) => void;
}

const HEADING = /^Heading([1-9])$/;

/** "1.", "a)", "(iv)" are numbering; "•", "o", "▪" or "" are bullets. */
export function isOrderedListString(listString: string): boolean {
  const s = listString.trim();
  return (
    /^\(?\d+[.)]?$/.test(s) || /^\(?([a-z]|[ivxlcdm]+)[.)]$/i.test(s) || /^\d+(\.\d+)+\.?$/.test(s)
  );
}

export async function readWordDocument(
  context: Word.RequestContext,
  options: ReadOptions = {},
): Promise<WordRead> {
  const collection = context.document.body.paragraphs;
  const props = ['text', 'styleBuiltIn', 'isListItem', 'tableNestingLevel'];
  if (options.uniqueIds) props.push('uniqueLocalId');
  collection.load(props.join(','));
  await context.sync();

  const paragraphs = collection.items;
  const lists = new Map<number, Word.ListItem>();
  const cells = new Map<number, Word.TableCell>();
  paragraphs.forEach((p, i) => {
    if (p.isListItem) {
      const item = p.listItemOrNullObject;
      item.load('level,listString');
      lists.set(i, item);
    }
    if (p.tableNestingLevel === 1) {
      const cell = p.parentTableCellOrNullObject;
      cell.load('rowIndex,cellIndex');
      cells.set(i, cell);
    }
  });
  options.beforeSecondSync?.(paragraphs);
  await context.sync();

  let outer: { row: number; column: number } | undefined;
  const raw: RawParagraph[] = paragraphs.map((p, i) => {
    const paragraph: RawParagraph = { text: p.text };
    const heading = HEADING.exec(String(p.styleBuiltIn));
    if (heading) paragraph.headingLevel = Number(heading[1]);
    const item = lists.get(i);
    if (item && !item.isNullObject) {
      paragraph.list = { level: item.level, ordered: isOrderedListString(item.listString) };
    }
    const cell = cells.get(i);
    if (cell && !cell.isNullObject) {
      outer = { row: cell.rowIndex, column: cell.cellIndex };
      paragraph.cell = { ...outer };
    } else if (p.tableNestingLevel > 1 && outer) {
      // A nested table's text counts as part of the outer cell it sits in.
      paragraph.cell = { ...outer };
    } else if (p.tableNestingLevel === 0) {
      outer = undefined;
    }
    return paragraph;
  });

  return {
    snapshot: buildSnapshot(raw),
    paragraphs,
    ids: options.uniqueIds ? paragraphs.map((p) => p.uniqueLocalId) : undefined,
  };
}
