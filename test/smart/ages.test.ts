/**
 * Real plans put the child's age or date of birth after the name: "Zak (7) will …", "Amy, aged
 * 14, to …", "Leo (DOB 12/03/2019) will …". It says who the child is, not a count to reach or a
 * date to meet, so every objective of our labelled sets whose subject is a child's name is
 * checked again with one, and each letter's verdict and each marked word must stay as they were.
 */
import { childNamed } from '../helpers/child-named';
import { changedVerdicts, markedWords as marked, metOn } from '../helpers/verdict-letters';

const objectives = childNamed();

const AGES: [string, string][] = [
  ['in brackets', ' (7)'],
  ['with "age"', ' (age 7)'],
  ['with what else the plan says of the child', ' (14, autistic)'],
  ['in years and months', ' (2 years and 3 months)'],
  ['as a date of birth', ' (DOB 12/03/2019)'],
  ['between commas', ', aged 7,'],
];

const withAge = (age: string) => (o: { text: string; name: string }) =>
  o.text.replace(o.name, `${o.name}${age}`);

describe("the child's age after the name", () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(90);
  });

  it.each(AGES)('leaves every verdict as it was with the age %s', (_name, age) => {
    expect(changedVerdicts(objectives, (o) => o.text, withAge(age))).toEqual([]);
  });

  it('marks the same words as without the age', () => {
    const changed = objectives
      .filter((o) => marked(o.text).join('|') !== marked(withAge(' (7)')(o)).join('|'))
      .map(withAge(' (7)'));
    expect(changed).toEqual([]);
  });

  it('still counts a number in brackets after a name when it is not an age', () => {
    const verdict = metOn('measurable');
    expect(verdict('Mum will go to Triple P (10 sessions) with Amy.')).toBe(true);
    expect(verdict('Mum will go to Triple P with Amy.')).toBe(false);
  });
});
