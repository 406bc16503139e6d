/**
 * What "Save to Teams" can fill in from the document itself, so the worker only types what the
 * plan does not say: the child's reference and plan type from the title, the lead professional
 * and supervisor from labelled lines, the initial conference date, and for each objective an
 * owner (its Who cell, else the subject of its sentence) and a due date (the date in its By when
 * cell, else the last date in its text). Everything here is a suggestion the form shows and the
 * user can change; nothing is saved without them seeing it.
 */
import type { Objective, ParagraphBlock, PlanDocument } from '../smart';
// The core reads dates and sentence subjects for its own rules; these readers are not in its
// public index yet (asked for in issue 7's report), so they are imported here, in one place.
import { analyse } from '../smart/analyse';
import { findTimes, isoDay } from '../smart/dates';
import { findPlanDates, ownLineFirst, type PlanDateKind } from '../smart/plan-dates';
import { planLines } from '../smart/plan-lines';
import type { IsoDate, PlanType } from '../plans/model';

export interface PlanDetailsGuess {
  childRef?: string;
  type?: PlanType;
  leadName?: string;
  supervisorName?: string;
  /** The initial conference (child protection) or the plan's start. */
  startDate?: IsoDate;
  /** The next core group the plan itself sets ("Next core group: 17/03/2026"). */
  nextCoreGroup?: IsoDate;
  /** The next review the plan itself sets ("Review conference: 28/04/2026"). */
  nextReview?: IsoDate;
}

export interface ObjectiveGuess {
  ownerName?: string;
  dueDate?: IsoDate;
}

const TYPE_WORDS: [RegExp, PlanType][] = [
  [/\bchild protection\b/i, 'child-protection'],
  [/\bchild in need\b|\bCIN plan\b/i, 'child-in-need'],
  [/\bearly help\b/i, 'early-help'],
  [/\blooked[- ]after\b|\bcare plan\b|\bpathway plan\b/i, 'looked-after'],
  [/\bEHC(?:P| plan)\b|\beducation, health and care\b/i, 'ehc'],
];

/** "Lead social worker: Priya Shah, Northfield..." -> "Priya Shah". */
function labelled(text: string, labels: RegExp): string | undefined {
  const m = new RegExp(
    String.raw`\b(?:${labels.source})\s*[:\-–]\s*([^,.;()\n]+?)\s*(?:[,.;(\n]|$)`,
    'i',
  ).exec(text);
  const name = m?.[1]?.trim();
  return name && name.length <= 80 ? name : undefined;
}

/** Dates that mark a point in time; "every Saturday" resolves to a date too, but is no deadline. */
const POINT_KINDS = new Set(['date', 'deadline', 'duration']);

function datesIn(text: string, today: Date): IsoDate[] {
  return findTimes(text, today)
    .filter((t) => t.date && POINT_KINDS.has(t.kind))
    .map((t) => t.date!);
}

function lastDate(text: string, today: Date): IsoDate | undefined {
  const dates = datesIn(text, today);
  return dates[dates.length - 1];
}

/** Reads the plan-level details the document states; absent ones are left for the worker. */
export function readPlanDetails(doc: PlanDocument, today = new Date()): PlanDetailsGuess {
  // A details table's row reads as one line, "Lead social worker: Grace Lin", as a typed label does.
  const texts = planLines(doc.blocks).map((line) => line.text);
  const guess: PlanDetailsGuess = {};
  const heading = doc.blocks.find(
    (b): b is ParagraphBlock => b.kind === 'paragraph' && b.headingLevel === 1,
  );
  const title = heading?.text ?? texts.find((t) => t.trim().length > 0);
  if (title) {
    const type = TYPE_WORDS.find(([re]) => re.test(title));
    if (type) guess.type = type[1];
    // "Child protection plan: Jamie Carter (fictional)" names the child after the colon.
    const after = /:\s*(.+)$/.exec(title)?.[1]?.trim();
    if (after && after.length <= 120) guess.childRef = after;
  }
  for (const text of texts) {
    if (!guess.childRef) {
      const child = labelled(
        text,
        /child['’]?s name|name of (?:the )?child|young person['’]?s name|child|young person/,
      );
      if (child) guess.childRef = child;
    }
    if (!guess.type) {
      const type = TYPE_WORDS.find(([re]) => re.test(text));
      if (type && /\bplan\b/i.test(text)) guess.type = type[1];
    }
    const lead =
      guess.leadName ??
      labelled(
        text,
        /lead (?:social worker|professional|practitioner)|allocated social worker|key worker/,
      );
    if (lead) guess.leadName = lead;
    const supervisor =
      guess.supervisorName ??
      labelled(
        text,
        /supervisor|supervising (?:manager|social worker)|team manager|practice supervisor/,
      );
    if (supervisor) guess.supervisorName = supervisor;
  }
  const dates = findPlanDates(doc.blocks, today);
  const day = isoDay(today);
  const pick = (kind: PlanDateKind): IsoDate | undefined => {
    const ofKind = dates.filter((d) => d.kind === kind);
    // "Next" means one still to come when the plan gives past ones too; an old plan keeps its own.
    return (ownLineFirst(ofKind.filter((d) => d.date >= day)) ?? ofKind[0])?.date;
  };
  const start = dates.find((d) => d.kind === 'start')?.date;
  const coreGroup = pick('core-group');
  const review = pick('review');
  if (start) guess.startDate = start;
  if (coreGroup) guess.nextCoreGroup = coreGroup;
  if (review) guess.nextReview = review;
  return guess;
}

/** The part of an objective's text the document labelled with a role, e.g. its Who cell. */
function partText(objective: Objective, role: 'who' | 'when'): string | undefined {
  const part = objective.parts.find((p) => p.role === role && p.end > p.start);
  return part ? objective.text.slice(part.start, part.end).trim() : undefined;
}

/** Owner and due date for one objective, as far as its own words say. */
export function guessObjective(objective: Objective, today = new Date()): ObjectiveGuess {
  const guess: ObjectiveGuess = {};
  const who = partText(objective, 'who');
  if (who) guess.ownerName = who.replace(/,?\s*supported by\b.*$/i, '').trim() || who;
  else {
    try {
      const clause = analyse(objective.text, { parts: objective.parts, today }).clauses.find(
        (c) => !c.result,
      );
      const subject = clause?.subject;
      if (
        subject &&
        subject.end > subject.start &&
        ['child', 'parent', 'professional', 'family'].includes(subject.kind)
      ) {
        guess.ownerName = objective.text.slice(subject.start, subject.end).trim();
      }
    } catch {
      // A sentence the reader cannot parse just leaves the owner for the worker to type.
    }
  }
  const when = partText(objective, 'when');
  const due = (when && lastDate(when, today)) || lastDate(objective.text, today);
  if (due) guess.dueDate = due;
  if (guess.ownerName) guess.ownerName = ownerWithoutDate(guess.ownerName);
  if (guess.ownerName) guess.ownerName = capitalise(guess.ownerName);
  return guess;
}

const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** "By 30 June 2027", "by 30/06/2027,", "From March 2027" at the start of a Who cell or subject. */
const LEADING_DATE = new RegExp(
  String.raw`^(?:(?:by|before|from|on|until|no later than)\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:${MONTH})(?:\s+\d{2,4})?|(?:${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{2,4})?|(?:${MONTH})\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*[,:;–-]?\s+`,
  'i',
);

/** An owner is a person or role: a date written before it ("By 30 June 2027 Dad") is not. */
export function ownerWithoutDate(owner: string): string {
  const rest = owner.replace(LEADING_DATE, '').trim();
  return rest || owner.trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
