/**
 * A plan's worries as the tab shows the count kept at its last save from Word: how many of the
 * worries it names no objective answers. The tab never pairs worries itself; the counts come from
 * the core (src/smart/worries) when the plan was saved. An EHC plan names needs that its
 * outcomes meet, as the task pane says, and the tab says so for a plan of that type.
 */
import type { Plan } from '../plans/model';
import {
  countInWords,
  listCounts,
  notDoneLabel,
  WORRY_TERMS,
  type WorryTerms,
} from '../smart/worry-terms';

const termsOf = (plan: Partial<Pick<Plan, 'type'>>): WorryTerms =>
  plan.type === 'ehc' ? WORRY_TERMS.needs : WORRY_TERMS.worries;

type Counted = Partial<Pick<Plan, 'type' | 'worries'>>;

const countsOf = (plans: readonly Counted[]) =>
  listCounts(plans.map((p) => ({ terms: termsOf(p), counts: p.worries })));

/** True when a list shows counts of needs (EHC plans) and counts of worries side by side. */
export const mixedCounts = (plans: readonly Counted[]): boolean => countsOf(plans).mixed;

/**
 * The label over a list's column of counts: "Needs not met" over EHC plans alone, "Worries not
 * answered" over any other list, and both over a list of both, whose counts then name their own
 * (see `worriesNotAnswered`), so no EHC plan's needs sit under "Worries not answered".
 */
export const worriesColumnLabel = (plans: readonly Counted[]): string => countsOf(plans).label;

/** The label over one plan's count: an EHC plan's are needs. */
export function worriesLabel(plan: Pick<Plan, 'type'>): string {
  return notDoneLabel(termsOf(plan));
}

/**
 * "1 of 4", "No worries named" ("No needs named" for an EHC plan), or "Not checked yet" for a
 * plan saved before counts were kept. In a list that counts both, `named` adds the noun:
 * "1 of 4 worries", "0 of 1 need".
 */
export function worriesNotAnswered(
  plan: Pick<Plan, 'worries'> & Partial<Pick<Plan, 'type'>>,
  options: { named?: boolean } = {},
): string {
  return plan.worries ? countInWords(plan.worries, termsOf(plan), options) : 'Not checked yet';
}
