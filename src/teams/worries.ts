/**
 * A plan's worries as the tab shows the count kept at its last save from Word: how many of the
 * worries it names no objective answers. The tab never pairs worries itself; the counts come from
 * the core (src/smart/worries) when the plan was saved. An EHC plan names needs that its
 * outcomes meet, as the task pane says, and the tab says so for a plan of that type.
 */
import type { Plan } from '../plans/model';

export const WORRIES_LABEL = 'Worries not answered';
const NEEDS_LABEL = 'Needs not met';

/** The label over one plan's count: an EHC plan's are needs. */
export function worriesLabel(plan: Pick<Plan, 'type'>): string {
  return plan.type === 'ehc' ? NEEDS_LABEL : WORRIES_LABEL;
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
  if (w.named === 0) return plan.type === 'ehc' ? 'No needs named' : 'No worries named';
  return `${w.unanswered} of ${w.named}`;
}
