/**
 * A plan's worries as the tab shows the count kept at its last save from Word: how many of the
 * worries it names no objective answers. The tab never pairs worries itself; the counts come from
 * the core (src/smart/worries) when the plan was saved. An EHC plan names needs that its
 * outcomes meet, as the task pane says, and the tab says so for a plan of that type.
 */
import type { Plan } from '../plans/model';
import { capitalised, WORRY_TERMS, type WorryTerms } from '../smart/worry-terms';

const termsOf = (plan: Partial<Pick<Plan, 'type'>>): WorryTerms =>
  plan.type === 'ehc' ? WORRY_TERMS.needs : WORRY_TERMS.worries;

const labelOf = ({ many, done }: WorryTerms) => `${capitalised(many)} not ${done}`;

/** Over a list of plans of every type. */
export const WORRIES_LABEL = labelOf(WORRY_TERMS.worries);

/** The label over one plan's count: an EHC plan's are needs. */
export function worriesLabel(plan: Pick<Plan, 'type'>): string {
  return labelOf(termsOf(plan));
}

/**
 * "1 of 4", "No worries named" ("No needs named" for an EHC plan), or "Not checked yet" for a
 * plan saved before counts were kept.
 */
export function worriesNotAnswered(
  plan: Pick<Plan, 'worries'> & Partial<Pick<Plan, 'type'>>,
): string {
  const w = plan.worries;
  if (!w) return 'Not checked yet';
  if (w.named === 0) return `No ${termsOf(plan).many} named`;
  return `${w.unanswered} of ${w.named}`;
}
