/**
 * The dates a plan sets for itself: its start (the initial conference), its next core group and
 * its next review. One reader for the whole-plan checklist ("Next review date") and for the
 * details "Save to Teams" fills in, so the two never disagree about what a plan says.
 *
 * Plans write these as labelled lines ("Review: 11/02/2027", "Review on 15/02/2027.", "First
 * core group: 26/11/2026, then every 6 weeks"), as sentences ("The next core group will be held
 * on Tuesday 3 March 2027") or as a details table with the label and the date in separate cells.
 */
import { findTimes } from './dates';
import type { Block } from './document';
import { planLines, type PlanLine, snippetAt } from './plan-lines';
import { sentenceBefore } from './text';

export type PlanDateKind = 'start' | 'core-group' | 'review' | 'meeting';

export interface PlanDate {
  kind: PlanDateKind;
  /** YYYY-MM-DD */
  date: string;
  paragraph: number;
  /** Words of the document to show and go to: the label and what follows, or a row's label. */
  evidence: string;
  /**
   * The label opens its line ("Review conference: 12/03/2027", or a heading over the date): the
   * plan's own statement of the date, not an objective that mentions it on the way.
   */
  leads: boolean;
  /**
   * The line goes on to repeat the meeting ("First core group: 26/11/2026, then every 6 weeks"):
   * the plan has set the dates after this one too, so its passing leaves the next one set.
   */
  recurs?: true;
}

const ROLE = String.raw`(?:child protection |cp |child in need |cin |cla |lac |looked[- ]after |tac |taf |team around the (?:child|family) )?`;

/**
 * Reviews of a child's health or medicine: appointments an objective names, not the plan's. Read
 * back from "review" once it is found, not tried at every place in every line.
 */
const NOT_HEALTH = String.raw`(?<!\b(?:asthma|medication|medicines?|health|medical|dental|dentist|eye|sight|hearing|clinic|hospital|diabetes|diabetic|epilepsy|growth|weight|developmental|two-year|2-year|paediatric|GP|CAMHS|dietitian|physio|nurse) review)`;

/** What a review is held as, written between "review" and its date: "Review FGC on …". */
const REVIEW_NOUN = String.raw` (?:fgc|meeting|conference|hearing|panel|\([A-Za-z]{2,8}\))`;

