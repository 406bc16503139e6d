/**
 * Plans and goal banks leave the child out ("To attend school on at least 90% of sessions",
 * "will name 5 colours in class") and number, bullet or head their items ("3. Maya will ...", "Goal 1: ..."). Left
 * out, the child is still who the objective is about, and an item's number counts nothing, so
 * every objective of our labelled sets whose subject is a child's name is checked again in
 * those forms, and each letter's verdict must stay as it was.
 */
import { childNamed, type ChildNamed } from '../helpers/child-named';
import { checkObjectiveText } from '../../src/smart';
import { changedVerdicts, ownLabelledTexts, today, metOn } from '../helpers/verdict-letters';

const objectives = childNamed().filter((o) => o.modal === 'will' || o.modal === 'to');

const FORMS: [string, (o: ChildNamed) => string][] = [
  ['"To …"', (o) => `To ${o.rest}`],
  ['"Will …"', (o) => `Will ${o.rest}`],
  ['"will …"', (o) => `will ${o.rest}`],
  ['a numbered item', (o) => `3. ${o.text}`],
  ['a numbered item in brackets', (o) => `(12) ${o.text}`],
  ['an item lettered "a)"', (o) => `a) ${o.text}`],
  ['an item lettered "(b)"', (o) => `(b) ${o.text}`],
  ['an item numbered "ii."', (o) => `ii. ${o.text}`],
  ['an item numbered "iv)"', (o) => `iv) ${o.text}`],
  ['a bullet', (o) => `• ${o.text}`],
  ['a dash', (o) => `- ${o.text}`],
  ['a goal’s number', (o) => `Goal 1: ${o.text}`],
  ['a heading', (o) => `What needs to happen: ${o.text}`],
];

describe('an objective without its subject, or as a list item', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(50);
  });

  it.each(FORMS)('leaves every verdict as it was written as %s', (_form, rewrite) => {
    expect(changedVerdicts(objectives, (o) => o.text, rewrite)).toEqual([]);
  });

  // A bullet, a number or a plan's label pasted with the item is read away before anything reads
  // the words, so no pattern that looks at an objective's first words can take it for part of the
  // subject, and no item number is counted as a measure.
  it.each([
    '• ',
    '- ',
    '* ',
    '▪ ',
    '— ',
    '☐ ',
    '> ',
    // Word's symbol-font bullet, as a copy from Word or a PDF gives it.
    '\uF0B7\t',
    '3. ',
    '1a. ',
    '1.1 ',
    '2.3.1 ',
    '(b) ',
    'iv) ',
    'Target 1 – ',
    'Outcome 3) ',
    'Step 2: ',
    'Action: ',
    '  • ',
  ])('reads every objective with "%s" before it as it reads it without', (lead) => {
    expect(
      changedVerdicts(
        ownLabelledTexts(),
        (t) => t,
        (t) => lead + t,
      ),
    ).toEqual([]);
  });

  // Lettered and roman-numbered lists ("a)", "(b)", "ii.", "iv)") are read as numbered ones are.
  it.each([
    ['a) ', '1) '],
    ['(b) ', '(2) '],
    ['ii. ', '2. '],
    ['iv) ', '4) '],
  ])('reads every objective as "%s…" as it reads it as "%s…"', (letter, number) => {
    expect(
      changedVerdicts(
        ownLabelledTexts(),
        (t) => number + t,
        (t) => letter + t,
      ),
    ).toEqual([]);
  });
});

