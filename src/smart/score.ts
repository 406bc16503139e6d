/**
 * The plan quality score, 0 to 100, one number to steer by:
 *   70% from the objectives: the share of SMART letters met across all objectives
 *       (each objective counts five letters equally);
 *   30% from the plan checklist: the share of whole-plan checks met.
 * A plan with no objectives scores 0 for its objectives part. Bands: green 80 and above,
 * amber 50 to 79, red below 50.
 */
import type { PlanCheck } from './plan-checks';
import type { ObjectiveVerdict } from './types';

export type ScoreBand = 'red' | 'amber' | 'green';

export interface PlanScore {
  value: number;
  band: ScoreBand;
  /** One sentence a social worker can read wherever the score shows. */
  explanation: string;
}

export const SCORE_FORMULA =
  '70% from how many SMART letters the objectives meet, 30% from the plan checklist; green is 80 or more, amber 50 to 79, red below 50.';

/** The band for a score, so every face colours the same number the same way. */
export function scoreBand(value: number): ScoreBand {
  return value >= 80 ? 'green' : value >= 50 ? 'amber' : 'red';
}

export function scorePlan(verdicts: ObjectiveVerdict[], checks: PlanCheck[]): PlanScore {
  const letters = verdicts.length * 5;
  const met = verdicts.reduce((n, v) => n + v.met, 0);
  const objectivePart = letters === 0 ? 0 : met / letters;
  const checkPart = checks.length === 0 ? 0 : checks.filter((c) => c.met).length / checks.length;
  const value = Math.round(70 * objectivePart + 30 * checkPart);
  const band = scoreBand(value);
  const explanation = `${value}/100: ${met} of ${letters} SMART letters met across ${verdicts.length} objective${verdicts.length === 1 ? '' : 's'}, and ${checks.filter((c) => c.met).length} of ${checks.length} plan checks (${SCORE_FORMULA})`;
  return { value, band, explanation };
}
