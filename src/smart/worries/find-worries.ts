/**
 * Finds what a plan says everyone is worried about: the items under a worries heading ("What
 * are we worried about?", "Danger statements", "Complicating factors", "Areas of need"), lines
 * labelled as a worry ("Danger statement: ..."), and the need column of a plan table, whose
 * row's objective answers it by the table's own layout, as a goal answers the reason set out
 * under it ("Why this matters: ...").
 */
import type { Block, PlanDocument, TableBlock } from '../document';
import {
  columnRoles,
  ITEM_PREFIX,
  GOAL_LABEL,
  LABELLED_ITEM,
  rowRoles,
  rowTableObjectiveId,
  VIEWS_LINE,
} from '../objectives';
import { splitSentences } from '../sentences';
import {
  changeSectionsOfWorries,
  endsWorrySection,
  isDomainSection,
  isWorrySection,
  LABELLED_WORRY,
} from '../worry-sections';

export interface Worry {
  /** Stable within one document read: derived from the location. */
  id: string;
  text: string;
  paragraph: number;
  /** The heading the worry sits under, when there is one. */
  section?: string;
  /** For a table's need cell: the objective in the same row (objectives.ts names it so). */
  rowObjectiveId?: string;
}

/**
 * A goal's reason set out under it ("Goal 2. Tahlia will go to school every day." then "Why this
 * matters: Tahlia has missed a third of school days."), as Australian case plans lay them out:
 * a worry, answered by the goal above it by the plan's own layout.
 */
const REASON_LABEL =
  /^\s*(?:why (?:this|it) (?:matters|is important)|why is (?:this|it) (?:goal |outcome )?important|(?:the )?reasons? for (?:this|the) (?:goal|outcome))\s*[:?\-–]\s*(?=\S)/i;

/** "We are (still) worried that …", "Everyone is concerned about …": a worry said outright. */
const SAID_WORRY =
  /^\W*(?:we|everyone|the (?:core )?group|the conference|professionals|school|the school) (?:are|is|were|was) (?:still |very |really |particularly |also )?(?:worried|concerned) (?:that|about|because)\b/i;

/** An item's own number typed before it: "3.1 ", "2. ", "4.2.1 ". */
const ITEM_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+/;

/** A quick look before splitting a paragraph into sentences: most paragraphs say neither. */
const WORRY_WORD = /worried|concerned/i;

/** A prose paragraph's sentences: each can be its own worry. */
function sentences(text: string): string[] {
  return (
    splitSentences(text)
      .map((s) => s.text)
      // "These also need to change:" introduces the worries; it is not one.
      .filter((s) => s.split(/\s+/).length >= 4 && !/:$/.test(s))
  );
}

/** A title that gives its section's score: "Where we are now (1-10): 3", "Safety: 4/10". */
const SCORED_TITLE = /^[^:]{3,60}:\s*\d{1,2}(?:\s*\/\s*10)?$/;

/**
 * A worries title with no colon, too long to look like one on its own ("Why the children have a
 * child protection plan (what we are worried about)", in bold in a core group's minutes), that a
 * list follows: a sentence ends in a full stop and is rarely followed by a list.
 */
function titlesList(text: string, next: Block | undefined): boolean {
  return (
    next?.kind === 'paragraph' &&
    next.list !== undefined &&
    !/[.!;,]$/.test(text) &&
    text.split(/\s+/).length <= 14 &&
    !ITEM_PREFIX.test(text) &&
    isWorrySection(text)
  );
}

function looksLikeTitle(text: string): boolean {
  return (
    (/[:?]$/.test(text) || SCORED_TITLE.test(text)) &&
    text.split(/\s+/).length <= 10 &&
    !ITEM_PREFIX.test(text)
  );
}