/** Labels in the order they are tried at one place: the longer reading first. */
const LABELS: { kind: PlanDateKind; pattern: string }[] = [
  {
    kind: 'start',
    pattern: String.raw`date of (?:the )?initial ${ROLE}(?:conference|planning meeting|cppm)|initial ${ROLE}(?:conference|planning meeting|cppm)|plan start(?:ed| date)?|date (?:became )?looked[- ]after`,
  },
  {
    kind: 'core-group',
    pattern: String.raw`(?:(?:next|first|initial) )?${ROLE}core group(?: meeting| date)?s?`,
  },
  {
    kind: 'review',
    pattern: [
      // Scotland's case conference is a child protection planning meeting (CPPM).
      String.raw`(?:(?:next|first) )?review ${ROLE}(?:conference|date|(?:planning )?meeting|cppm)`,
      // "Next pathway plan review", "next looked after child review", "next EHCP annual review".
      // The words between name the plan, never a step: "First step is to review the budget".
      // "Next Multi-Agency Child Exploitation (MACE) review": its acronym in brackets too.
      String.raw`(?:next|first|initial) (?:(?!(?:is|are|was|to|will|be|and|or|step)\b)[\w-]+ |\([A-Z]{2,8}\) ){0,4}?(?:review|conference)`,
      // "Next PEP: March 2027": a personal education plan's next meeting is its review.
      String.raw`next (?:pep|iep)(?: meeting)?`,
      // A referral order's "Panel review" is its review meeting; an early help plan's "TAF review"
      // or "Team Around the Family review" is its own.
      String.raw`rcpc|(?:cla|lac|cin|child in need|ehcp|pep|iep|annual(?: iep| ehcp?)?|statutory|looked[- ]after|plan|panel|taf|tac|team around the (?:family|child)|early help) review`,
      // "His asthma review at the GP on 10/12/2026" is a health appointment, not the plan's review.
      // The meeting or its initials may come between: "Review FGC on 20 January 2026",
      // "Semiannual Administrative Review (SAR) due 03/12/2025"; and a court's or a panel's
      // "will review this case plan no later than 03/03/2026".
      String.raw`review${NOT_HEALTH}(?:${REVIEW_NOUN})?(?: due|e?d? (?:on|by|at|no later than|before))|review (?:the|this|our) (?:[\w-]+ )?plan (?:on|by|at|no later than|before)`,
      // "Full review 2 June 2026", "six-month review hearing 05/13/2025": the date straight after.
      String.raw`review${NOT_HEALTH}(?:${REVIEW_NOUN})?(?=\s+\d)`,
      // "Review in 3 months (March 2027)": the interval, then the month it comes to.
      String.raw`review(?:ed)? (?:in|within|after) (?:\d+|one|two|three|four|six|eight|twelve) (?:weeks|months)`,
      // A family group conference's own plan: "We will meet again on 8 January 2027 to review it";
      // a referral order's panel, "The panel will meet again on 09/03/2027".
      String.raw`(?:we|everyone|the family|the group|the core group|the team|the panel) (?:will|are going to) (?:all )?meet (?:up )?again`,
      // "We will look at this again on: 12 January 2027", a child's own safety plan.
      String.raw`(?:we|I|everyone) will (?:look at|go through|check|talk about) (?:this|it|the plan|this plan|my plan|my safety plan) again(?: on)?`,
      // "My review is on 5th February 2027", a child's own plan.
      String.raw`(?:my|your|our|his|her|their|the) review(?: meeting)? (?:is|will be)(?: held)?(?: on)?`,
    ].join('|'),
  },
  {
    kind: 'meeting',
    pattern: String.raw`(?:next|first) ${ROLE}meeting`,
  },
];

const LABEL = new RegExp(
  LABELS.map((l) => `(${l.pattern})`).join('|') + String.raw`(?![\w-])`,
  'gi',
);
/**
 * A word every label holds ("review", "conference", "meet", "again", "core group", "plan start",
 * "looked after", "cppm", "pep", "iep", "rcpc"): most of a plan's lines hold none, and LABEL,
 * long and case-free, is slow to find nothing in them.
 */
const LABEL_WORD = /review|conference|meet|again|core group|plan start|looked|cppm|pep|iep|rcpc/i;
/**
 * "Review: …" or "Review – …" where "review" alone is a label: at the start of a line, after a
 * gap, or after another detail's full stop ("Pupil: Noah Price, Year 2. Review: 27 March 2027").
 */
const LEAD_REVIEW = /(?:^|\s{2,}|\t|\||[.;]\s+)\s*(review)\s*[:\u2013\u2014-]/gi;
/** A quick look before LEAD_REVIEW, whose gaps would be tried at every space of every line. */
const REVIEW_COLON = /review\s*[:\u2013\u2014-]/i;
/**
 * A short label that names the plan's review, however it is worded, before its value: "Review of
 * plan: 1 June 2026", "Case plan to be reviewed: by 12 August 2025", "Next Team Around the Family
 * (TAF) review: 21 April 2026", a details row's "Plan due for review | 07/01/2025". Not a review
 * gone by ("Date of last looked after review: …"), the one a review's record is of ("Date of
 * review: 12/11/2025", "Date of this review: …"), nor a reviewing officer (no "review" word ends
 * there).
 */
