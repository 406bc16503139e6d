/**
 * "No missing episodes", "No new offences": none of what a plan counts is a result to see, the
 * way youth justice and missing-from-care plans write their outcomes. Probes written for this,
 * not from a labelled set: "missing" had read as a banned deed ("No smoking"), a referral order
 * as a referral, and "Kyle's offending:" as no heading.
 */
import { analyse } from '../../src/smart/analyse';
import { checkObjectiveText } from '../../src/smart';

const today = new Date(2026, 11, 1);
const letters = (text: string) => {
  const { criteria } = checkObjectiveText(text, { today });
  return { outcome: criteria.outcome.met, timely: criteria.timely.met };
};

describe('none of a counted result', () => {
  it.each([
    'No missing episodes in the next 3 months, checked with the police every month.',
    'No new offences during his referral order, as recorded by the YOT.',
    'No offending during his 9-month referral order, checked with the YOT every month.',
    'There will be no new offences during his referral order, checked with the YOT every month.',
    "Kyle's offending: no new offences during his referral order, checked with the YOT every month.",
  ])('reads "%s" as a timely outcome', (text) => {
    expect(letters(text)).toEqual({ outcome: true, timely: true });
  });

  it('does not read "No missing episodes" as a command', () => {
    expect(analyse('No missing episodes for Tia until the review.', { today }).imperative).toBe(
      false,
    );
  });

  it('still reads a rule for the adults, or a service arranged, as an action', () => {
    expect(letters('No smoking in the house or the car when the children are there.').outcome).toBe(
      false,
    );
    expect(letters('No contact with Mr Green until the review.').outcome).toBe(false);
    expect(analyse('No taking of drugs or alcohol when upset.', { today }).imperative).toBe(true);
    expect(
      letters('There should be a planning meeting and a Placement Plan within 5 days.').outcome,
    ).toBe(false);
  });
});

// A probe written for this: a note's review point named by a check ("until her 6-month check")
// had made the result before it read as a service.
describe('a result written as a note, up to a check', () => {
  it('reads the result, not the check that dates it', () => {
    expect(
      letters(
        'Weight gain for baby Tia of at least 150g a week until her 6-month check, recorded by the health visitor.',
      ).outcome,
    ).toBe(true);
  });

  it('still reads a service up to a review as an input', () => {
    expect(
      letters('Support from the family support worker every week until the next review.').outcome,
    ).toBe(false);
  });
});
