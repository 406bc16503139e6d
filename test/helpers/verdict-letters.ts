/**
 * For the tests that rewrite labelled objectives in another form a writer uses (a fronted
 * phrase, a stand-in for the name, a fragment, other spaces, another word for a parent) and
 * hold the checker's verdict: the objectives of three labelled sets, and a verdict as letters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkObjectiveText, CRITERIA, type CheckOptions } from '../../src/smart';
import type { Criterion } from '../../src/smart/types';

export const today = new Date(2026, 11, 1);
const FIXTURES = join(__dirname, '..', 'fixtures');
const SETS = ['objectives-labelled.jsonl', 'objectives-heldout.jsonl', 'objectives-blind2.jsonl'];

/** Every objective's text in our own three labelled sets (none is blind), in file order. */
export function ownLabelledTexts(): string[] {
  return SETS.flatMap((file) =>
    readFileSync(join(FIXTURES, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}

/** Whether one letter is met, checked as of `today`: `const outcome = metOn('outcome')`. */
export function metOn(criterion: Criterion): (text: string) => boolean {
  return (text) => checkObjectiveText(text, { today }).criteria[criterion].met;
}

/** "SMRTO" when all five letters are met, with a dot for each one that is not. */
export function letters(text: string, options: CheckOptions = {}): string {
  const verdict = checkObjectiveText(text, { today, ...options });
  return CRITERIA.map((c) => (verdict.criteria[c].met ? c[0].toUpperCase() : '.')).join('');
}

/** Each rewritten objective whose verdict differs from the original's, to show in a failure. */
export function changedVerdicts<T>(
  items: readonly T[],
  original: (item: T) => string,
  rewrite: (item: T) => string,
  /** How the rewrite is checked: with the plan's named adults, say. */
  options: CheckOptions = {},
): string[] {
  return items
    .map((item) => ({
      item,
      before: letters(original(item)),
      after: letters(rewrite(item), options),
    }))
    .filter((r) => r.before !== r.after)
    .map((r) => `${r.before} -> ${r.after}: ${rewrite(r.item)}`);
}

/** The words each finding marks, in order, with their spaces made plain: where the underlines go. */
export function markedWords(text: string): string[] {
  return checkObjectiveText(text, { today })
    .findings.filter((f) => f.start !== undefined && f.end !== undefined)
    .map((f) => `${f.ruleId}: ${text.slice(f.start, f.end).replace(/\s+/g, ' ')}`);
}