const REVIEW_LABEL = new RegExp(
  String.raw`^\W*(?!(?:[\w()'’-]+\s+){0,7}?(?:last|previous|under|this)\b|date (?:of )?(?:the )?review\s*:)(?:[\w()'’-]+\s+){0,7}?review(?:s|ed)?${NOT_HEALTH}(?:\s+[\w()'’-]+){0,2}\s*:`,
  'i',
);
/**
 * The meeting repeats after the date the line gives: "then every 6 weeks", "6-weekly after that",
 * "(then every 3 months)", "every two weeks while the plan is in place".
 */
const RECURS =
  /\b(?:every|each)\s+(?:other\s+|\d+\s+|(?:two|three|four|five|six|eight|ten|twelve)\s+)?(?:weeks?|fortnights?|months?)\b|\b\d+[- ](?:weekly|monthly)\b|\b(?:fortnightly|monthly|quarterly)\b/i;
/**
 * How often or how soon the plan is reviewed, with no date: "The child in need plan will be
 * reviewed every six weeks", "Hold a Family Team Meeting every 90 days to review progress",
 * "Next review: in six weeks". The checklist asks for the date itself, pointing here.
 */
const REVIEW_INTERVAL = new RegExp(
  String.raw`\breview(?:s|ed)?${NOT_HEALTH}\b[^.;]{0,80}?\b(?:(?:every|each|within|in)\s+(?:(?:\d+|one|two|three|four|five|six|eight|ten|twelve|a)\s+)?(?:weeks?|months?|days?|years?)|\d+[- ](?:weekly|monthly)|weekly|fortnightly|monthly|quarterly|annually|yearly)\b|\b(?:every|each)\s+(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s+(?:weeks|months|days)\s+to\s+review\b`,
  'i',
);
/** A line under a heading that holds only its date ("2 March 2027", "2 March 2027 at 10am"). */
const MAX_DATE_LINE = 40;
/**
 * A section titled only "Review" (or "Reviewing the plan"): the sentence under it says when the
 * plan is next looked at ("Asha will meet Jordan and Mum again on 15/01/2027 to see how the plan
 * is going"), so its date is the review's even in a sentence.
 */
const REVIEW_HEADING =
  /^\W*(?:review(?:ing)?(?: (?:of )?(?:the|this|my|our) plan)?|(?:the |our |my )?plan review|review arrangements|(?:progress )?reviews?(?: meetings?)?)\W*$/i;
const MAX_REVIEW_SENTENCE = 200;
/** A meeting someone goes to is not one the plan sets: "Mum will attend every core group". */
const GOING_TO = new RegExp(
  String.raw`(?:\b(?:attends?|attending|attended|go(?:es)? to|comes? to|take part in|join|joins|invited to)\s+(?:[\w'’-]+\s+){0,6}|\b(?:every|all|each)\s+(?:(?:the|of|her|his|their)\s+)*)$`,
  'i',
);
/** The date must follow its label within a few words, in the same sentence. */
const MOST_WORDS_BETWEEN = 10;
const SENTENCE_END = /[.;](?=\s|$)|\n/;
/** A day or month written as one: "07/01/2025", "7 May 2026", "May 2026", "February 3". */
const CALENDAR = /\d[/.-]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
/** Kinds of time that name a calendar day; "in 6 weeks" and "every Tuesday" are not dates set. */
const DAY_KINDS = new Set(['date', 'deadline']);

/**
 * The days a label sets: every date after it up to the next label or the sentence's end
 * ("Core group dates: 3/11/2026, 15/12/2026 and 26/01/2027"), the first within a few words.
 */
function datesAfter(
  line: string,
  from: number,
  to: number,
  today: Date,
  /** A label that the line is all about ("Review: …"): every date in its value is the review's. */
  whole = false,
): string[] {
  const tail = line.slice(from, to);
  const end = whole ? null : SENTENCE_END.exec(tail);
  const rest = end ? tail.slice(0, end.index) : tail;
  // A day set is written with a number ("11/02/2027", "3rd March", "March 2027"): the other
  // mentions of a review or a core group need no reading of times.
  if (!/\d/.test(rest)) return [];
  const times = findTimes(rest, today).filter((t) => t.date && DAY_KINDS.has(t.kind));
  if (times.length === 0) return [];
  // Read that far, only a calendar day counts: "Plan due for review | 07/01/2025 (90 days)".
  if (whole)
    return times.filter((t) => CALENDAR.test(rest.slice(t.start, t.end))).map((t) => t.date!);
  const between = rest.slice(0, times[0].start).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return between <= MOST_WORDS_BETWEEN ? times.map((t) => t.date!) : [];
}

