import { checkPlan, readTextPlan } from '../../src/smart';

/**
 * A Team Around the Family early help plan, found by trial (fictional): its review was set as
 * "TAF review: 20/01/2027" and its agreement as "Agnieszka Kowalczyk (Mum) – agreed 25/11/2026",
 * and the checklist asked for both.
 */
const plan = (details: string, agreement: string) => `# Early Help Plan – Team Around the Family

**Family:** the Kowalczyk-Reid family   **Lead practitioner:** Sophie Turner (Family Hub)
**Children:** Oskar (8), Zuzanna (4)   **Parent:** Agnieszka Kowalczyk (Mum)
${details}

## What we are worried about
- Oskar has been hitting Zuzanna and shouting at Mum when he is told no.

## What we will do
1. Oskar's hitting will reduce to no more than once a week by the TAF review, as Mum's behaviour diary shows.

## Agreement
${agreement}
`;

const check = (details: string, agreement: string, id: string) =>
  checkPlan(readTextPlan(plan(details, agreement), 'markdown'), {
    today: new Date(2026, 11, 1),
  }).checks.find((c) => c.id === id)?.met;

describe("an early help plan's review date", () => {
  it.each([
    '**Plan started:** 25/11/2026   **TAF review:** 20/01/2027',
    'Next TAC review: 20/01/2027',
    'Team Around the Family review: 20 January 2027',
    'Early help review: 20/01/2027',
  ])('is read from "%s"', (details) => {
    expect(check(details, '', 'review-date')).toBe(true);
  });

  it('is still asked for when only the plan has started', () => {
    expect(check('**Plan started:** 25/11/2026', '', 'review-date')).toBe(false);
  });
});

describe("an early help plan's agreement", () => {
  it.each([
    'Agnieszka Kowalczyk (Mum) – agreed 25/11/2026. Jamie Reid – agreed 25/11/2026.',
    'Mum: agreed on 25/11/2026',
    'Agreed by Mum and Jamie, 25/11/2026',
  ])('is read from "%s"', (agreement) => {
    expect(check('', agreement, 'agreement')).toBe(true);
  });

  it.each(['To be agreed at the TAF meeting on 20/01/2027.', 'Mum – not yet agreed.'])(
    'is not read from "%s"',
    (agreement) => {
      expect(check('', agreement, 'agreement')).toBe(false);
    },
  );
});

describe("a parent's scaling is not the child's view", () => {
  it('does not read "She would like" after Mum as the child speaking', () => {
    const text = plan('', '').replace(
      '## What we will do',
      '## Our scaling\nOn a scale of 0 to 10, Mum says home is at 3 today. She would like it to be at 6 by the review.\n\n## What we will do',
    );
    const views = checkPlan(readTextPlan(text, 'markdown'), {
      today: new Date(2026, 11, 1),
    }).checks.find((c) => c.id === 'child-views')?.met;
    expect(views).toBe(false);
  });
});

/**
 * A parent who is exhausted and stays in bed is how plans often first describe low mood; the
 * plan's GP appointment about her low mood answers it (trial 29).
 */
describe("a parent's exhaustion as a worry about her mental health", () => {
  const worries = (worry: string, objective: string) =>
    checkPlan(
      readTextPlan(
        `# Early Help Plan\n\n## What we are worried about\n- ${worry}\n- The family are £1,400 behind on rent.\n\n## What we will do\n1. ${objective}\n2. Sophie will refer Mum to Citizens Advice by 04/12/2026 for a payment plan with the landlord.\n`,
        'markdown',
      ),
      { today: new Date(2026, 11, 1) },
    ).worries.unanswered.map((w) => w.text);

  it.each([
    [
      'Mum says she is exhausted and sometimes stays in bed until the afternoon.',
      'Mum to see her GP about her low mood by 11/12/2026.',
    ],
    [
      'Dad is staying in bed all day and the children get themselves to school.',
      'Dad will see his GP about his low mood by 11/12/2026.',
    ],
  ])('"%s" is answered by "%s"', (worry, objective) => {
    expect(worries(worry, objective)).toEqual([]);
  });

  it('is still unanswered by an objective about something else', () => {
    expect(
      worries(
        'Mum says she is exhausted and sometimes stays in bed until the afternoon.',
        'Oskar will go to Saturday football club every week until the review.',
      ),
    ).toEqual(['Mum says she is exhausted and sometimes stays in bed until the afternoon.']);
  });
});
