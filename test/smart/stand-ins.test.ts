/**
 * Goal banks and templates write a stand-in where the child's name will go ("[Child] to be ready
 * for school", "XX will", "The young person will", "YP to", "The service user will"). A stand-in names the child as
 * well as a name does, so every objective of our labelled sets whose subject is a child's name
 * is checked again with stand-ins in its place, and each letter's verdict must stay as it was.
 */
import { checkObjectiveText } from '../../src/smart';
import { childNamed } from '../helpers/child-named';
import { changedVerdicts } from '../helpers/verdict-letters';

const STAND_INS = [
  '[Child]',
  '[child’s name]',
  '[Name]',
  'XX',
  'Y',
  'YP',
  'The young person',
  'The child',
  'Pupil',
  '[student]',
  // A letter in brackets where the name goes, as statements of SEN print it.
  '[N]',
  '[X]',
  // A social care and probation service's word for the one person a plan is for.
  'The service user',
  'Service User',
  // Health and early years plans name the child by age (set X's tune half).
  'The infant',
  'The toddler',
];

const objectives = childNamed();

describe('a stand-in for the child’s name', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(50);
  });

  it.each(STAND_INS)('leaves every verdict as it was with "%s" for the name', (standIn) => {
    expect(
      changedVerdicts(
        objectives,
        (o) => o.text,
        (o) => `${standIn} ${o.modal} ${o.rest}`,
      ),
    ).toEqual([]);
  });
});

// A goal bank's letter for the pupil ("S will give CP the picture") after a fronted phrase in two
// parts, as PECS and IEP goals open (set W's tune half).
describe('a stand-in after a fronted phrase in two parts', () => {
  it.each(['S', 'XX', '[Name]'])('leaves every verdict as it was with "%s"', (standIn) => {
    expect(
      changedVerdicts(
        objectives,
        (o) => `${standIn} ${o.modal} ${o.rest}`,
        (o) =>
          `Upon seeing the item, and with a picture of that item in reach, ${standIn} ${o.modal} ${o.rest}`,
      ),
    ).toEqual([]);
  });
});

// A court order's "shall" after a bracketed letter: "[X] shall live with the Father" (set AB).
describe('a bracketed letter before "shall"', () => {
  it('names the child, as "[X] will" does', () => {
    const verdict = checkObjectiveText('[X] shall live with her father from 1 March 2027.', {
      today: new Date(2026, 11, 1),
    });
    expect(verdict.criteria.specific.met).toBe(true);
    expect(verdict.criteria.outcome.met).toBe(true);
  });

  it('takes an editor\'s name for the child ("[Little T]") for a name, not a gap', () => {
    const verdict = checkObjectiveText('[Little T] will say two to three words by March 2027.', {
      today: new Date(2026, 11, 1),
    });
    expect(verdict.criteria.specific.findings).toEqual([]);
    expect(verdict.criteria.outcome.met).toBe(true);
  });
});
