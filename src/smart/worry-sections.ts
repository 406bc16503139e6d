/**
 * Which headings hold a plan's worries ("What are we worried about?", "Reasons for the plan").
 * Both readers need it: the worries reader takes their items as worries, and the objectives
 * reader must not take the same items as objectives ("Reasons for the plan" names "the plan").
 */

import type { PlanDocument } from './document';
import { NAME } from './family-names';
import { headingName } from './text';

/**
 * A line that says it is a worry: "Danger statement: ...", "Worry 2 - ...", "Need (Karen): ...",
 * "Need identified: ...", "Risk/Need identified: ..." (a case system's field), "Presenting
 * issue: ...". The worries reader takes it, wherever it sits, and the objectives reader leaves it.
 */
export const LABELLED_WORRY =
  /^\s*(?:identified |presenting )?(?:danger statement|worry|concern|risk|complicating factor|need|issue)(?:\s*(?:\/|&|and|or)\s*(?:worry|concern|risk|need|issue)s?)?\s*(?:\d+|identified)?\s*(?:\([^()]{1,40}\)\s*)?[:\-–]\s*(?=\S)/i;

/** Headings whose items are worries, not objectives, views or strengths. */
const WORRY_SECTION =
  /\b(?:worr(?:y|ies|ied|ying)|safety threats?|diminished (?:caregiver |parental )?protective capacit(?:y|ies)|questions? for (?:the )?family|referrer['’]s questions?|(?:things|what) (?:that )?makes? [\p{L}'’ ]{0,30}more likely|(?:health|social care|priority|key|main|support|assessed) needs|what['’]?s (?:getting|got|standing) in the way|what (?:gets|could get|might get|is getting) in the way|concerns?|what['’]?s not (?:working|going well)|what (?:is|isn['’]t) (?:not )?(?:working|going well)|not going well|difficulties|challenges|concerned|dangers?|danger statements?|harm statements?|past harm|complicating factors?|risks?|areas? of (?:need|concern|risk)|needs? identified|identified needs|presenting (?:needs|issues|concerns)|why (?:is )?(?:this|the|a) plan (?:is )?needed|why (?:are|is) (?:we|children'?s services) involved|why (?:are we|we are|we['’]re) (?:working with|involved)|(?:things that|what) makes? me (?:feel )?(?:unsafe|scared|frightened|worried|upset)|reasons? for (?:the|this) plan|reasons? for (?:[\w'’]+ ){0,2}(?:concerns?|involvement|referral)|what (?:is|are) (?:the|our|[\p{L}'’-]+['’]s) (?:main )?(?:problems?|issues?|concerns?|needs?)|issues?(?: raised| to be addressed| identified)?|problems?|why [\w'’ ]{0,40}(?:needs?|has|have|is on|are on) (?:a|an|this|the) [\w'’ ]{0,40}plan|why (?:we are|we['’]re|are we) (?:making|writing|doing|drawing up|having) (?:a|an|this|the|our) [\w ]{0,40}?plan|(?:summary|outline|description) of (?:[\w'’]+ )?(?:needs|concerns|worries|risks?)|why there (?:is|are) (?:a|an|this) [\w'’ ]{0,40}plans?|why [\w'’ ]{0,40}(?:is|are|was|were|came|come|has come|have come) (?:being )?(?:looked after|in care|into care|accommodated)|why (?:is|are|was|were) [\w'’ ]{1,40}? (?:being )?(?:looked after|in care|accommodated)|barriers?(?: to [\w'’ ]{1,30})?)\b|^\W*assess\W*(?:[-–—:]\s*\p{L}.*)?$|^\W*where (?:we|I|things|the family) (?:are|am|is|stand)(?: (?:now|today|at the moment))?\W*(?::\s*\d{1,2}(?:\s*\/\s*10)?)?\W*$|^\W*(?:my |[\p{Lu}][\p{L}'’-]*(?:['’]s|s['’]) )?(?:needs?|identified needs?)\W*$|^\W*what (?:I|[\p{Lu}][\p{L}'’-]+|the (?:child|children|young person|baby|family|parents?|carers?)) needs?\W*$|^\W*(?:section\s+b\b\W*)?(?:[\p{Lu}][\p{L}'’-]*(?:['’]s|s['’]) )?special educational needs?(?: and disabilit(?:y|ies))?\W*$/iu;

/**
 * "What Aroha wants", "What Mum thinks", "What Mum and Dad say": someone's views, not what is wrong
 * ("wants to happen" is a plan's).
 */
export const WISHES_TITLE = String.raw`what (?:[\p{L}'’-]+ (?:wants|would like|thinks|says|feels)|(?:(?:the|his|her|their) )?(?:[\p{L}'’-]+ and [\p{L}'’-]+|parents|carers|grandparents) (?:want|would like|think|say|feel))(?! to\b)`;

/** Sections that mention worry words but hold something else ("What we are not worried about"). */
const NOT_WORRIES = new RegExp(
  String.raw`\b(?:${WISHES_TITLE}|not worried|(?<!not )working well|strengths?|(?<!not )going well|safety goals?|goals?|outcomes?|objectives?|actions?|contingency|views?|wishes|what needs to happen|next steps|plan of action|signatures?|scaling|agreement|will be met|how we will|expectations|what (?:we|you) need (?:you )?to do|where (?:we|I|[\p{L}'’-]+) (?:want|would like|hope|need)s? to (?:be|get))\b`,
  'iu',
);

/**
 * A plan's own name ("Child Exploitation Risk and Safety Plan", "Risk and Safety Management Plan -
 * Child Criminal Exploitation"): it heads the whole document, header, views and all, not a list of
 * worries. "Reasons for the plan" and "Issues to be addressed by the plan" still head worries.
 */
const PLAN_NAME =
  /\b(?:risks?|safety|concerns?|dangers?)(?:\s+(?:and|&)\s+(?!(?:the|this|our|my|a)\b)[\p{L}-]+)?(?:\s+(?:management|reduction|assessment))?\s+plan\b/iu;

/**
 * The three domains of an assessment of need (England's Assessment Framework, Northern Ireland's
 * UNOCINI): "Child's developmental needs", "Parenting capacity", "Family and environmental
 * factors"; and the eight wellbeing indicators a Scottish Child's Plan is set out by (GIRFEC's
 * SHANARRI: "SAFE", "Healthy", "Achieving – ..."), each standing as a heading of its own. A plan
 * set out by them tells, domain by domain, what is going well and what worries everyone, in the
 * same prose; the worries reader takes only the sentences that say something is wrong.
 */
const DOMAIN_SECTION =
  /\b(?:(?:child|young person)['’]?s? developmental needs|(?:parenting|parents['’]?|carers['’]?|parents['’]? or carers['’]?) capacity|family and environmental factors)\b|^\W*(?:safe|healthy|achieving|nurtured|active|respected|responsible|included)\W*(?:$|[-–—:(])/i;

/** Whether a heading names a domain of an assessment of need (DOMAIN_SECTION). */
export function isDomainSection(heading: string): boolean {
  return DOMAIN_SECTION.test(heading);
}

const worrySection = (heading: string) =>
  (WORRY_SECTION.test(heading) || DOMAIN_SECTION.test(heading)) &&
  !NOT_WORRIES.test(heading) &&
  !PLAN_NAME.test(heading);

/**
 * A bracket glosses its heading ("Priority needs (Family and Child Strengths and Needs
 * Assessment)"): the name decides, and the gloss only when the name alone says nothing.
 */
export function isWorrySection(heading: string): boolean {
  const name = headingName(heading);
  return worrySection(name) || (name !== heading.trim() && worrySection(heading));
}

/** Titles that end the worries: the plan's own sections, and what comes before the worries. */
const ENDS_WORRIES = new RegExp(
  String.raw`\b(?:plan|outcomes?|objectives?|actions?|goals?|targets?|what (?:will|must|should) (?:happen|change|be done)|what (?:I|we|you|they|${NAME}) (?:will|can|am going to|are going to|is going to) do|what (?:I['’]m|we['’]re|you['’]re|they['’]re) going to do|what (?:I|we) (?:want|would like|hope) to (?:happen|change|see)|background|history|summary|views?)\b`,
  'i',
);

/**
 * Whether a line set as a title ("What needs to happen:", "Strengths:") ends a worries section;
 * an introduction inside one ("These need to change for the baby to be safe:") does not.
 */
export function endsWorrySection(heading: string): boolean {
  // "Education (see PEP summary at section 4)": the title is "Education"; its gloss points
  // elsewhere and ends nothing.
  const title = headingName(heading) || heading;
  return NOT_WORRIES.test(title) || ENDS_WORRIES.test(title);
}

/**
 * A section most templates give the plan's outcomes, but some give the problems: "What needs to
 * change", and "What needs to happen" over the needs when a table of what will happen follows.
 */
const CHANGE_SECTION = /\bwhat (?:needs|has|have|must) to (?:change|happen)\b/i;
/** A heading that can only hold the plan's objectives. */
const OBJECTIVES_SECTION =
  /\b(?:outcomes?|objectives?|goals?|targets?|what needs to happen|what (?:will|must|should) (?:happen|be done)|what (?:I|we) (?:want|would like|hope) to (?:happen|change|see)|actions?|plan of action|what (?:we|everyone) (?:will|are going to) do|how (?:these|the|this) needs will be met)\b/i;
/**
 * A heading that is only "Plan", someone's plan or the plan for someone ("Plan", "Our plan",
 * "Leah's plan", "The plan for Leah and Noah"): under a document's title, it heads objectives.
 */
export const PLAN_HEADING =
  /^\W*(?:the |our |my |[\p{Lu}][\p{L}'’-]*['’]s )?(?:safety |support |family )?plan(?: for [\p{L}'’ -]{1,40})?\W*$/iu;
/** An item that says what should come about ("Mum will…", "to attend…"), not what is wrong. */
const CHANGE_WORDING =
  /\b(?:will|should|must|shall|needs? to|has to|have to|is to|are to|able to)\b|^\W*(?:\d+[.)]\s*)?to\b/i;

const CHANGE_SECTIONS = new WeakMap<PlanDocument, ReadonlySet<number>>();

/**
 * The "What needs to change" headings (by paragraph) whose items are worries: the items state
 * problems ("Imogen has missed 11 days of school") rather than changes ("Mum will…"), and the
 * plan sets its objectives out under a later heading of their own. Both readers use it, so an
 * item is either a worry or an objective, never both.
 */
export function changeSectionsOfWorries(doc: PlanDocument): ReadonlySet<number> {
  // Both readers ask for the same document, one after the other: read it once.
  const known = CHANGE_SECTIONS.get(doc);
  if (known) return known;
  const out = new Set<number>();
  CHANGE_SECTIONS.set(doc, out);
  const blocks = doc.blocks;
  blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph' || block.headingLevel === undefined) return;
    const change = CHANGE_SECTION.exec(block.text);
    if (!change || OBJECTIVES_SECTION.test(block.text.replace(change[0], ''))) return;
    const happen = /happen/i.test(change[0]);
    let items = 0;
    let changes = 0;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.kind === 'table') break;
      if (b.headingLevel !== undefined) {
        if (b.headingLevel <= block.headingLevel) break;
        continue;
      }
      if (b.text.trim().length < 8) continue;
      items++;
      if (CHANGE_WORDING.test(b.text)) changes++;
    }
    const objectivesFollow = blocks
      .slice(j)
      .some(
        (b) =>
          b.kind === 'paragraph' &&
          b.headingLevel !== undefined &&
          (OBJECTIVES_SECTION.test(b.text) || PLAN_HEADING.test(b.text)) &&
          !isWorrySection(b.text),
      );
    // "What needs to happen" holds the problems only with the plan's table straight after them.
    const follows = happen ? blocks[j]?.kind === 'table' : objectivesFollow;
    if (items >= 2 && changes * 3 <= items && follows) out.add(block.paragraph);
  });
  return out;
}
