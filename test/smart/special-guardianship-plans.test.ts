import { checkPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/**
 * A special guardianship support plan, found by trial (fictional): its kinship support worker
 * and the grandparents were introduced under labels the reading did not know, so "Daniel will
 * refer Lacey-Ann …" read as a change in the child rather than the worker's task.
 */
const head = (label: string) => [
  'Special Guardianship Support Plan',
  'Child: Lacey-Ann Doherty (6)   Special guardians: Maureen and Frank Doherty',
  `Local authority: Eastvale Council   ${label}: Daniel Okafor`,
  '',
  'Support to be provided',
];

const outcomeMet = (lines: string[], objective: string) =>
  checkPlan(planOf([...lines, `1. ${objective}`]), { today: new Date(2026, 11, 1) }).objectives[0]
    .criteria.outcome.met;

describe("a support plan's people, as its details introduce them", () => {
  it.each(['Support worker', 'Supervising social worker', 'Link worker', 'Family practitioner'])(
    'reads a "%s" as a professional, whose referral is a task',
    (label) => {
      expect(
        outcomeMet(
          head(label),
          'Daniel will refer Lacey-Ann to the Eastvale Therapeutic Service by 15/01/2027.',
        ),
      ).toBe(false);
    },
  );

  it.each([
    'Adoption support social worker',
    "Lacey-Ann's social worker",
    'Kinship Support Worker',
  ])(
    'reads a "%s", a role under a service\'s or the child\'s own title, as a professional',
    (label) => {
      expect(
        outcomeMet(
          head(label),
          'Daniel will apply to the Adoption and Special Guardianship Support Fund for 20 sessions of Theraplay for Lacey-Ann by 31/12/2026.',
        ),
      ).toBe(false);
    },
  );

  it('reads the special guardians as the family, not the child', () => {
    expect(
      outcomeMet(
        head('Support worker'),
        'Frank will take Lacey-Ann to the Eastvale Therapeutic Service every Tuesday.',
      ),
    ).toBe(false);
  });

  it('still reads the child by name as the child', () => {
    expect(
      outcomeMet(
        head('Support worker'),
        'Lacey-Ann will have dry nights on at least 5 nights out of 7 by the summer holidays, as recorded on her star chart.',
      ),
    ).toBe(true);
  });
});

/**
 * A support plan sets out the support a family gets and the needs it meets, not worries about
 * harm: its checklist asks for the needs, and says what a disagreement means for the plan.
 */
describe("a support plan's checklist, in its own words", () => {
  const support = [
    '1. The council will pay a special guardianship allowance of £180 a week from 16/11/2026.',
    '2. Daniel will refer Lacey-Ann to the Eastvale Therapeutic Service for life story work by 15/01/2027.',
    '3. The council will pay for a taxi to school on days below 3°C, from 01/12/2026 to 31/03/2027.',
  ];
  const checkOf = (lines: string[], id: string) => {
    const found = checkPlan(planOf(lines), { today: new Date(2026, 11, 1) }).checks.find(
      (c) => c.id === id,
    );
    if (!found) throw new Error(`no ${id} check`);
    return found;
  };

  it.each([
    'Special Guardianship Support Plan',
    "Young Carer's Support Plan",
    'Adoption Support Plan',
    'Short Breaks Plan',
  ])('asks the "%s" for the needs its support is for, not for worries', (title) => {
    const check = checkOf(
      [title, 'Child: Lacey-Ann Doherty (6)', '', 'Support to be provided', ...support],
      'worries-answered',
    );
    expect(check.label).toBe('Every need has an objective');
    expect(check.message).toMatch(/needs its support is for.*"Support needs"/);
    expect(check.message).not.toMatch(/worried/);
  });

  it('pairs the needs listed under "Support needs" with the support that meets them', () => {
    const check = checkOf(
      [...head('Support worker'), ...support].flatMap((line) =>
        line === 'Support to be provided'
          ? [
              'Support needs',
              '- Maureen and Frank worry about money.',
              '- Lacey-Ann does not understand why she cannot live with her mum.',
              '- Maureen finds the school run hard in winter because of her arthritis.',
              '',
              line,
            ]
          : [line],
      ),
      'worries-answered',
    );
    expect(check).toMatchObject({ met: true, label: 'Every need has an objective' });
    expect(check.message).toBe('Each of the 3 needs has an objective that meets it.');
  });

  it('reads an adoption support plan\'s "Assessed needs" and pairs each with the support that meets it', () => {
    const check = checkOf(
      [
        'Adoption Support Plan',
        'Child: Jayden Price (7)   Adoptive parents: Sam and Chris Okoro',
        'Adoption support social worker: Harriet Lowe',
        '',
        'Assessed needs',
        '1. Jayden has big outbursts at home after school, about three times a week.',
        '2. Jayden does not know much about why he could not stay with his birth family, and has started asking.',
        '',
        'What we will do',
        '- Jayden will have fewer outbursts at home: no more than one a week by 24/05/2027, as recorded by Sam and Chris in a diary.',
        "- Harriet will update Jayden's life story book with Sam and Chris by 26/02/2027.",
      ],
      'worries-answered',
    );
    expect(check).toMatchObject({ met: true, label: 'Every need has an objective' });
    expect(check.message).toBe('Each of the 2 needs has an objective that meets it.');
  });

  it.each(['Family Support Plan', 'Child in Need Plan'])(
    'still asks the "%s" what everyone is worried about',
    (title) => {
      const check = checkOf(
        [title, 'Child: Ava Jones (7)', '', 'Plan', ...support],
        'worries-answered',
      );
      expect(check.label).toBe('Every worry has an objective');
      expect(check.message).toMatch(/What are we worried about\?/);
    },
  );
});
