/** The Scores list: each plan's quality score at each save, for the trend over time. */
import type { ScorePoint } from '../../plans/store';
import { field, INDEXED } from './field';
import { defineList, type ListItem } from './list';
import { PLAN_ID, SCORE } from './shared-columns';

export const SCORES = defineList<'scores', ScorePoint>({
  key: 'scores',
  description:
    "Each plan's quality score at each save, so supervisors can see it over time (Title is the plan id).",
  title: (p) => p.planId,
  fields: {
    planId: PLAN_ID.required(),
    score: SCORE.required(),
    at: field.dateTime('At', 'Scored at', INDEXED).required(),
  },
});

/** A point of the history, or undefined for an item missing any part (it cannot be charted). */
export function scoreFromItem(item: ListItem): ScorePoint | undefined {
  const f = item.fields ?? {};
  const planId = SCORES.fields.planId.read(f);
  const score = SCORES.fields.score.read(f);
  const at = SCORES.fields.at.read(f);
  return planId && score !== undefined && at ? { planId, score, at } : undefined;
}
