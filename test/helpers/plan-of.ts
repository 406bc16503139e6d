import { checkPlan, readTextPlan } from '../../src/smart';
import type { PlanDocument } from '../../src/smart/document';

/** A plan typed line by line, as the tests write their fictional plans. */
export function planOf(lines: string[], format: 'text' | 'markdown' = 'text'): PlanDocument {
  return readTextPlan(lines.join('\n'), format);
}

/** The objectives the checker finds in a plan typed line by line, as written. */
export function objectivesOf(lines: string[], format: 'text' | 'markdown' = 'text'): string[] {
  return checkPlan(planOf(lines, format), { today: new Date(2026, 11, 1) }).objectives.map(
    (v) => v.objective.text,
  );
}
