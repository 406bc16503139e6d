/**
 * The words a plan's worries go by. A plan for special educational needs names needs that its
 * outcomes meet; every other plan names worries that its objectives answer. The checklist, the
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
} as const satisfies Record<string, WorryTerms>;

export function worryTerms(kind: PlanKind): WorryTerms {
  return kind === 'send' ? WORRY_TERMS.needs : WORRY_TERMS.worries;
}

/** "Worries" from "worries": a term at the start of a heading or label. */
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
