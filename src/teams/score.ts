/**
 * The plan quality score as the tab shows a stored one: its band and one sentence. The number
 * itself always comes from the core (src/smart/score.ts) at the plan's last save; the tab never
 * scores a plan.
 */
import { SCORE_FORMULA, scoreBand, type ScoreBand } from '../smart/score';
import { formatUkDate } from '../plans/iso-date';

export const BAND_LABEL: Record<ScoreBand, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** The core's bands for a stored number (green 80 and above, amber 50 to 79, red below 50). */
export { scoreBand };

/** One sentence wherever a stored score shows (title and accessible name). */
export function scoreSentence(value: number, at?: string): string {
  const when = at ? ` on ${formatUkDate(at.slice(0, 10))}` : ' at its last save';
  return `Plan quality score ${value} out of 100 (${BAND_LABEL[scoreBand(value)].toLowerCase()})${when}: ${SCORE_FORMULA.charAt(0).toLowerCase()}${SCORE_FORMULA.slice(1)}`;
}

export interface ScoreBin {
  /** Lowest score in the bin: 0, 10, ... 90 (the last bin holds 90 to 100). */
  from: number;
  count: number;
}

/** The team's distribution: plans per ten points, as the audit report bins them. */
export function scoreBins(scores: number[]): ScoreBin[] {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, count: 0 }));
  for (const s of scores) bins[Math.min(9, Math.max(0, Math.floor(s / 10)))].count++;
  return bins;
}
