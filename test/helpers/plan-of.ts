import { readTextPlan } from '../../src/smart';
import type { PlanDocument } from '../../src/smart/document';

/** A plan typed line by line, as the tests write their fictional plans. */
export function planOf(lines: string[], format: 'text' | 'markdown' = 'text'): PlanDocument {
  return readTextPlan(lines.join('\n'), format);
}
