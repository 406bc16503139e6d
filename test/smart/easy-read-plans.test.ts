import { checkPlan, readTextPlan } from '../../src/smart';
import { metOn } from '../helpers/verdict-letters';

/**
 * A child in need plan written in easy read for a parent who finds reading hard, found by trial
 * (fictional, trial 32): its worries sat under "Why we are making this plan", its weekly meeting
 * was "on Thursday afternoons", and the social worker's task was to ask the school for letters.
 */
const today = new Date(2026, 11, 1);
const measurable = metOn('measurable');

describe('easy read wordings', () => {
  it.each([
    'Kelly will read letters with Femi on Thursday afternoons, so she knows what is happening.',
    'Dad will see Josh at the Orchard Family Centre on Saturday mornings until the review.',
  ])('"%s" says how often', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it('a request made by a date is done or not', () => {
    expect(
      measurable('Femi will ask the school to put letters in easy read for Kelly by 18/12/2026.'),
    ).toBe(true);
  });

  it('asking for help is not a request anyone can check', () => {
    expect(measurable('Kelly will ask for help by the review.')).toBe(false);
  });

  it('reads the worries under "Why we are making this plan"', () => {
    const report = checkPlan(
      readTextPlan(
        [
          '# Our Child in Need Plan – easy read',
          '',
          '## Why we are making this plan',
          '- Josh has been sent home from school 4 times this term for hitting other children.',
          '- Josh is often hungry when he gets to school.',
          '',
          '## What we will do',
          '1. Kelly will take Josh to school by 8.45 every morning and make sure he has had breakfast.',
          '2. Josh will have no more than 1 day sent home from school by our next meeting on 02/03/2027.',
        ].join('\n'),
        'markdown',
      ),
      { today },
    );
    expect(report.worries.worries.map((w) => w.worry.text)).toEqual([
      'Josh has been sent home from school 4 times this term for hitting other children.',
      'Josh is often hungry when he gets to school.',
    ]);
    expect(report.worries.unanswered).toEqual([]);
  });
});
