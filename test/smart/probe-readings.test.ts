import { checkObjectiveText } from '../../src/smart';

/**
 * Probes written to try each reading with one thing changed at a time (fictional children):
 * the same SMART objective with its time, its subject or its verb said another way must keep
 * its verdict, and the unlike case beside each must keep its own.
 */
const TODAY = new Date(2026, 11, 6);
const met = (text: string) => {
  const verdict = checkObjectiveText(text, { today: TODAY });
  return Object.fromEntries(
    Object.entries(verdict.criteria).map(([letter, c]) => [letter, c.met]),
  ) as Record<'specific' | 'measurable' | 'realistic' | 'timely' | 'outcome', boolean>;
};
const core = 'Kai will read 20 key words correctly';

describe('a time said as the family or the school says it', () => {
  it.each([
    `${core} by his transition to Year 7.`,
    `${core} by the time the baby is born.`,
    `${core} in the 2026/27 school year.`,
    `${core} each grading period.`,
  ])('%s is timely', (text) => {
    expect(met(text).timely).toBe(true);
  });

  it('a transition with no stage named is no time', () => {
    expect(met(`${core} with support for his transition.`).timely).toBe(false);
  });
});

describe('two children as one subject', () => {
  it.each([
    'Kai and his sister will read 20 words by March 2027.',
    'Kai and his half-brother will be on time for school on 9 days in 10 by March 2027.',
    'Kai and his cousins will be in bed by 8pm on 5 nights a week by March 2027.',
  ])('%s names who', (text) => {
    expect(met(text).specific).toBe(true);
  });

  it('"the family" after "and" is still no one in particular', () => {
    expect(met('The family will eat together 5 days a week by March 2027.').specific).toBe(false);
  });
});

describe('what is seen, said in the passive', () => {
  it('"be seen to be happier" with a score states a change for the child', () => {
    expect(
      met(
        'Kai will be seen to be happier at school, with his teacher scoring him 7 out of 10 on the wellbeing scale by March 2027.',
      ),
    ).toEqual({ specific: true, measurable: true, realistic: true, timely: true, outcome: true });
  });

  it('"be observed to use" reads the use as the outcome', () => {
    expect(
      met(
        'Kai will be observed to use his calm box 3 times a week by March 2027, noted by his foster carer.',
      ).outcome,
    ).toBe(true);
  });

  it('"be seen by the dentist" is still something done for him', () => {
    expect(met('Kai will be seen by the dentist by March 2027.').outcome).toBe(false);
  });
});

describe('every day at school, with the absences the plan allows', () => {
  it('"unless he is ill" makes every day a standard that can be kept', () => {
    expect(
      met(
        'I will make sure Mason is at school every day and on time, unless he is ill, from 7 January 2027.',
      ).realistic,
    ).toBe(true);
  });

  it('every day with no exception is still 100% attendance', () => {
    expect(met('Mason will be at school every day from 7 January 2027.').realistic).toBe(false);
  });

  it('"unless" about something else allows no absence', () => {
    expect(
      met('Mason will be at school every day unless Mum decides otherwise, from 7 January 2027.')
        .realistic,
    ).toBe(false);
  });
});

describe('a number of children as the subject', () => {
  it.each(['All 3 children', 'Both children', 'The three children'])(
    '"%s will …" names who',
    (who) => {
      expect(met(`${who} will be up to date with their immunisations by 30 April 2027.`)).toEqual(
        expect.objectContaining({ specific: true, outcome: true }),
      );
    },
  );

  it('"All professionals" is still no one in particular', () => {
    expect(met('All professionals will read the plan by 30 April 2027.').specific).toBe(false);
  });
});

describe('none of what the plan counts, within a stated time', () => {
  it.each([
    'Zac will have no fixed-term exclusions this academic year.',
    'Maria will have no missed health appointments between now and the review on 3 March 2027.',
  ])('"%s" is measured: a count of nought', (text) => {
    expect(met(text).measurable).toBe(true);
  });

  it('with no time at all, it is no count the plan can check', () => {
    expect(met('Zac will have no fixed-term exclusions.').measurable).toBe(false);
  });

  it('"no contact" is a rule, not a count', () => {
    expect(
      met('Mr Bell will have no contact with Kai until the review on 3 March 2027.').measurable,
    ).toBe(false);
  });
});

describe("a note's who, then the task", () => {
  it.each([
    'Dad – complete the Freedom Programme by April 2027.',
    'Dad: complete the Freedom Programme by April 2027.',
    'Mum - register Kai with a GP by 1 March 2027.',
  ])('"%s" is a task done or not by its date, as "Dad to complete …" is', (text) => {
    expect(met(text).measurable).toBe(true);
  });

  it('a heading before the colon names no one, so no task is read', () => {
    expect(met('Reading: improve fluency by July 2027.').measurable).toBe(false);
  });
});
