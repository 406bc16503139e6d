/**
 * Section titles set as plain paragraphs. Many plans title their sections in bold, or type them
 * as a line of their own, rather than use a heading style: "What are we worried about?" over the
 * worries, "Plan" over the objectives. Read as paragraphs, the worries were checked as objectives
 * and the objectives counted as worries. Every reader (.docx, Word, the playground, plain text)
 * runs its blocks through here, so a plan is sectioned the same wherever it came from.
 */
import type { Block, ParagraphBlock } from './document';
import { AREA_FIELD, ITEM_PREFIX, OBJECTIVE_SECTION, isSectionTitle } from './objectives';
import { endsWorrySection } from './worry-sections';
import { namesAnArea, type PlanArea } from './plan-areas';
import { areasTitlingObjectives, planKindOfBlocks } from './plan-kinds';

const HOW_WE_KNOW = /\bhow (?:will|would|do|can) (?:we|you|they|I) (?:know|tell)\b/i;
const MODAL = /\b(?:will|to|should|must|shall|can)\b/i;
const QUESTION_WORD = /^(?:who|what|how|when|where)\b/i;
const MAX_WORDS = 8;
/**
 * A question that names a section may run longer than other titles: "What will happen if this
 * agreement is not kept" heads a written agreement's consequences.
 */
const MAX_QUESTION_WORDS = 10;
const MAX_CHARS = 60;
/** Word's deepest outline level. */
const MAX_LEVEL = 9;

type TitleKind = 'section' | 'sub';

/** The line, without bold marks, when it is short enough to be a title and ends as one. */
function shortLine(text: string, maxWords = MAX_WORDS): string | undefined {
  const t = text
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
  // A rule across the page ("---") is no title: a title has words.
  if (!/[\p{L}\p{N}]/u.test(t) || ITEM_PREFIX.test(t) || /[.;,!]$/.test(t)) return undefined;
  // A bilingual title gives each language in turn ("Beth sydd angen digwydd? / What needs to
  // happen?", as Welsh councils set them out): each half is a title's length.
  for (const half of t.split(/\s+\/\s+/)) {
    // A bracket after a title glosses it: "What we need you to do (the schedule of expectations)".
    // A dash between a title's parts ("Schedule of concerns – what we are worried about") is no word.
    const words = half
      .replace(/\s*\([^()]*\)$/, '')
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (half.length > MAX_CHARS || words > maxWords) return undefined;
  }
  return t;
}

/**
 * Whether a short line that a list follows is a title, and of what: a section ("Plan", "What
 * are we worried about?", "Views") or a sub-heading within one ("Kerry" over Kerry's items in
 * "What needs to happen", which must stay in that section). A line that reads as an objective
 * ("Mum to attend a course", its steps below) is no title unless it names a section, and "How
 * will we know the plan is working?" over a review item is a question, not a section.
 */
function titleKind(text: string): TitleKind | undefined {
  const t = shortLine(text);
  if (t === undefined) return undefined;
  const bare = t.replace(/:$/, '');
  const section = isSectionTitle(bare);
  // A question over a family's items ("Where will Callum and Aoife live?") heads them within
  // the plan; it is neither an objective nor a section of its own.
  if (MODAL.test(bare) && (!section || HOW_WE_KNOW.test(bare)))
    return /\?$/.test(bare) ? 'sub' : undefined;
  return section || endsWorrySection(bare) ? 'section' : 'sub';
}

const isListed = (block: Block | undefined): boolean =>
  block?.kind === 'paragraph' && (block.list !== undefined || ITEM_PREFIX.test(block.text));

/**
 * Whether a short line names one of a plan's sections outright ("Contingency plan", "Kai's
 * views", "Reasons for the plan"), so it titles the prose below it as well as a list. Stricter
 * than a title over a list: no modal unless it asks a question, so "The plan will be reviewed"
 * stays a sentence.
 */
