/**
 * The words a plan's worries go by. A plan for special educational needs names needs that its
 * outcomes meet; a support plan (special guardianship, young carer's) names needs that its
 * objectives meet; every other plan names worries that its objectives answer. The checklist, the
 * task pane and the Teams tab all speak them, so they are written once, here, with nothing to
 * load beside them.
 */
import type { PlanKind } from './plan-kinds';

export interface WorryTerms {
  one: string;
  many: string;
  /** What an objective does to one: "answer", "meet" ("answers", "meets" with -s). */
  verb: string;
  /** What one is once an objective does it: "answered", "met". */
  done: string;
  /** What does it: "objective", "outcome". */
  answer: string;
}

export const WORRY_TERMS = {
  worries: { one: 'worry', many: 'worries', verb: 'answer', done: 'answered', answer: 'objective' },
  needs: { one: 'need', many: 'needs', verb: 'meet', done: 'met', answer: 'outcome' },
  supportNeeds: { one: 'need', many: 'needs', verb: 'meet', done: 'met', answer: 'objective' },
} as const satisfies Record<string, WorryTerms>;

export function worryTerms(kind: PlanKind): WorryTerms {
  if (kind === 'send') return WORRY_TERMS.needs;
  return kind === 'support' ? WORRY_TERMS.supportNeeds : WORRY_TERMS.worries;
}

/** "Worries" from "worries": a term at the start of a heading or label. */
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** How many worries (or needs) a plan names, and how many nothing answers (or meets). */
export interface WorryCounts {
  named: number;
  unanswered: number;
}

/** "Worries not answered", "Needs not met": the label over a count. */
export const notDoneLabel = ({ many, done }: WorryTerms): string =>
  `${capitalised(many)} not ${done}`;

/**
 * A count in words: "1 of 4", or "No worries named" ("No needs named"). With `named`, for a list
 * that counts both, the count names its own: "1 of 4 worries", "0 of 1 need".
 */
export function countInWords(
  counts: WorryCounts,
  terms: WorryTerms,
  { named = false }: { named?: boolean } = {},
): string {
  if (counts.named === 0) return `No ${terms.many} named`;
  const noun = named ? ` ${counts.named === 1 ? terms.one : terms.many}` : '';
  return `${counts.unanswered} of ${counts.named}${noun}`;
}

/**
 * What a list of plans counts, and the label over its column: the plans that show a number say
 * it (a count of needs, of worries, or both side by side, when each count must name its own);
 * when none does, the plans' own kinds say it, and a list of both kinds says worries, since no
 * number needs telling apart.
 */
export function listCounts(plans: readonly { terms: WorryTerms; counts?: WorryCounts }[]): {
  label: string;
  mixed: boolean;
} {
  const counted = plans.filter((p) => (p.counts?.named ?? 0) > 0);
  const judged = counted.length > 0 ? counted : plans;
  const needs = judged.some((p) => p.terms === WORRY_TERMS.needs);
  const worries = judged.some((p) => p.terms !== WORRY_TERMS.needs);
  if (needs && worries && counted.length > 0)
    return {
      label: `${notDoneLabel(WORRY_TERMS.worries)}, ${notDoneLabel(WORRY_TERMS.needs).toLowerCase()}`,
      mixed: true,
    };
  const needsOnly = needs && !worries;
  return { label: notDoneLabel(needsOnly ? WORRY_TERMS.needs : WORRY_TERMS.worries), mixed: false };
}
