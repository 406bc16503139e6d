/**
 * A phrase put before the subject ("Further to the strategy meeting, ...", "Because of the
 * worries about neglect, ...") says why or when the objective was set; it changes nothing the
 * objective asks of anyone. Real plans open this way often, so every objective of our labelled
 * sets that starts with its subject is checked again behind such phrases, and each letter's
 * verdict must stay as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkObjectiveText, CRITERIA } from '../../src/smart';

const today = new Date(2026, 11, 1);
const FIXTURES = join(__dirname, '..', 'fixtures');
const SETS = ['objectives-labelled.jsonl', 'objectives-heldout.jsonl', 'objectives-blind2.jsonl'];

/** Phrases that name no person, time, amount or vague standard of their own. */
const FRONTED = [
  'Further to the strategy meeting,',
  'Because of the worries about neglect,',
  'Alongside this,',
  'As agreed at the core group,',
  'In line with the plan,',
  'With help from the nursery,',
  'At home,',
  'Given the history,',
  'Following the conference,',
  'Due to the history of neglect,',
];

/** Objectives that open with their subject: a name or a family role, then a modal or "to". */
const OPENS_WITH_SUBJECT = /^(?:[A-Z][a-z]+ )(?:will|to|must|should|is|are|and) /;

function letters(text: string): string {
  const verdict = checkObjectiveText(text, { today });
  return CRITERIA.map((c) => (verdict.criteria[c].met ? c[0].toUpperCase() : '.')).join('');
}

const objectives = SETS.flatMap((file) =>
  readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
).filter((text) => OPENS_WITH_SUBJECT.test(text));

describe('a phrase fronted before the subject', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(100);
  });

  it.each(FRONTED)('leaves every verdict as it was behind "%s"', (phrase) => {
    const changed = objectives
      .map((text) => ({ text, before: letters(text), after: letters(`${phrase} ${text}`) }))
      .filter((r) => r.before !== r.after)
      .map((r) => `${r.before} -> ${r.after}: ${r.text}`);
    expect(changed).toEqual([]);
  });
});
