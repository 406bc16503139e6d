/**
 * Points in a young person's life that plans use as their time (readings from the tune half of
 * real set W): the end of school in transition plans ("After high school, …"), and an age in
 * care leavers' offers and pledges ("until you're 21", "up to the age of 18"). The objectives
 * below are made up in the same shapes; the labelled ones stay in test/corpus.
 */
import { checkObjectiveText } from '../../src/smart';
import { findTimes } from '../../src/smart/dates';
import { metOn } from '../helpers/verdict-letters';

const today = new Date(2026, 11, 1);
const timely = metOn('timely');
const pastDate = (text: string) =>
  checkObjectiveText(text, { today }).criteria.timely.findings.some(
    (f) => f.ruleId === 'timely/past-date',
  );

describe('the end of school as the time of a transition goal', () => {
  it.each([
    'After high school, Kai will work part time at the garden centre.',
    'After finishing high school Kai will enrol on the bricklaying course at the college.',
    'Following graduation from high school, Kai will live with his aunt.',
    'Upon leaving secondary school, Kai will start an apprenticeship.',
    'After graduating with a diploma, Kai will apply for a place at the college.',
  ])('reads "%s" as timely', (text) => {
    expect(timely(text)).toBe(true);
  });

  // Set Z's tune half: an American school year is named by its grade.
  it.each([
    'Kai will read at least 30 words per minute by the end of first grade.',
    'Kai will count to 100 by the end of 2nd grade.',
    'Kai will write his first name by the end of kindergarten.',
  ])('reads "%s" as timely', (text) => {
    expect(timely(text)).toBe(true);
  });

  it('does not read "in high school" as a time: it says where', () => {
    expect(timely('Kai will take woodwork classes in high school.')).toBe(false);
    expect(findTimes('Kai will take woodwork classes in high school.', today)).toEqual([]);
  });
});

describe("an age in the young person's life", () => {
  it.each([
    "We will help you to stay with your foster carer until you're 21.",
    'Mia will live with her aunt until she is 18.',
    'Mia will get a birthday allowance up to the age of 18.',
    'Mia will have a personal adviser until she turns 25.',
    // Set X's tune half: a pathway plan's first date, as a care leavers' guide gives it.
    'Your pathway plan will be written with you around your 16th birthday.',
    // Set Y's tune half: the age a care plan ends at, as an Indian children's home writes it.
    'Once the child has completed 18 years of age, the care plan will be submitted to the CWC.',
    'When Mia turns 18, she will move to supported lodgings with her personal adviser.',
    'On reaching the age of 18, Mia will have her own tenancy.',
  ])('reads "%s" as timely', (text) => {
    expect(timely(text)).toBe(true);
  });

  it('still needs a number: "until she is ready" sets no time', () => {
    expect(timely('Mia will stay at the unit until she is ready.')).toBe(false);
    expect(timely('When Mia is ready, she will move to supported lodgings.')).toBe(false);
  });
});

// Probes written for this (none from a labelled set): points a plan names by a move, a part of a
// term, the time of a meeting, or a part of a year. "By the time of the review conference" had
// been no time, though "by the review conference" was.
describe('points set by a move, a part of a term or a meeting', () => {
  it.each([
    'By the time of the review conference, Lily will have been weighed at the clinic.',
    'By the time Lily starts school, she will be dry in the day, as nursery records.',
    'In the first half of the spring term, Zara will go to 10 sessions of the Freedom Programme.',
    'Before moving to secondary school, Ella will travel to school on the bus on her own.',
    'Before the move to secondary school, Ella will travel to school on the bus on her own.',
    'Once she moves into the new flat, Sophie will have a bed of her own.',
    'Sophie will have a bed of her own by early 2027.',
    'Sophie will have a bed of her own by mid-2027.',
  ])('reads "%s" as timely', (text) => {
    expect(timely(text)).toBe(true);
  });

  it('still asks by when of a move with no point named, or of a part of nothing', () => {
    expect(timely('Ella will practise moving to and from the bus stop with her carer.')).toBe(
      false,
    );
    expect(timely('Zara will learn the first half of the times tables.')).toBe(false);
    expect(timely('Sophie will tidy her room once she is asked.')).toBe(false);
  });
});

describe('a part of a year gone by', () => {
  it('flags "by early 2026" in December 2026, but not "by late 2026"', () => {
    expect(pastDate('Sophie will have a bed of her own by early 2026.')).toBe(true);
    expect(pastDate('Sophie will have a bed of her own by mid-2026.')).toBe(true);
    expect(pastDate('Sophie will have a bed of her own by late 2026.')).toBe(false);
  });
});

// Probes written for this: school and business calendars as plans write them.
describe('terms, seasons and quarters', () => {
  it.each([
    'by Spring 2027',
    'in Q1 2027',
    'by Feb half-term',
    'by Term 3',
    'by Xmas',
    'by mid-term',
    'by the next Child in Need meeting',
    'by the summer',
  ])('reads "Kai will read 20 words a minute %s" as timely', (when) => {
    expect(timely(`Kai will read 20 words a minute ${when}, checked by the class teacher.`)).toBe(
      true,
    );
  });

  it('flags a quarter or season gone by, but not the autumn term still running', () => {
    expect(pastDate('Kai will read 20 words a minute by Q1 2026.')).toBe(true);
    expect(pastDate('Kai will read 20 words a minute by summer 2026.')).toBe(true);
    expect(pastDate('Kai will read 20 words a minute by Autumn term 2026.')).toBe(false);
  });
});