// Goal banks list a skill with the child left out and judge it by how often it is done right
// ("in 4/5 trials", "on 9 of 10 trials"). Whatever its first verb, such an item is the child's
// target, not a task for whoever reads it (from real set W's tune half).
describe('a skill judged by how often the child does it right', () => {
  const check = (text: string) => checkObjectiveText(text, { today });

  it.each([
    'Give the correct picture card on 9 of 10 trials across 3 adults.',
    'Attend to the task for 10 minutes with no more than 2 prompts in 4/5 trials.',
    'Use a calming strategy to complete a non-preferred task in 4/5 opportunities (80% accuracy).',
    // The skill's gerund, as a toileting plan lists it (set X's tune half).
    'learning to ask for the toilet using a picture card',
  ])('reads "%s" as the child’s own outcome, naming the child', (text) => {
    const { criteria } = check(text);
    expect(criteria.outcome.met).toBe(true);
    expect(criteria.specific.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
  });

  it('still reads a command with no such criterion as a task nobody has taken', () => {
    const { criteria } = check('Give the foster carer a copy of the plan.');
    expect(criteria.specific.findings.map((f) => f.ruleId)).toContain('specific/no-who');
    expect(criteria.outcome.met).toBe(false);
  });
});

// Plans and goal banks list a target as the change asked for, with nobody named: "reduce
// loneliness", "Reduce or eliminate physical aggression", "stop cussing people out" (a reading
// shared by the tune halves of G, L, R, S, V and X). The change is the outcome; reducing "the
// risk" is still the adults' task.
describe('a fragment that asks for a change', () => {
  // The rules' reading: no action is found in it. The second reading may still weigh a fragment
  // whose words labellers read both ways ("Decrease time spent alone …"), so the final verdict
  // of the first four is pinned and of the last only the rules' reading.
  const outcome = metOn('outcome');
  const actionFound = (text: string) =>
    checkObjectiveText(text, { today }).findings.some((f) => f.ruleId === 'outcome/action-only');

  it.each([
    'reduce loneliness',
    'Reduce or eliminate hitting at school (hitting others).',
    'increase positive self-talk',
    'stop swearing at staff',
  ])('reads "%s" as a change, not an action', (text) => {
    expect(outcome(text)).toBe(true);
  });

  it('finds no action in "Decrease time spent alone in her room after school."', () => {
    expect(actionFound('Decrease time spent alone in her room after school.')).toBe(false);
  });

  it('still reads "To reduce the risk of neglect" as the adults’ task', () => {
    expect(outcome('To reduce the risk of neglect.')).toBe(false);
    expect(outcome('Reduce the risks at home.')).toBe(false);
  });
});

// From the tune halves of H, K, Q, S, T, W and X (orders' conditions, IEP provision, probation
// terms): a fragment that names a provision or a condition is an input, not a result.
describe('a fragment that names a provision or a condition', () => {
  it.each([
    'a curfew',
    '7:00 p.m. curfew',
    'Tutor for the young person',
    'small teaching groups',
    'drug treatment and testing',
    'Restrictions on who he sees',
    'Reasonable visitation as agreed by the parties.',
  ])('is an input: %s', (text) => {
    expect(checkObjectiveText(text, { today }).criteria.outcome.met).toBe(false);
  });

  it('still reads a result written as a fragment as a result', () => {
    for (const text of ['90% attendance or above', 'Less time on the Xbox.'])
      expect(checkObjectiveText(text, { today }).criteria.outcome.met).toBe(true);
  });
});

// From the tune halves of N, Q, R, T, U, X and Y (independent living and transition goals,
// probation terms): 10 of 13 such items are labelled results.
describe('a home, a job or a qualification to secure', () => {
  it.each([
    'Find housing',
    'Get and keep a job',
    'Obtain employment within 30 days of release',
    'Gain a GED',
    'finish school',
    'Keep housing',
  ])('is a result the young person will have: %s', (text) => {
    expect(checkObjectiveText(text, { today }).criteria.outcome.met).toBe(true);
  });

  // A named award needs no article: "Gain GED" is as crisp as "Gain a GED" (X's tune half);
  // "achieve a qualification" names none.
  it.each(['Gain GED by June 2027.', 'Jo will achieve GCSEs in English and maths by July 2027.'])(
    'counts a named award won as measurable: %s',
    (text) => {
      expect(checkObjectiveText(text, { today }).criteria.measurable.met).toBe(true);
    },
  );

  it('does not count an award nobody names', () => {
    const verdict = checkObjectiveText('Sam will achieve a qualification by July 2027.', { today });
    expect(verdict.criteria.measurable.met).toBe(false);
  });

  it('still reads a course to complete as an input', () => {
    const verdict = checkObjectiveText('Complete 6 months of job skills training.', { today });
    expect(verdict.criteria.outcome.met).toBe(false);
  });
});

// From AA's tune half (early years school readiness goals).
describe('a child’s skill given as a goal bank’s item', () => {
  it.each([
    'Regulate their own feelings and behaviours.',
    'Interact with other children in groups.',
  ])('is the child’s own change: %s', (text) => {
    expect(checkObjectiveText(text, { today }).criteria.outcome.met).toBe(true);
  });

  it('still reads "regulate" as vague, as "manage" is', () => {
    const verdict = checkObjectiveText('Regulate their own feelings and behaviours.', { today });
    expect(verdict.criteria.specific.findings.map((f) => f.ruleId)).toContain(
      'specific/vague-verb',
    );
  });
});
