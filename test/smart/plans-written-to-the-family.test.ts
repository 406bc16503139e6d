import { checkPlan } from '../../src/smart';
import { objectivesOf, planOf } from '../helpers/plan-of';

/**
 * An early help plan written to the family (fictional), found by trial: it calls Mum "you"
 * throughout, and heads her part "What you will do (Kerry)". Her tasks were read as the child's
 * changes, so "You will book a medication review" passed as an outcome; and a quote from her
 * under "Why we are meeting" was checked as an objective.
 */
const plan = (heading: string, item: string) => [
  '# Our Family Plan',
  '**Plan written with:** Kerry Dobbs (Mum), Tyler Dobbs (age 9) and Poppy Dobbs (age 4)',
  '**Lead practitioner:** Sam Whitcombe, Family Support Worker',
  '',
  '## Why we are meeting',
  '',
  'Kerry asked for help from the school in January after Tyler was sent home again. Kerry said:',
  '',
  '"I just need someone to help me get through the next six months without everything falling apart."',
  '',
  `## ${heading}`,
  '',
  `- ${item}`,
];

const outcomeMet = (heading: string, item: string) => {
  const verdicts = checkPlan(planOf(plan(heading, item), 'markdown'), {
    today: new Date(2026, 11, 1),
  }).objectives;
  const verdict = verdicts.find((v) => v.objective.text === item);
  if (!verdict) throw new Error(`not read as an objective: ${item}`);
  return verdict.criteria.outcome.met;
};

const TASK = 'You will book a medication review with Dr Sethi, the paediatrician, by 31/03/2027.';

describe('a plan written to the family', () => {
  it.each(['What you will do (Kerry)', 'What Mum will do', "Kerry's actions"])(
    'reads "you" under "%s" as Mum, whose booking is a task, not the child\'s change',
    (heading) => {
      expect(outcomeMet(heading, TASK)).toBe(false);
    },
  );

  it('reads "you" under the social worker\'s heading as the worker', () => {
    expect(outcomeMet('What you will do (Sam)', TASK)).toBe(false);
  });

  it('still reads "you" as the young person under a heading that names no adult', () => {
    expect(
      outcomeMet(
        'What you will do',
        'You will be at school every day this term, as your attendance record will show, by 31/03/2027.',
      ),
    ).toBe(true);
  });

  it('does not check a parent\'s words under "Why we are meeting" as an objective', () => {
    const found = objectivesOf(plan('What you will do (Kerry)', TASK), 'markdown');
    expect(found).toEqual([TASK]);
  });
});
