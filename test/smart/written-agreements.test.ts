/**
 * A parent's written agreement speaks as "I": "I, Darren Price, agree not to drink …". Probes
 * written for this, not from a labelled set: the signer's name after "I" had hidden who agrees
 * (no who), and an "I" whose time with the children is the subject read as the child, so a rule
 * for the parent passed as an outcome.
 */
import { checkObjectiveText, checkPlan } from '../../src/smart';
import { objectivesOf, planOf } from '../helpers/plan-of';

const today = new Date(2026, 11, 1);
const letters = (text: string) => {
  const { criteria } = checkObjectiveText(text, { today });
  return { specific: criteria.specific.met, outcome: criteria.outcome.met };
};

describe("a parent's written agreement", () => {
  it('reads the signer named after "I" as who agrees', () => {
    expect(
      letters(
        'I, Darren Price, agree to take a breath test at the start of each visit until the review.',
      ).specific,
    ).toBe(true);
  });

  it.each([
    'I, Darren Price, agree not to drink alcohol before or during my time with the children each Saturday.',
    'I will not drink alcohol when I have the children, checked by a breath test each Saturday.',
  ])('reads "%s" as a rule for the parent, not an outcome', (text) => {
    expect(letters(text)).toEqual({ specific: true, outcome: false });
  });

  it("keeps a child's own plan the child's", () => {
    expect(
      letters('I will play with the children in the park every Saturday until the review.').outcome,
    ).toBe(true);
  });
});

describe('a written agreement laid out under its own heading', () => {
  it.each([
    'We agree that',
    'Shannon agrees to',
    'What has been agreed',
    'The following has been agreed',
  ])('checks the terms under "%s" as objectives, beside a table of needs', (heading) => {
    expect(
      objectivesOf(
        [
          '# Written agreement (fictional)',
          '## What are we worried about?',
          '- Craig has hit Shannon in front of the children.',
          `## ${heading}`,
          '1. Shannon will not allow Craig into the family home.',
          '2. Mason will have his 2-year check with the health visitor by 31 January 2027.',
          '',
          '| Need | What will happen | Who | By when |',
          '| --- | --- | --- | --- |',
          '| Shannon gets a break | TBC | | |',
        ],
        'markdown',
      ),
    ).toEqual([
      'Shannon will not allow Craig into the family home.',
      'Mason will have his 2-year check with the health visitor by 31 January 2027.',
      'TBC',
    ]);
  });
});

describe("a written agreement's own review line", () => {
  it('is read as the review date, not as an objective or one that answers no worry', () => {
    const report = checkPlan(
      planOf(
        [
          '# Written agreement (fictional)',
          '## What are we worried about?',
          '- Mason has missed his 2-year check.',
          '## We agree that',
          '1. Mason will have his 2-year check with the health visitor by 31 January 2027.',
          '',
          '| Need | What will happen | Who | By when |',
          '| --- | --- | --- | --- |',
          '| Shannon gets a break | TBC | | |',
          '',
          'This agreement will be reviewed on 15/01/2027.',
        ],
        'markdown',
      ),
      { today },
    );
    expect(report.objectives.map((v) => v.objective.text)).toEqual([
      'Mason will have his 2-year check with the health visitor by 31 January 2027.',
      'TBC',
    ]);
    expect(report.checks.find((c) => c.id === 'review-date')?.met).toBe(true);
    // The row still to be decided is said so on its card, not listed as answering no worry.
    expect(report.worries.unanchored).toEqual([]);
    expect(report.worries.unanswered.map((w) => w.text)).toEqual(['Shannon gets a break']);
  });
});
