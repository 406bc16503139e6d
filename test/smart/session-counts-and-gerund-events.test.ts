/**
 * Readings learnt from set AL's read half, written as our own fictional objectives: a count
 * within a therapy session is how often, a gerund names a crisp event as its verb does, and
 * "facilitate" is what the adults do.
 */
import { checkObjectiveText } from '../../src/smart/check';

const TODAY = new Date('2026-12-06T10:00:00');
const verdict = (text: string) => checkObjectiveText(text, { today: TODAY });
const ruleIds = (text: string) => verdict(text).findings.map((f) => f.ruleId);

describe('a count within a session', () => {
  it.each([
    'Ava will ask a peer to join her game, 3x during a 40-minute session, given one verbal prompt.',
    'Ava will ask a peer to join her game 4 times during a 30-minute group session.',
    'Ava will name what she wants twice in each lesson, with a picture prompt.',
  ])('is how often, as "per session" is: %s', (text) => {
    expect(ruleIds(text)).not.toContain('timely/no-timescale');
  });

  it('needs the session, not just a number of times', () => {
    expect(ruleIds('Ava will ask a peer to join her game 3 times.')).toContain(
      'timely/no-timescale',
    );
  });
});

describe('a crisp event written as a gerund', () => {
  it.each([
    'enrolling your children in nursery',
    'getting your licence',
    'buying a car before the baby is born',
  ])('is done or not, which anyone can check: %s', (text) => {
    expect(ruleIds(text)).not.toContain('measurable/no-measure');
  });

  it('is not a vague aim made crisp', () => {
    expect(ruleIds('getting on better with your children')).toContain('measurable/no-measure');
  });
});

describe('"facilitate"', () => {
  it('opening a goal is what the adults do, not a change for the child', () => {
    expect(ruleIds('Facilitate positive family time for Mia and her mum.')).toContain(
      'outcome/action-only',
    );
  });
});
