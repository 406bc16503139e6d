/**
 * The veto: one letter found unmet where the rest pass is where a rule's misreading costs most
 * (a good objective marked red), and where the rules at first contact with real plans were most
 * often wrong. When the reading trained on those mistakes is sure the letter is met, the
 * findings stay on the card as advice (warnings) instead of failing the letter; nothing is
 * removed, so the writer still sees what the rule saw.
 */
import type { Analysis } from '../analyse';
import type { RuleSet } from '../rule-set';
import { overlaps } from '../text';
import type { Criterion, Finding, Span } from '../types';
import { coreOf } from './features';
import { VETO_ABOVE, VETO_LETTERS } from './letters';
import { vetoChance } from './model';

export function softenDoubtfulFlag(
  findings: Finding[],
  analysis: Pick<Analysis, 'text' | 'clauses' | 'placeholders'>,
  ruleSet: RuleSet,
): void {
  const errors = findings.filter((f) => f.severity === 'error');
  const letters = new Set<Criterion>(errors.map((f) => f.criterion));
  if (letters.size !== 1) return;
  const [letter] = letters;
  if (!VETO_LETTERS.includes(letter)) return;
  // A severity the organisation chose for a rule is theirs, not the checker's, to doubt.
  if (errors.some((f) => ruleSet.rules[f.ruleId]?.chosen)) return;
  // A gap left for the writer ("____ (fill in a number)") is certain: it satisfies nothing.
  const gaps = analysis.placeholders.filter((p) => !p.person);
  if (errors.some((f) => f.start !== undefined && gaps.some((g) => overlaps(g, f as Span)))) return;
  const chance = vetoChance(letter, coreOf(analysis));
  if (chance === undefined || chance <= VETO_ABOVE) return;
  for (const f of errors) f.severity = 'warning';
}
