import { checkPlan, readTextPlan } from '../../src/smart';
import { NO_BIG_GOAL } from '../../src/smart/plan-checks';
import { objectivesOf, planOf } from '../helpers/plan-of';

/**
 * Two layouts found by trial: a young person's own safety plan, typed as plain text, and a
 * looked-after child's care plan with a contact table and its needs set out by area (fictional).
 */
const SAFETY_PLAN = [
  'My Safety Plan',
  '',
  'Name: Chloe (14)',
  'We will look at this again on: 12 January 2027',
  '',
  'Things that make me feel unsafe',
  '- When Mum and her boyfriend argue and start throwing things.',
  '- When I have not eaten and feel dizzy.',
  '',
  'Warning signs that I am not OK',
  '- I stop answering my phone.',
  '',
  'What I will do',
  "- If Mum and Lee argue, I will go to Nan's and text Jo.",
  '- I will have breakfast at the school breakfast club every school day.',
  '',
  'My safe adults',
  '- Nan (Maureen) – 07700 900123',
  '',
  'What other people will do',
  '- Mum will make sure there is food in the house every day.',
  '',
].join('\n');

const CARE_PLAN = `# Care Plan for a Looked After Child

## Permanence plan
Mason will return home if the parenting assessment is positive. If not, the plan is long-term foster care with Sue and Dave.

## Contact arrangements

| Who | How often | Supervised by | Where |
| --- | --- | --- | --- |
| Mum (Gemma) | Twice a week, 2 hours | Family time worker | Oak Road Family Centre |
| Nan (Pat Reid) | Every other Sunday | Not supervised | Nan's house |

## Mason's needs and how they will be met

### Health
Sue will take Mason to the dentist for a check-up by 31 January 2027.

### Education
Mason's attendance will be at least 95% this term, as recorded by the school.
`;

describe("a young person's own safety plan", () => {
  const report = checkPlan(readTextPlan(SAFETY_PLAN), { today: new Date(2026, 11, 1) });
  const objectives = report.objectives.map((v) => v.objective.text);
  const check = (id: string) => report.checks.find((c) => c.id === id);

  it('checks what she and others will do, not what makes her unsafe, her warning signs or her contacts', () => {
    expect(objectives).toEqual([
      "If Mum and Lee argue, I will go to Nan's and text Jo.",
      'I will have breakfast at the school breakfast club every school day.',
      'Mum will make sure there is food in the house every day.',
    ]);
  });

  it('reads what makes her feel unsafe as the worries, in her own words, and pairs them', () => {
    expect(report.worries.worries.map((w) => w.worry.text)).toEqual([
      'When Mum and her boyfriend argue and start throwing things.',
      'When I have not eaten and feel dizzy.',
    ]);
    expect(report.worries.unanswered).toEqual([]);
    expect(check('child-words')?.met).toBe(true);
    expect(check('child-views')?.met).toBe(true);
  });

  it('takes "We will look at this again on" as the review date', () => {
    expect(check('review-date')?.met).toBe(true);
  });
});

describe("a looked-after child's care plan", () => {
  const report = checkPlan(readTextPlan(CARE_PLAN, 'markdown'), { today: new Date(2026, 11, 1) });

  it('checks the needs and how they will be met, area by area, and not the contact table', () => {
    expect(report.objectives.map((v) => v.objective.text)).toEqual([
      'Sue will take Mason to the dentist for a check-up by 31 January 2027.',
      "Mason's attendance will be at least 95% this term, as recorded by the school.",
    ]);
  });

  it('does not take long-term foster care for a stage of the plan', () => {
    const stages = report.checks.find((c) => c.id === 'stages');
    // Met only because no goal is months away, never on the words "long-term foster care".
    expect(stages?.message).toBe(NO_BIG_GOAL);
    expect(stages?.evidence).toBeUndefined();
  });
});

describe('a SEN support plan whose outcomes table says how often', () => {
  it('reads the "How often" column as how often, in its own words', () => {
    const report = checkPlan(
      planOf(
        [
          '## Outcomes',
          '',
          '| What we want Ruby to achieve | Support | Who | How often | How we will measure it |',
          '| --- | --- | --- | --- | --- |',
          '| Ruby will read 45 of the 100 high-frequency words by February half term. | Precision teaching | Teaching assistant | 4 times a week | Weekly word check record |',
          '',
        ],
        'markdown',
      ),
      { today: new Date(2026, 11, 1) },
    );
    expect(report.objectives.map((v) => v.objective.text)).toEqual([
      'Ruby will read 45 of the 100 high-frequency words by February half term. Precision teaching. Who: Teaching assistant. How often: 4 times a week. How we will know: Weekly word check record',
    ]);
    expect(report.objectives[0].smart).toBe(true);
  });
});

describe('a Signs of Safety plan whose steps are headed as its rules', () => {
  it('checks the rules of the safety plan as well as its goals', () => {
    expect(
      objectivesOf(
        [
          '## Danger statements',
          '',
          'Children’s Services are worried that Kai will be left alone when Mum is unwell.',
          '',
          '## Safety goals',
          '',
          '- Kai will always be looked after by an adult who is well enough to care for him.',
          '',
          '## Our safety plan rules',
          '',
          '1. Nan will phone Mum every morning and visit every Tuesday and Friday.',
          '2. Mum will take her medication every day with Nan seeing her take it.',
          '',
        ],
        'markdown',
      ),
    ).toEqual([
      'Kai will always be looked after by an adult who is well enough to care for him.',
      'Nan will phone Mum every morning and visit every Tuesday and Friday.',
      'Mum will take her medication every day with Nan seeing her take it.',
    ]);
  });
});

describe('a plan whose objectives are headed "Safety plan"', () => {
  it('checks the safety plan, not the list of who is who at the top', () => {
    expect(
      objectivesOf(
        [
          '# Child Protection Plan',
          '',
          '- Young person: Kai Reed (15)',
          '- Social worker: Sam Okoro',
          '',
          '## What are we worried about?',
          '',
          '- Kai has been missing overnight three times since May.',
          '',
          '## Safety plan',
          '',
          '- Mum will ring the police if Kai is not home by 10pm, every time.',
          '- Kai will meet his youth worker every Tuesday until the review.',
          '',
        ],
        'markdown',
      ),
    ).toEqual([
      'Mum will ring the police if Kai is not home by 10pm, every time.',
      'Kai will meet his youth worker every Tuesday until the review.',
    ]);
  });

  it('does not read a whole plan as objectives because its title is "Safety Plan"', () => {
    expect(
      objectivesOf(
        [
          '# Safety Plan',
          '',
          '## What is working well',
          '',
          'Everyone will remember that Mum was well for four years before this.',
          '',
          '## Safety goals',
          '',
          '- Kai will always be cared for by an adult who is well enough to look after him.',
          '',
        ],
        'markdown',
      ),
    ).toEqual(['Kai will always be cared for by an adult who is well enough to look after him.']);
  });
});
