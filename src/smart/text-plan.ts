/**
 * Reads a plan written as plain text or Markdown into the same block shape the .docx and Word
 * readers produce: headings, list items, paragraphs and (Markdown) pipe tables.
 */
import type { Block, PlanDocument, TableCell } from './document';
import { markSectionTitles } from './section-titles';

const LIST_ITEM = /^(\s*)(?:([-*+\u2022\u25AA\u25CF\u2013])|(\d+|[a-z])[.)])\s+(.*)$/;
/** A list's number or bullet on its own ("ii.", "(b)", "•"), as a paste leaves it before a tab. */
const LIST_MARK =
  /^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,6})[.)]|[-*+\u2022\u25AA\u25CF\u2013\u00B7\uF0B7])$/i;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Markdown's bold and italic marks ("**Danger statement:** Dad…", "**1.** Mum…", "*Tyler*"):
 * formatting, as in Word, not the plan's words. A run of underscores with nothing inside
 * ("Mum will attend ___ sessions") is a gap to fill, and stays.
 */
const EMPHASIS = [
  /(?<!\*)\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?!\*)/g,
  /(?<![\w_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\w_])/g,
  /(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])/g,
  /(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])/g,
];

function withoutEmphasis(line: string): string {
  return EMPHASIS.reduce((text, re) => text.replace(re, '$1'), line);
}

/** A short line that reads as a section title in a plain-text plan ("Outcomes:", "ACTIONS"). */
function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  // A dash glosses a title as a bracket does: "My warning signs - things that tell me I'm not OK:".
  const title = t.replace(/\s+[-–—]\s+[^-–—]*:$/, ':');
  if (title.length === 0 || title.length > 60 || t.length > 120) return false;
  if (/:$/.test(title) && title.split(/\s+/).length <= 8) return true;
  return /^[A-Z][A-Z '’&/-]{3,}$/.test(t) || NUMBERED_CAPITALS.test(t);
}

/**
 * A numbered part of a plan in capitals ("AREA 1 – SLEEP", "SECTION 3: HEALTH", "PRIORITY 2"):
 * a title, though it holds a number. Only these words before the number, so that a shouted
 * objective ("MUM TO ATTEND 4 SESSIONS") stays one.
 */
