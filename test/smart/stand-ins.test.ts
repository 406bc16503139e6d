/**
 * Goal banks and templates write a stand-in where the child's name will go ("[Child] to be ready
 * for school", "XX will", "The young person will", "YP to"). A stand-in names the child as
 * well as a name does, so every objective of our labelled sets whose subject is a child's name
 * is checked again with stand-ins in its place, and each letter's verdict must stay as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkObjectiveText, CRITERIA } from '../../src/smart';
import { analyse } from '../../src/smart/analyse';

const today = new Date(2026, 11, 1);
const FIXTURES = join(__dirname, '..', 'fixtures');
const SETS = ['objectives-labelled.jsonl', 'objectives-heldout.jsonl', 'objectives-blind2.jsonl'];

const STAND_INS = [
  '[Child]',
  '[child’s name]',
  '[Name]',
  'XX',
  'Y',
  'YP',
  'The young person',
  'The child',
  'Pupil',
  '[student]',
];

function letters(text: string): string {
  const verdict = checkObjectiveText(text, { today });
  return CRITERIA.map((c) => (verdict.criteria[c].met ? c[0].toUpperCase() : '.')).join('');
}

/** Objectives whose first word is the child's name, read as the subject of the first clause. */
const objectives = SETS.flatMap((file) =>
  readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
).filter((text) => {
  const name = /^([A-Z][a-z]+) /.exec(text)?.[1];
  if (!name || /^(?:Mum|Dad|Nan|Grandad|Grandma|The|A|An)$/.test(name)) return false;
  const first = analyse(text, { today }).clauses[0];
  return (
    first?.subject.kind === 'child' && text.slice(first.subject.start, first.subject.end) === name
  );
});

describe('a stand-in for the child’s name', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(50);
  });

  it.each(STAND_INS)('leaves every verdict as it was with "%s" for the name', (standIn) => {
    const changed = objectives
      .map((text) => ({
        text,
        before: letters(text),
        after: letters(text.replace(/^[A-Z][a-z]+/, standIn)),
      }))
      .filter((r) => r.before !== r.after)
      .map((r) => `${r.before} -> ${r.after}: ${r.text}`);
    expect(changed).toEqual([]);
  });
});
