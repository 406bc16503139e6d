/**
 * School targets written in the present tense ("Lucas demonstrates turn-taking …") state a skill
 * shown, an outcome. Probes written for this, not from a labelled set: a first name ending in
 * "-s", "-ed", "-ly", "-al", "-ic", "-ive" or "-ary" ("Lucas", "Mohammed", "Lily", "Jamal",
 * "Eric", "Olive", "Mary") had been read as a noun, adjective or adverb ("Visits", "Supervised",
 * "Weekly"), so "Lucas demonstrates" had no subject.
 */
import { analyse } from '../../src/smart/analyse';
import { metOn } from '../helpers/verdict-letters';

const today = new Date(2026, 11, 1);
const outcome = metOn('outcome');
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

  // Names that end as an adjective, an adverb or a past participle would ("-ed", "-ly", "-ic").
  it.each(['Mohammed', 'Ahmed', 'Lily', 'Emily', 'Olly', 'Eric', 'Olive', 'Mary', 'Jamal'])(
    'reads %s as the child before "knows"',
    (name) => {
      const text = `By the end of Year 1, ${name} knows all 44 phonics sounds, as checked by the teacher in the phonics screening check.`;
      expect(subjectKind(text)).toBe('child');
      expect(outcome(text)).toBe(true);
    },
  );

  it('keeps a plural noun or "Status" at the start a noun, not a name', () => {
    expect(subjectKind('Supervised contact happens every Saturday at the centre.')).not.toBe(
      'child',
    );
    expect(subjectKind('Usually attends school on time.')).not.toBe('child');
    expect(subjectKind('Visits continue every week at the contact centre.')).not.toBe('child');
    expect(subjectKind('Status remains unchanged until the review.')).not.toBe('child');
  });
});