export function namesSection(text: string): boolean {
  const asks = QUESTION_WORD.test(text.trim().replace(/^[*_]+/, ''));
  const t = shortLine(text, asks ? MAX_QUESTION_WORDS : MAX_WORDS);
  if (t === undefined) return false;
  const bare = t.replace(/[:?]$/, '');
  // A title may ask a question with a modal, as children's plans do ("Who will help me").
  const question = asks && !HOW_WE_KNOW.test(bare);
  // The modal may be the section's own words ("Steps to return home"), not a sentence's.
  const section = OBJECTIVE_SECTION.exec(bare);
  const rest = section ? bare.replace(section[0], '') : bare;
  return (question || !MODAL.test(rest)) && (isSectionTitle(bare) || endsWorrySection(bare));
}

/**
 * Whether a short line names one of the areas a care or pathway plan is set out by ("Health",
 * "Identity", "Emotional and behavioural development"), so it titles the prose below it: a care
 * plan typed as plain lines has its objectives under such lines, and without them it read as one
 * section of the child's views. A field ("IRO: Claire Whitfield") or a sentence is no title.
 */
function namesArea(areas: readonly PlanArea[] | undefined, text: string): boolean {
  if (areas === undefined) return false;
  const t = shortLine(text)?.replace(/:$/, '');
  return t !== undefined && !/:\s*\S/.test(t) && !MODAL.test(t) && namesAnArea(areas, t);
}

/**
 * Whether a line names the area of the plan below it as a field ("Wellbeing: Safe", "Area:
 * Health"). It heads the lines below as a sub-heading: under the worries (an EHC plan's needs
 * among them) it keeps them worries, and after the parents' views it ends them.
 */
function namesAreaField(text: string): boolean {
  const t = shortLine(text);
  return t !== undefined && !MODAL.test(t) && AREA_FIELD.test(t);
}

/** A section's number before its title: "2. " in "2. Schedule of concerns". */
const SECTION_NUMBER = /^\s*[*_]*\s*(\d{1,2})[.)]?\s+(?=\S)/;
/** The first paragraph numbered under a section: "2.1 " (its section's number captured). */
const FIRST_SUBSECTION = /^\s*[*_]*\s*(\d{1,2})\.1(?:\.|\s)/;

/**
 * "2. Schedule of concerns – what we are worried about" over "2.1 Freya's weight has fallen …":
 * a numbered line whose next paragraph is numbered under it heads that section (a letter before
 * proceedings numbers its sections and their paragraphs so), if it is short enough for a title.
 */
function numberedTitle(block: ParagraphBlock, next: Block | undefined): boolean {
  if (next?.kind !== 'paragraph' || next.list !== undefined) return false;
  const numbered = numberedLine(block, MAX_QUESTION_WORDS);
  if (numbered === undefined) return false;
  const first = FIRST_SUBSECTION.exec(next.text)?.[1];
  if (first === undefined || (numbered.number !== undefined && first !== numbered.number))
    return false;
  return numbered.title !== undefined;
}

/**
 * A numbered line's number and its title (when short enough for one), or undefined when the line
 * is not numbered. Typed, the number is in the text; as a numbered list (Markdown's "2.", Word's
 * numbering) it is the list's, and the paragraph under it still opens with its own "2.1".
 */
function numberedLine(
  block: ParagraphBlock,
  maxWords: number,
): { number: string | undefined; title: string | undefined } | undefined {
  const number = SECTION_NUMBER.exec(block.text)?.[1];
  if (number === undefined && !block.list?.ordered) return undefined;
  return { number, title: shortLine(block.text.replace(SECTION_NUMBER, ''), maxWords) };
}

/**
 * "1. Financial support" over "Pauline and Keith will receive …": a numbered line of a few words,
 * no sentence, over prose. A special guardianship or kinship support plan numbers its sections so,
 * and their sentences were lost while the titles were checked as objectives. Only a plan that does
 * this at least twice is read so: one short numbered line over a paragraph may be a list's item.
 */
