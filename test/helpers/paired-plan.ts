import { readTextPlan } from '../../src/smart';
import { extractObjectives } from '../../src/smart/objectives';
import { findWorries } from '../../src/smart/worries/find-worries';
import { pairWorries } from '../../src/smart/worries/pair';

/** A fictional plan written in Markdown: its worries, its objectives and how they pair. */
export function pairedPlan(markdown: string) {
  const doc = readTextPlan(markdown, 'markdown');
  const worries = findWorries(doc);
  const objectives = extractObjectives(doc);
  return { worries, objectives, pairing: pairWorries(worries, objectives) };
}
