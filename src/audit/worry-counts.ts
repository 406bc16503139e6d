/**
 * A folder's counts of worries not answered, in the report's and the spreadsheet's words: an EHC
 * plan's are needs not met, and a folder of both kinds names each count's own.
 */
import { countInWords, listCounts, worryTerms } from '../smart/worry-terms';
import type { AuditedPlan } from './types';

type Counted = Pick<AuditedPlan, 'kind' | 'worries'>;

export function folderCounts(plans: readonly Counted[]): {
  /** Over the column: "Worries not answered", "Needs not met", or both. */
  label: string;
  /** One plan's count: "1 of 4", "No needs named"; "1 of 4 worries" in a folder of both. */
  inWords: (plan: Counted) => string;
} {
  const { label, mixed } = listCounts(
    plans.map((p) => ({ terms: worryTerms(p.kind), counts: p.worries })),
  );
  return {
    label,
    inWords: (plan) => countInWords(plan.worries, worryTerms(plan.kind), { named: mixed }),
  };
}
