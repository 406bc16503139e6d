/**
 * The "has already passed" warning is for a deadline nobody can now meet. It must not fire on
 * dates that are not deadlines: a child's date of birth, the day an ongoing arrangement began, a
 * count back from an event ("2-3 months before the licence expires"), or a dash before a count.
 * (Found in the tune halves of real sets O, V, W and Y and our own registers; the objectives
 * below are made up in the same shapes.)
 */
import { checkObjectiveText } from '../../src/smart';

const today = new Date(2026, 11, 1);
const check = (text: string) => checkObjectiveText(text, { today });
const pastWarnings = (text: string) =>
  check(text).criteria.timely.findings.filter((f) => f.ruleId === 'timely/past-date');

describe('a date of birth', () => {
  it.each([
    'Leo, born 12 March 2019, will be registered with a GP.',
    'Amira (date of birth: 04/05/2018) will be registered with a GP.',
    'Both parents share parental responsibility for the child, Tom Ashby born 18 April 2010.',
  ])('is not a timescale nor a date gone by: %s', (text) => {
    const verdict = check(text);
    expect(verdict.criteria.timely.met).toBe(false);
    expect(pastWarnings(text)).toEqual([]);
  });

  it('is not a count either', () => {
    const text =
      'Both parents share parental responsibility for the child, Tom Ashby born 18 April 2010.';
    expect(check(text).criteria.measurable.met).toBe(false);
  });
});

describe('the start of an arrangement that goes on', () => {
  it.each([
    'Jayden will take his medication every morning, recorded on his chart, from 1 December 2020.',
    'Commencing Saturday, 20 May 2023 and each alternate Saturday thereafter, Ellis will spend the day with his father.',
    'Callum must not contact Leon Barker for the length of the order (12 months from 02/11/2026).',
  ])('is not a deadline missed: %s', (text) => {
    expect(check(text).criteria.timely.met).toBe(true);
    expect(pastWarnings(text)).toEqual([]);
  });

  it('still warns of an end date gone by', () => {
    const text =
      'Jayden will take his medication every morning from 1 June 2020 until 30 June 2020.';
    const [warning] = pastWarnings(text);
    expect(text.slice(warning.start, warning.end)).toContain('until 30 June 2020');
  });
});

describe('a count back from an event', () => {
  it.each([
    'The supervising social worker will email the foster carers 2-3 months before their approval expires.',
    'The social worker will send the report to the court two months before the order expires.',
    'Amy will have a 6 week review meeting ‐ 6 week review with her key worker.',
  ])('is a timescale with no calendar date to fall behind: %s', (text) => {
    expect(check(text).criteria.timely.met).toBe(true);
    expect(pastWarnings(text)).toEqual([]);
  });

  it('still warns of a deadline gone by', () => {
    expect(pastWarnings('Poppy will be registered with a GP by 30 June 2020.')).toHaveLength(1);
  });
});
