/**
 * Plans name a parent many ways: "Mum", "Mother", "Mom" in US case plans, "Mummy", "Daddy",
 * "Mama" and "Papa" in a young child's words, "Ms Kowalski" in a court order. Each names the same person doing the
 * same thing, so every objective of our labelled sets that opens with "Mum" or "Dad" is checked
 * again with the other names in its place, and each letter's verdict must stay as it was.
 */
import { changedVerdicts, letters, ownLabelledTexts } from '../helpers/verdict-letters';
import { checkObjectiveText, type CheckOptions } from '../../src/smart';

const NAMES: Record<'Mum' | 'Dad', string[]> = {
  Mum: [
    'Mother',
    'The mother',
    'Mom',
    'Mummy',
    'Mama',
    'Ms Kowalski',
    'Mrs Kowalski',
    'Birth mother',
  ],
  Dad: ['Father', 'The father', 'Daddy', 'Papa', 'Mr Hall', 'Stepdad', 'Birth father'],
};

const objectives = ownLabelledTexts().flatMap((text) => {
  const m = /^(Mum|Dad) (will|to|must|should) /.exec(text);
  return m ? [{ text, parent: m[1] as 'Mum' | 'Dad' }] : [];
});

/** Each of the parent's objectives whose verdict changes with the parent written `name`. */
const renamed = (parent: 'Mum' | 'Dad', name: string, options: CheckOptions = {}) =>
  changedVerdicts(
    objectives.filter((o) => o.parent === parent),
    (o) => o.text,
    (o) => name + o.text.slice(parent.length),
    options,
  );

const cases = (['Mum', 'Dad'] as const).flatMap((parent) =>
  NAMES[parent].map((name) => [parent, name] as const),
);

describe('another name for a parent', () => {
  it('has objectives to try', () => {
    expect(objectives.filter((o) => o.parent === 'Mum').length).toBeGreaterThan(20);
    expect(objectives.filter((o) => o.parent === 'Dad').length).toBeGreaterThan(20);
  });

  it('reads "Aunty" as "Auntie": a relative who cares for the child', () => {
    for (const text of [
      'Aunty will provide respite care when needed.',
      'Aunty to take Kenzo to nursery on Mondays, Tuesdays and Fridays until Mum’s treatment finishes.',
    ])
      expect(letters(text)).toBe(letters(text.replace('Aunty', 'Auntie')));
  });

  it.each(cases)('leaves every verdict as it was with "%s" written "%s"', (parent, name) => {
    expect(renamed(parent, name)).toEqual([]);
  });
});

describe('a parent the plan has introduced by first name ("Mum: Kelly Kowalski")', () => {
  const adults = new Map([
    ['Kelly', 'Mum'],
    ['Paul', 'Dad'],
  ] as const);

  it.each([
    ['Mum', 'Kelly'],
    ['Dad', 'Paul'],
  ] as const)('reads every "%s will …" written "%s will …" as the same task', (parent, name) => {
    expect(renamed(parent, name, { adults })).toEqual([]);
  });

  it('is read as a child when the plan has not said who they are', () => {
    // "Kelly will take Sam to the dentist" could be a young person's own task, as "Sam will
    // take his medication" is; the plan's introduction is what tells the two apart.
    const text = 'Kelly will take Sam to the dentist by 31 January 2027.';
    expect(letters(text)).toBe('SMRTO');
    expect(letters(text, { adults })).toBe('SMRT.');
  });
});

// From the tune halves of AA and N (a US foster care regulation and handbook).
describe('foster carers as US and Irish plans name them', () => {
  it.each([
    'The foster parents will take Ella to the dentist every six months.',
    'Resource parents shall complete 10 hours of training a year.',
  ])('names who: %s', (text) => {
    const verdict = checkObjectiveText(text, { today: new Date(2026, 11, 1) });
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
  });
});