const NUMBERED_CAPITALS =
  /^(?:AREA|SECTION|PART|DOMAIN|PRIORITY|THEME|ISSUE|RISK|WORRY|NEED|GOAL|OUTCOME|TARGET|STAGE) (?:\d{1,2}|[A-H])(?:[ .:–—-]+[A-Z][A-Z '’&/-]*)?$/;

/**
 * A line's cells when tabs split it into two or more (a leading indent is no cell). A list item
 * is no row: Word's numbers and bullets come out of a paste as "1.<tab>Mum will …".
 */
function tabCells(line: string): string[] | undefined {
  if (LIST_ITEM.test(line)) return undefined;
  const cells = line.trim().split(/\t+/);
  if (cells.length < 2 || LIST_MARK.test(cells[0].trim())) return undefined;
  return cells.map((c) => c.trim());
}

/**
 * A Markdown paragraph or list item wrapped onto the lines after it ("There is no agreed plan for
 * who will care for Cerys. Her father has had no contact" then "for six years, and Nain …"): one
 * sentence, as Markdown reads it, not two items. A line that starts a block of its own (a
 * heading, a list item, a table, a title line) is not a continuation.
 */
function wrappedLines(
  lines: readonly string[],
  at: number,
  first: string,
): { text: string; last: number } | undefined {
  let text = first;
  let last = at;
  // Each line is weighed against the line before it, not the text so far, so that a paragraph
  // of thousands of lines is read in one pass.
  let before = first;
  for (let j = at + 1; j < lines.length; j++) {
    const next = withoutEmphasis(lines[j]).trim();
    if (!continues(before, next)) break;
    text = `${text} ${next}`;
    before = next;
    last = j;
  }
  return last === at ? undefined : { text, last };
}

function continues(before: string, next: string): boolean {
  if (next === '' || MD_HEADING.test(next) || LIST_ITEM.test(next) || TABLE_ROW.test(next))
    return false;
  if (looksLikeHeading(next)) return false;
  return CONTINUATION(before, next);
}

export function readTextPlan(text: string, format: 'text' | 'markdown' = 'text'): PlanDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let paragraph = 0;
  let tables = 0;
  // A title line ("Outcomes:", "**My warning signs:**") heads a section of its own in a plain-text
  // plan, and a part of the section it sits in under a Markdown heading ("## Safety plan").
  let lastHeading = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = format === 'markdown' ? withoutEmphasis(lines[i]) : lines[i];
    if (line.trim() === '') continue;
    if (
      format === 'markdown' &&
      TABLE_ROW.test(line) &&
      i + 1 < lines.length &&
      TABLE_RULE.test(lines[i + 1])
    ) {
      const rows: TableCell[][] = [];
      for (let j = i; j < lines.length && TABLE_ROW.test(lines[j]); j++) {
        if (TABLE_RULE.test(lines[j])) continue;
        const cells = withoutEmphasis(lines[j])
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|');
        rows.push(cells.map((c) => ({ text: c.trim(), paragraph: paragraph++ })));
        i = j;
      }
      blocks.push({ kind: 'table', table: tables++, rows });
      continue;
    }
    // A table pasted from Word into plain text keeps its columns apart with tabs: two or more
    // lines in a row with the same number of cells are that table, its first line the header.
    const tabbed = format === 'text' ? tabCells(line) : undefined;
    if (tabbed) {
      const cells = [tabbed];
      for (let j = i + 1; j < lines.length; j++) {
        const next = tabCells(lines[j]);
        if (next?.length !== tabbed.length) break;
        cells.push(next);
      }
      if (cells.length >= 2) {
        const rows = cells.map((row) => row.map((text) => ({ text, paragraph: paragraph++ })));
        blocks.push({ kind: 'table', table: tables++, rows });
        i += cells.length - 1;
        continue;
      }
    }
    const heading = format === 'markdown' ? MD_HEADING.exec(line) : null;
    if (heading) {
      lastHeading = heading[1].length;
      blocks.push({
        kind: 'paragraph',
        paragraph: paragraph++,
        text: heading[2],
        headingLevel: heading[1].length,
      });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const level = Math.floor(item[1].replace(/\t/g, '    ').length / 2);
      const wrapped = format === 'markdown' ? wrappedLines(lines, i, item[4].trim()) : undefined;
      if (wrapped) i = wrapped.last;
      blocks.push({
        kind: 'paragraph',
        paragraph: paragraph++,
        text: wrapped?.text ?? item[4].trim(),
        list: { level, ordered: item[2] === undefined },
      });
      continue;
    }
    const plain = line.trim().replace(/^\*\*(.*)\*\*$/, '$1');
    if (looksLikeHeading(plain)) {
      blocks.push({
        kind: 'paragraph',
        paragraph: paragraph++,
        text: plain.replace(/:$/, ''),
        headingLevel: lastHeading + 1,
      });
      continue;
    }
    const wrapped = format === 'markdown' ? wrappedLines(lines, i, plain) : undefined;
    if (wrapped) i = wrapped.last;
    blocks.push({ kind: 'paragraph', paragraph: paragraph++, text: wrapped?.text ?? plain });
  }
  return { blocks: markSectionTitles(blocks) };
}

/**
 * A line goes on with the one before when it could not start anything ("for six years, and …",
 * "(she has heart failure)"), when the one before stops at a comma or a word that needs more ("…
 * a strategy meeting was held on" then "11/03/2025 …"), or when it is the quote a line introduces
 * ("Kerry said:" then '"I just need …"'). Lines that each make a sentence, with or without a full
 * stop, stay apart: plans in Markdown often put one objective on each line.
 */
const CONTINUATION = (text: string, next: string): boolean =>
  /^[\p{Ll}(]/u.test(next) ||
  /[,;]$/.test(text) ||
  NEEDS_MORE.test(text) ||
  (/:$/.test(text) && /^["“‘']/.test(next));

const NEEDS_MORE =
  /\b(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|as|that|which|who|is|are|was|were|has|have|had|will|would|be|been|his|her|their|its|our|my|your|this|these|those|not|into|about|after|before|than|if|when|while|because)$/;