function numberedOverProse(block: ParagraphBlock, next: Block | undefined): boolean {
  // isProse says it is a paragraph; the kind test tells TypeScript so.
  if (!isProse(next) || next?.kind !== 'paragraph' || !/[.!?]["'”’)]*\s*$/.test(next.text))
    return false;
  const title = numberedLine(block, MAX_PROSE_TITLE_WORDS)?.title;
  return title !== undefined && !MODAL.test(title) && !/[?]$/.test(title);
}
const MAX_PROSE_TITLE_WORDS = 6;
/** A modal that makes a line a sentence ("Mum will …", "Dad to …"), not "forced to marry". */
const SENTENCE_MODAL = /\b(?:will|should|must|shall|can)\b|^\s*\S+(?:\s+\S+)?\s+to\s/i;

/**
 * What a numbered title heads. One that names no section we know ("3. What we have already done
 * to help") still ends the one before it; a sentence ("2. Mum will attend the course" over its
 * steps) is the plan's objective, not a title.
 */
function numberedKind(text: string): TitleKind | undefined {
  const kind = titleKind(text);
  if (kind) return kind;
  return QUESTION_WORD.test(text.trim()) || !SENTENCE_MODAL.test(text) ? 'section' : undefined;
}

const isTitle = (block: Block | undefined): boolean =>
  block?.kind === 'paragraph' && block.headingLevel !== undefined;

const isProse = (block: Block | undefined): boolean =>
  block?.kind === 'paragraph' && block.headingLevel === undefined && block.list === undefined;

/**
 * A line giving an item's who or when, with its value ("By when: 3 March 2025"): a detail, never
 * a title. Only these labels: the objectives' wider list of detail labels (provider, frequency,
 * "how we will know" …) changes what four of the read plans hold, which has not been weighed.
 */
const DETAIL_WITH_VALUE =
  /^\W*(?:who|by when|when|by whom|lead(?: person| professional)?|responsible|timescales?|deadline|target date)\s*:\s*\S/i;

/**
 * Gives a heading level to each plain paragraph that titles the list below it (or, when it names
 * a section outright, the prose or the table below it: "The Plan" in bold over the plan table):
 * a section one level below the last styled heading (so such titles are siblings of each other),
 * a sub-heading one level further. Blocks are changed in place and returned.
 */
export function markSectionTitles<T extends Block>(blocks: T[]): T[] {
  let styled = 0;
  const areas = areasTitlingObjectives(planKindOfBlocks(blocks));
  const overProse = new Set<number>();
  blocks.forEach((block, i) => {
    if (block.kind === 'paragraph' && block.headingLevel === undefined)
      if (numberedOverProse(block, blocks[i + 1])) overProse.add(i);
  });
  if (overProse.size < 2) overProse.clear();
  // Once a plan numbers its sections so, a longer numbered title among them is one too ("2.
  // Keeping Sana safe from being forced to marry" between "1. Background" and "3. Safety at
  // home"), unless it is a sentence with a subject's modal ("2. Mum will attend the course").
  else
    blocks.forEach((block, i) => {
      if (block.kind !== 'paragraph' || block.headingLevel !== undefined || !isProse(blocks[i + 1]))
        return;
      const title = numberedLine(block, MAX_QUESTION_WORDS)?.title;
      if (title !== undefined && !SENTENCE_MODAL.test(title)) overProse.add(i);
    });
  blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph') return;
    if (block.headingLevel !== undefined) {
      styled = block.headingLevel;
      return;
    }
    // "By when: 3 March 2025" before the next heading is a detail of what came before it.
    if (DETAIL_WITH_VALUE.test(block.text)) return;
    const next = blocks[i + 1];
    const numbered = numberedTitle(block, next) || overProse.has(i);
    if (block.list !== undefined && !numbered) return;
    const kind = numbered
      ? numberedKind(block.text.replace(SECTION_NUMBER, ''))
      : isListed(next)
        ? titleKind(block.text)
        : (isProse(next) || next?.kind === 'table') &&
            (namesSection(block.text) || namesArea(areas, block.text))
          ? 'section'
          : // A section over a title of its own: "What I agree to do" over "I, Danielle, agree that:".
            isTitle(next) && namesSection(block.text)
            ? 'section'
            : isProse(next) && namesAreaField(block.text)
              ? 'sub'
              : undefined;
    if (!kind) return;
    const paragraph: ParagraphBlock = block;
    // The text stays as written: the pane maps spans back to the paragraph by it.
    paragraph.headingLevel = Math.min(MAX_LEVEL, styled + (kind === 'section' ? 1 : 2));
  });
  return blocks;
}