/**
 * A label that names the plan's own review or meeting ("First looked after review", "Review
 * conference", "Core group"), not only "review at …", which a health appointment shares.
 */
const PLAN_REVIEW =
  /\b(?:looked[- ]after|cla|lac|child in need|cin|child protection|conference|core group|plan|pep|ehcp|annual|statutory|fgc|taf|tac|panel)\b/i;

/** A cell that holds only a day: "By 08/12/2025", "24 March 2026", "Due: 3/3/2027". */
const DATE_CELL =
  /^\W*(?:(?:by|on|due|before|no later than)\W+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.? \d{4}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})\W*$/i;

/**
 * A row whose cell opens with the review, at any length, with its day in a cell of its own ("12 |
 * First looked after review within 20 working days of Millie becoming accommodated. | IRO |
 * By 08/12/2025"): the cells after it say who and when.
 */
function rowDateCells(line: PlanLine, labelAt: number, today: Date): string[] {
  const cells = line.cells;
  if (!cells) return [];
  let labelled = 0;
  while (labelled + 1 < cells.length && cells[labelled + 1].at <= labelAt) labelled++;
  // The cell is about the review ("Case plan review at a family group meeting in three months"),
  // not a task done before it ("Circulate the chronology to the core group before it meets").
  const before = line.text.slice(cells[labelled].at, labelAt);
  if (before.split(/\s+/).filter(Boolean).length > 2) return [];
  return cells
    .slice(labelled + 1)
    .map((cell) => cell.text)
    .filter((cell) => DATE_CELL.test(cell))
    .flatMap((cell) => datesAfter(cell, 0, cell.length, today, true));
}

/** A label within a bullet's or a number's width of the line's start opens the line. */
const opensLine = (at: number) => at < 3;

/**
 * The date to take from several: the plan's own line ("Review conference: 12/03/2027") before an
 * objective that names the same meeting on its way ("… by the review conference on …"), and
 * otherwise the first.
 */
export function ownLineFirst(dates: readonly PlanDate[]): PlanDate | undefined {
  return dates.find((d) => d.leads) ?? dates[0];
}