function tableWorries(table: TableBlock, section: string | undefined): Worry[] {
  if (table.rows.length < 2) return [];
  const roles = columnRoles(table.rows[0].map((c) => c.text));
  const hasObjective = roles.includes('outcome') || roles.includes('action');
  // A table read down the page ("What needs to change | …" as its first row) holds one
  // objective, which answers the needs it names by the table's own layout.
  const down = hasObjective ? undefined : rowRoles(table);
  if (down)
    return table.rows.flatMap((row, r): Worry[] => {
      const text = row
        .slice(1)
        .map((c) => c.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (down[r] !== 'need' || !text.includes(' ')) return [];
      return [
        {
          id: `t${table.table}r${r}`,
          text,
          paragraph: row[1].paragraph,
          section,
          rowObjectiveId: rowTableObjectiveId(table.table),
        },
      ];
    });
  const out: Worry[] = [];
  for (let r = 1; r < table.rows.length; r++) {
    table.rows[r].forEach((cell, col) => {
      if (roles[col] !== 'need') return;
      const text = cell.text.replace(/\s+/g, ' ').trim();
      // A "Risk level" column holds "High" and "Medium": ratings, not worries.
      if (!text.includes(' ')) return;
      out.push({
        id: `t${table.table}r${r}c${col}`,
        text,
        paragraph: cell.paragraph,
        section,
        rowObjectiveId: hasObjective ? `t${table.table}r${r}` : undefined,
      });
    });
  }
  return out;
}

/**
 * Signs of Safety's harm statement says what happened; its danger statements say what everyone
 * is worried will happen, and those are what a plan answers. A harm statement stands as the
 * worry only in a plan that states none other.
 */
const HARM_STATEMENT = /\b(?:harm statements?|past harm)\b/i;

export function findWorries(doc: PlanDocument): Worry[] {
  const found = readWorries(doc);
  const others = found.filter((w) => !HARM_STATEMENT.test(w.section ?? ''));
  const worries = others.length > 0 ? others : found;
  // A story of how the work began ("Summary of concerns", "Reason for agency involvement") told
  // in prose, in a plan that names its worries under a heading of their own ("What we are
  // worried about", "Safety threats", a table's needs): those are what the plan answers; the
  // story's sentences ("Lee moved in last summer") are background.
  const background = (w: Worry) =>
    BACKGROUND.test(w.section ?? '') && !/worr|danger/i.test(w.section ?? '');
  const story = (w: Worry) => PROSE_ID.test(w.id) && background(w);
  const named = worries.some((w) => !background(w));
  // "Self-care skills: Kaiden is learning to make simple snacks. No additional needs.": a
  // paragraph that closes by saying it holds no need holds none. Only the paragraphs read as prose
  // worries are looked at, not every paragraph of the plan.
  const prose = new Set(worries.filter((w) => PROSE_ID.test(w.id)).map((w) => w.paragraph));
  const closed = new Set(
    prose.size === 0
      ? []
      : doc.blocks.flatMap((b) =>
          b.kind === 'paragraph' && prose.has(b.paragraph) && CLOSED_PARAGRAPH.test(b.text)
            ? [b.paragraph]
            : [],
        ),
  );
  return (named ? worries.filter((w) => !story(w)) : worries).filter(
    (w) =>
      !onlyGood(w.text) &&
      !ABOUT_THE_PLAN.test(w.text) &&
      !(PROSE_ID.test(w.id) && (SOURCES.test(w.text) || closed.has(w.paragraph))),
  );
}

/**
 * A row or item about the plan itself ("The plan needs to be checked to make sure things are
 * changing for the children", "The plan needs to be reviewed regularly"): how the plan is run, not
 * what worries anyone about the family.
 */
const ABOUT_THE_PLAN = /^\W*(?:the|this|our) plan\b/i;

/**
 * Where the plan's picture came from ("We used information from Oscar, his parents and the
 * speech and language therapy report"), said in the section that then lists the needs.
 */
const SOURCES =
  /^\W*(?:we (?:have )?used|we looked at|information (?:came|comes|has come) from|this (?:plan|assessment|section) (?:is|was) based on)\b/i;

/**
 * What is going well, written among the needs ("Isaac is generally healthy and his immunisations
 * are up to date", "Freya has strong number skills and enjoys maths"): a strength, which nothing
 * need answer. Only a sentence with a word of praise and no word of trouble is one.
 */
const GOOD =
  /\b(?:healthy|up to date|enjoys?|strong|good|polite|kind|(?:is|are) able to|doing well|loves?|happy|settled|proud|within (?:the )?normal range|on track)\b/i;
const TROUBLE =
  /\b(?:not|no|never|nobody|nothing|hard|difficult\w*|struggl\w*|worr\w*|concern\w*|miss\w*|delay\w*|behind|poor|risk\w*|unsafe|without|lack\w*|only|but|however|although|can['’]t|cannot|won['’]t|\w+n['’]t|few|little|less|low|late|absent|refus\w*|angry|hit|hurt|harm\w*|violen\w*|drink\w*|drug\w*|alcohol|cannabis|police|arrest\w*|exclu\w*|bull\w*|cut\w*|scared|frightened|anxious|upset|alone|isolated|lonely|debt|arrears|evict\w*|abuse\w*|neglect\w*|removed|needs?|wants?|would like|must|should|stopped|lost|dropped|fallen|fell|overdue|untreated|injur\w*|bruis\w*)\b/i;
/** "No additional needs", "There are no concerns about her health": said to close a need. */
const NO_NEED =
  /\bno (?:(?:additional|further|other|extra|current|unmet|identified) )?(?:needs?|concerns?|worries)\b(?! (?:about|around|for|with) (?:the|his|her|their)? ?(?:risk|safety|violence|abuse|drinking|drug))/i;
const CLOSED_PARAGRAPH = new RegExp(String.raw`[.!]\s+${NO_NEED.source}\W*$`, 'i');
const onlyGood = (text: string) =>
  (GOOD.test(text) || NO_NEED.test(text)) && !TROUBLE.test(text.replace(NO_NEED, ' '));

/** A worry read as one sentence of a prose paragraph (its id ends in the sentence's number). */
const PROSE_ID = /^p\d+s\d+$/;
/**
 * Sections that tell how the work began rather than list what must change; "Why we are worried"
 * is not one of them.
 */
const BACKGROUND =
  /\b(?:summary|reasons?|why|background|history|involvement|referral|how we came)\b/i;

function readWorries(doc: PlanDocument): Worry[] {
  const out: Worry[] = [];
  let section: string | undefined;
  let worryLevel: number | undefined;
  /** Whether the worries section open now is a domain of an assessment (isDomainSection). */
  let domain = false;
  /** The last paragraph that is not a title or a goal's reason: the goal a reason is under. */
  let goal: number | undefined;
  /** The labelled worry just read ("Need: …"), which an action line under it answers. */
  let needAbove: Worry | undefined;
  const changeWorries = changeSectionsOfWorries(doc);
  const blocks = doc.blocks as Block[];
  for (const [b, block] of blocks.entries()) {
    if (block.kind === 'table') {
      out.push(...tableWorries(block, section));
      continue;
    }
    const text = block.text.trim();
    // Many plans set their section titles in bold, not in a heading style: "Worries:".
    const level =
      block.headingLevel ??
      (looksLikeTitle(text) || titlesList(text, blocks[b + 1]) ? 9 : undefined);
    if (level !== undefined) {
      goal = needAbove = undefined;
      // A sub-heading inside a worries section ("Complicating factors" under "Worries") keeps it;
      // one that can only head objectives ("Outcomes:", read a level down in a text plan) ends it.
      if (isWorrySection(text) || changeWorries.has(block.paragraph)) {
        // Under a domain, its own "Concerns:" lists only worries, whatever their words ("Lewis
        // sleeps badly"): the domain's sifting for trouble is for its prose of good and bad.
        const isDomain = isDomainSection(text);
        if (worryLevel === undefined || level <= worryLevel || !isDomain) domain = isDomain;
        worryLevel = worryLevel !== undefined ? Math.min(worryLevel, level) : level;
      } else if (block.headingLevel === undefined) {
        if (worryLevel !== undefined && !endsWorrySection(text)) continue;
        worryLevel = undefined;
      } else if (worryLevel === undefined || level <= worryLevel || endsWorrySection(text))
        worryLevel = undefined;
      section = text;
      continue;
    }
    // A goal's reason is answered by the goal above it; any other labelled worry by meaning.
    const reason = REASON_LABEL.exec(text);
    // "3.1 Worry: Callum has pushed Joanne …": the label may follow the item's own number.
    const number = ITEM_NUMBER.exec(text)?.[0] ?? '';
    const own = LABELLED_WORRY.exec(text);
    const afterNumber =
      reason || own || !number ? null : LABELLED_WORRY.exec(text.slice(number.length));
    const labelled = reason ?? own ?? afterNumber;
    const labelEnd = labelled ? labelled[0].length + (afterNumber ? number.length : 0) : 0;
    const under = reason && goal !== undefined ? `p${goal}` : undefined;
    if (!reason) goal = block.paragraph;
    if (labelled) {
      const worry: Worry = {
        id: `p${block.paragraph}`,
        text: text.slice(labelEnd).trim(),
        paragraph: block.paragraph,
        section,
        ...(under !== undefined ? { rowObjectiveId: under } : {}),
      };
      out.push(worry);
      needAbove = reason ? undefined : worry;
      continue;
    }
    // "Objective 1a: …" or "Task: …" set out below the reasons for a plan: the worries are over.
    if (LABELLED_ITEM.test(text)) {
      // "Need: Jordan has nowhere to stay tonight." then "Action: Jordan to be accommodated …":
      // the action set out under a labelled worry answers it by the layout, as a table row does.
      if (needAbove !== undefined && needAbove.rowObjectiveId === undefined)
        needAbove.rowObjectiveId = `p${block.paragraph}`;
      needAbove = undefined;
      // A section of its own for one worry ("Worry 2": its danger statement, then its safety
      // goal) answers that worry by its layout, as a table row does.
      if (GOAL_LABEL.test(text) && section !== undefined) {
        const own = out.filter((w) => w.section === section);
        if (own.length === 1 && own[0].rowObjectiveId === undefined)
          own[0].rowObjectiveId = `p${block.paragraph}`;
      }
      worryLevel = undefined;
      continue;
    }
    const listed = block.list !== undefined || ITEM_PREFIX.test(text);
    // A plan written as a letter or an email says its worries in its own sentences: "We are
    // still worried that Evie is often not collected on time".
    if (worryLevel === undefined && !listed) {
      if (!WORRY_WORD.test(text)) continue;
      sentences(text).forEach((s, i) => {
        if (SAID_WORRY.test(s))
          out.push({
            id: `p${block.paragraph}s${i}`,
            text: s,
            paragraph: block.paragraph,
            section,
          });
      });
      continue;
    }
    if (worryLevel === undefined || text.length < 8 || VIEWS_LINE.test(text)) continue;
    // A domain tells what is going well beside what is not, and numbers its sub-headings ("4.1
    // Family history and functioning"): only what says something is wrong is a worry.
    if (domain && listed && !TROUBLE.test(text)) continue;
    if (listed) {
      out.push({
        id: `p${block.paragraph}`,
        text: text.replace(ITEM_PREFIX, '').trim(),
        paragraph: block.paragraph,
        section,
      });
      continue;
    }
    sentences(text).forEach((s, i) => {
      if (domain && !TROUBLE.test(s)) return;
      out.push({ id: `p${block.paragraph}s${i}`, text: s, paragraph: block.paragraph, section });
    });
  }
  return out;
}
