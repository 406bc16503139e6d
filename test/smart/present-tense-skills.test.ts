/**
 * School targets written in the present tense ("Lucas demonstrates turn-taking …") state a skill
 * shown, an outcome. Probes written for this, not from a labelled set: a first name ending in
 * "-s" had been read as a plural noun ("Visits", "Checks"), so "Lucas demonstrates" had no
 * subject, and a small group game in it read as a group attended.
 */
import { analyse } from '../../src/smart/analyse';
import { checkObjectiveText } from '../../src/smart';

const today = new Date(2026, 11, 1);
const outcome = (text: string) => checkObjectiveText(text, { today }).criteria.outcome.met;
const subjectKind = (text: string) => analyse(text, { today }).clauses[0]?.subject.kind;

describe('a first name ending in "s" before a present-tense verb', () => {
  it.each([
    'Lucas demonstrates turn-taking in a game with two peers on 3 out of 4 occasions by July 2027.',
    'James shows awareness of danger near roads on 4 out of 5 walks by July 2027.',
    'Louis reads 20 words a minute from a book at his level by the end of the spring term.',
  ])('reads the child as the subject of "%s"', (text) => {
    expect(subjectKind(text)).toBe('child');
    expect(outcome(text)).toBe(true);
  });

  it('keeps a plural noun or "Status" at the start a noun, not a name', () => {
    expect(subjectKind('Visits continue every week at the contact centre.')).not.toBe('child');
    expect(subjectKind('Status remains unchanged until the review.')).not.toBe('child');
  });
});
