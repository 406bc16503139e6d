/**
 * Plans and goal banks leave the child out ("To attend school on at least 90% of sessions",
 * "will name 5 colours in class") and number or bullet their items ("3. Maya will ..."). Left
 * out, the child is still who the objective is about, and an item's number counts nothing, so
 * every objective of our labelled sets whose subject is a child's name is checked again in
 * those forms, and each letter's verdict must stay as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkObjectiveText, CRITERIA } from '../../src/smart';
import { analyse } from '../../src/smart/analyse';

const today = new Date(2026, 11, 1);
const FIXTURES = join(__dirname, '..', 'fixtures');
const SETS = ['objectives-labelled.jsonl', 'objectives-heldout.jsonl', 'objectives-blind2.jsonl'];

function letters(text: string): string {
  const verdict = checkObjectiveText(text, { today });
  return CRITERIA.map((c) => (verdict.criteria[c].met ? c[0].toUpperCase() : '.')).join('');
}

/** "Amy will <rest>" or "Amy to <rest>", where Amy is read as the child and the subject. */
const objectives = SETS.flatMap((file) =>
  readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
).flatMap((text) => {
  const m = /^([A-Z][a-z]+) (?:will|to) (.*)$/.exec(text);
  if (!m || /^(?:Mum|Dad|Nan|Grandad|Grandma|The|A|An)$/.test(m[1])) return [];
  const first = analyse(text, { today }).clauses[0];
  const isChild =
    first?.subject.kind === 'child' && text.slice(first.subject.start, first.subject.end) === m[1];
  return isChild ? [{ text, rest: m[2] }] : [];
});

const FORMS: [string, (o: { text: string; rest: string }) => string][] = [
  ['"To …"', (o) => `To ${o.rest}`],
  ['"Will …"', (o) => `Will ${o.rest}`],
  ['"will …"', (o) => `will ${o.rest}`],
  ['a numbered item', (o) => `3. ${o.text}`],
  ['a numbered item in brackets', (o) => `(12) ${o.text}`],
  ['a bullet', (o) => `• ${o.text}`],
  ['a dash', (o) => `- ${o.text}`],
];

describe('an objective without its subject, or as a list item', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(50);
  });

  it.each(FORMS)('leaves every verdict as it was written as %s', (_form, rewrite) => {
    const changed = objectives
      .map((o) => ({ o, before: letters(o.text), after: letters(rewrite(o)) }))
      .filter((r) => r.before !== r.after)
      .map((r) => `${r.before} -> ${r.after}: ${rewrite(r.o)}`);
    expect(changed).toEqual([]);
  });
});
