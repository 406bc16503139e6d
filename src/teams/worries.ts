/**
 * A plan's worries as the tab shows the count kept at its last save from Word: how many of the
 * worries it names no objective answers. The tab never pairs worries itself; the counts come from
 * the core (src/smart/worries) when the plan was saved.
 */
import type { Plan } from '../plans/model';

export const WORRIES_LABEL = 'Worries not answered';

/** "1 of 4", "No worries named", or "Not checked yet" for a plan saved before counts were kept. */
export function worriesNotAnswered(plan: Pick<Plan, 'worries'>): string {
  const w = plan.worries;
  if (!w) return 'Not checked yet';
  if (w.named === 0) return 'No worries named';
  return `${w.unanswered} of ${w.named}`;
}