/** Every date the plan sets for itself, in document order. */
export function findPlanDates(blocks: readonly Block[], today: Date = new Date()): PlanDate[] {
  const out: PlanDate[] = [];
  /** A label that is its line's whole text ("Next review" as a heading): its date is below it. */
  let over: PlanDateKind | undefined;
  let underReviewHeading = false;
  for (const line of planLines(blocks)) {
    const { text } = line;
    const above = over;
    const sentenceAllowed = underReviewHeading;
    over = undefined;
    underReviewHeading = false;
    // A line under "Review" that labels its own dates ("Next core group: …. Review conference:
    // …") is read by its labels below, not all taken as the review.
    const labelsItsOwn = sentenceAllowed && (text.search(LABEL) >= 0 || REVIEW_COLON.test(text));
    if (
      above &&
      !labelsItsOwn &&
      text.length <= (sentenceAllowed ? MAX_REVIEW_SENTENCE : MAX_DATE_LINE)
    ) {
      const dates = datesAfter(text, 0, text.length, today);
      for (const date of dates)
        out.push({
          kind: above,
          date,
          paragraph: line.paragraph,
          evidence: line.shown ?? text,
          leads: true,
        });
      if (dates.length > 0) continue;
    }
    const found: { kind: PlanDateKind; at: number; end: number; whole?: true }[] = [];
    // exec rather than matchAll, which copies the pattern for every line of the plan.
    LABEL.lastIndex = 0;
    if (LABEL_WORD.test(text))
      for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
        const kind = LABELS[m.slice(1).findIndex((g) => g !== undefined)]?.kind;
        const at = m.index ?? 0;
        if (kind && !GOING_TO.test(sentenceBefore(text, at)))
          found.push({ kind, at, end: at + m[0].length });
      }
    // "Review:" as a label of its own, at the start of the line or after a gap ("Plan start: 9
    // November 2026   Review: 12 February 2027", a details line typed with spaces between).
    for (const lead of REVIEW_COLON.test(text) ? text.matchAll(LEAD_REVIEW) : []) {
      const at = (lead.index ?? 0) + lead[0].toLowerCase().indexOf('review');
      const end = (lead.index ?? 0) + lead[0].length;
      const same = found.find((f) => f.at === at);
      if (same) same.whole = true;
      else found.push({ kind: 'review', at, end, whole: true });
    }
    // A label that names the review in other words: "Review of plan: 1 June 2026".
    const label =
      !line.cell && text.includes(':') && /review/i.test(text) ? REVIEW_LABEL.exec(text) : null;
    if (label && !found.some((f) => f.at < label[0].length)) {
      found.push({ kind: 'review', at: label.index, end: label[0].length, whole: true });
    }
    if (found.length === 0 && !line.cell && REVIEW_HEADING.test(text)) {
      over = 'review';
      underReviewHeading = true;
      continue;
    }
    found.sort((a, b) => a.at - b.at);
    // "Review: Review conference within 4 weeks of the birth, or by 7 May 2026": the label the
    // line is all about reads its whole value, the same label again inside it included.
    for (let i = found.length - 1; i > 0; i--)
      if (found[i - 1].whole && found[i].kind === found[i - 1].kind) found.splice(i, 1);
    if (
      !line.cell &&
      found.length === 1 &&
      text.slice(found[0].end).trim() === '' &&
      opensLine(found[0].at)
    )
      over = found[0].kind;
    const recurs = found.length > 0 && RECURS.test(text) ? { recurs: true as const } : {};
    found.forEach((label, i) => {
      const to = found[i + 1]?.at ?? text.length;
      const dates = datesAfter(text, label.end, to, today, label.whole);
      const named = PLAN_REVIEW.test(text.slice(label.at, label.end));
      for (const date of dates.length > 0 || !named ? dates : rowDateCells(line, label.at, today))
        out.push({
          kind: label.kind,
          date,
          paragraph: line.paragraph,
          // A row's label past its first cell ("12 | First looked after review …") shows itself.
          evidence:
            line.shown !== undefined && label.at <= line.shown.length
              ? line.shown
              : snippetAt(text, label.at),
          leads: opensLine(label.at),
          ...recurs,
        });
    });
  }
  return out;
}

const PLAN_WORD = /\b(?:plan|conference|core group|meeting|panel|fgc)\b/i;

/**
 * Where the plan says how often or how soon it is reviewed without a date ("The plan will be
 * reviewed every six weeks"), for the checklist to point to when it asks for the date.
 */
export function findReviewInterval(
  blocks: readonly Block[],
): { paragraph: number; evidence: string } | undefined {
  let first: { paragraph: number; evidence: string } | undefined;
  for (const line of planLines(blocks)) {
    if (line.cell || !/review/i.test(line.text)) continue;
    const m = REVIEW_INTERVAL.exec(line.text);
    if (!m) continue;
    const found = {
      paragraph: line.paragraph,
      evidence: line.shown ?? snippetAt(line.text, m.index),
    };
    // "This plan will be reviewed each year" before "an assessment that will be reviewed every
    // year": the plan's own review is the one asked about.
    if (PLAN_WORD.test(line.text.slice(Math.max(0, m.index - 40), m.index + m[0].length)))
      return found;
    first ??= found;
  }
  return first;
}
