/**
 * The veto: one letter found unmet where the rest pass is where a rule's misreading costs most
 * (a good objective marked red), and where the rules at first contact with real plans were most
 * often wrong. When the reading trained on those mistakes is sure the letter is met, the
 * findings stay on the card as advice (warnings) instead of failing the letter; nothing is
 * removed, so the writer still sees what the rule saw.
 */
import type { Analysis } from '../analyse';
import type { RuleSet } from '../rule-set';
import type { Criterion, Finding } from '../types';
import { coreOf } from './features';
import { VETO_ABOVE, VETO_LETTERS } from './letters';
import { vetoChance } from './model';

export function softenDoubtfulFlag(
  findings: Finding[],
  analysis: Pick<Analysis, 'text' | 'clauses'>,
  ruleSet: RuleSet,
  /** Findings on a gap left for the writer ("____ (fill in a number)"), which satisfies nothing. */
  atGap: ReadonlySet<Finding>,
): void {
  const errors = findings.filter((f) => f.severity === 'error');
  const letters = new Set<Criterion>(errors.map((f) => f.criterion));
  if (letters.size !== 1) return;
  const [letter] = letters;
  if (!VETO_LETTERS.includes(letter)) return;
  // A severity the organisation chose for a rule is theirs, not the checker's, to doubt.
  if (errors.some((f) => ruleSet.rules[f.ruleId]?.chosen)) return;
  // A gap left for the writer is certain: it satisfies nothing.
  if (errors.some((f) => atGap.has(f))) return;
  const chance = vetoChance(letter, coreOf(analysis));
  if (chance === undefined || chance <= VETO_ABOVE) return;
  for (const f of errors) {
    f.severity = 'warning';
    // The letter shows as met beside the rule's words: say why, so the two do not seem to clash.
    f.message = `${f.message} ${COUNTED_AS_MET}`;
  }
}

export const COUNTED_AS_MET =
  'Counted as met: objectives worded like this are usually judged to meet it.';
