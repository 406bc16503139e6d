import { checkObjectiveText, checkPlan, readTextPlan } from '../../src/smart';

/**
 * A looked-after child's review recommendations and a domestic abuse child protection plan, found
 * by trial (fictional, trials 30 and 31).
 */
const today = new Date(2026, 11, 1);
const met = (text: string) => checkObjectiveText(text, { today }).criteria;

describe('how often, said after "at"', () => {
  it('reads "to stay at once a fortnight" as a frequency, not as "at once"', () => {
    const criteria = met(
      "Tyrone's phone calls with his dad to stay at once a fortnight, supervised by Bev, until the next review.",
    );
    expect(criteria.measurable.met).toBe(true);
    expect(criteria.timely.met).toBe(true);
  });

  it('still reads "at once" on its own as straight away', () => {
    expect(met('Dad will stop drinking at once.').realistic.met).toBe(false);
  });
});

describe('a one-off event on a date is done or not', () => {
  it.each([
    'Tyrone will go to the Eastvale FC academy trials in February 2027.',
    'Kayden will attend the Kingsmead Academy open evening on 14/01/2027.',
    'Mia will go to the Westmoor College taster day on 20/03/2027.',
  ])('"%s" is measurable', (text) => {
    expect(met(text).measurable.met).toBe(true);
  });

  it('a state with no event is still not measurable', () => {
    expect(met('Tyrone will be happier at football by February 2027.').measurable.met).toBe(false);
  });
});

describe('an adult let into the home, answered by keeping him away', () => {
  const LETS_HIM_IN =
    'Leanne has said she still loves Craig and sometimes lets him in when he has been drinking.';
  const unanswered = (objective: string) =>
    checkPlan(
      readTextPlan(
        [
          '# Child Protection Plan',
          '',
          '## Complicating factors',
          `- ${LETS_HIM_IN}`,
          '- Leanne is not registered with a GP since moving.',
          '- Maisie hides under her bed when there is shouting and says she feels scared.',
          '',
          '## What needs to happen',
          `1. ${objective}`,
          '2. Leanne will register with Parkside Surgery by 18/12/2026.',
          "3. Maisie will have weekly sessions with the school's ELSA from 07/12/2026, and her worries scale will go from 2 to 6 by the review.",
        ].join('\n'),
        'markdown',
      ),
      { today },
    ).worries.unanswered.map((w) => w.text);

  it('links "lets him in" to "will not come to the house", and the GP to the surgery', () => {
    expect(
      unanswered(
        'Craig will not come to the house while the plan is in place; Tom will check at each visit.',
      ),
    ).toEqual([]);
  });

  it('does not link it to an objective about something else', () => {
    expect(unanswered('Jack will start at Little Acorns nursery by 11/01/2027.')).toEqual([
      LETS_HIM_IN,
    ]);
  });
});

describe('a parent who has not agreed the plan', () => {
  const disagreement = (agreement: string) =>
    checkPlan(
      readTextPlan(
        `# Child Protection Plan\n\n## What needs to happen\n1. Leanne will register with Parkside Surgery by 18/12/2026.\n\n## Agreement\n${agreement}\n`,
        'markdown',
      ),
      { today },
    ).checks.find((c) => c.id === 'disagreement');

  it.each([
    'Leanne agreed the plan at conference. Craig did not attend and has not agreed the plan.',
    'Leanne agreed the plan. Craig refused to sign it.',
  ])('is a disagreement recorded, not "no disagreement": %s', (agreement) => {
    expect(disagreement(agreement)).toMatchObject({
      met: true,
      message: 'Disagreement is recorded with what it means.',
    });
  });

  it('"not yet agreed" is not a disagreement', () => {
    expect(disagreement('Leanne agreed the plan. Craig: not yet agreed.')?.message).not.toBe(
      'Disagreement is recorded with what it means.',
    );
  });
});
