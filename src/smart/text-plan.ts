/**
 * Reads a plan written as plain text or Markdown into the same block shape the .docx and Word
 * readers produce: headings, list items, paragraphs and (Markdown) pipe tables.
 */
import type { Block, PlanDocument, TableCell } from './document';
import { isSectionTitle } from './objectives';
import { endsWorrySection } from './worry-sections';

const LIST_ITEM = /^(\s*)(?:([-*+\u2022\u25AA\u25CF\u2013])|(\d+|[a-z])[.)])\s+(.*)$/;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

const HOW_WE_KNOW = /\bhow (?:will|would|do|can) (?:we|you|they|I) (?:know|tell)\b/i;
const MODAL = /\b(?:will|to|should|must|shall|can)\b/i;

/**
 * The heading level of a short line that reads as a section title in a plain-text plan, or
 * undefined: "Outcomes:" and "ACTIONS" are sections; so is a title with no colon that a list
 * follows ("What are we worried about?", "Plan"), without which a plan typed as plain text had
 * its worries read as objectives and its objectives as worries. Such a title is a sub-heading
 * (level 3) unless it names a section, so that "**Kerry**" over Kerry's items in "What needs to
 * happen" keeps them in that section. A line that a list follows but that reads as an objective
 * ("Mum to attend a course", its steps below) stays a paragraph unless it names a section.
 */
function headingLevelOf(line: string, listFollows: boolean): number | undefined {
  const t = line.trim();
  if (t.length === 0 || t.length > 60) return undefined;
  const words = t.split(/\s+/).length;
  if (/:$/.test(t) && words <= 8) return 2;
  if (/^[A-Z][A-Z '’&/-]{3,}$/.test(t)) return 2;
  const bare = t.replace(/^[*_]+|[*_]+$/g, '');
  if (!listFollows || words > 8 || /[.;,!:]$/.test(bare)) return undefined;
  // "How will we know the plan is working?" over a review item is a question, not a section.
  if (MODAL.test(bare) && (!isSectionTitle(bare) || HOW_WE_KNOW.test(bare))) return undefined;
  return isSectionTitle(bare) || endsWorrySection(bare) ? 2 : 3;
}

/** Whether the next line with something on it is a list item. */
function listItemNext(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].trim() !== '') return LIST_ITEM.test(lines[j]);
  }
  return false;
}

export function readTextPlan(text: string, format: 'text' | 'markdown' = 'text'): PlanDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let paragraph = 0;
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
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
        const cells = lines[j]
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|');
        rows.push(cells.map((c) => ({ text: c.trim(), paragraph: paragraph++ })));
        i = j;
      }
      blocks.push({ kind: 'table', table: tables++, rows });
      continue;
    }
    const heading = format === 'markdown' ? MD_HEADING.exec(line) : null;
    if (heading) {
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
      blocks.push({
        kind: 'paragraph',
        paragraph: paragraph++,
        text: item[4].trim(),
        list: { level, ordered: item[2] === undefined },
      });
      continue;
    }
    const plain = line.trim().replace(/^\*\*(.*)\*\*$/, '$1');
    const level = headingLevelOf(plain, listItemNext(lines, i));
    if (level !== undefined) {
      blocks.push({
        kind: 'paragraph',
        paragraph: paragraph++,
        text: plain.replace(/:$/, ''),
        headingLevel: level,
      });
      continue;
    }
    blocks.push({ kind: 'paragraph', paragraph: paragraph++, text: plain });
  }
  return { blocks };
}
