import { checkPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/**
 * A special guardianship support plan, found by trial (fictional): its kinship support worker
 * and the grandparents were introduced under labels the reading did not know, so "Daniel will
 * refer Lacey-Ann …" read as a change in the child rather than the worker's task.
 */
const head = (label: string) => [
  'Special Guardianship Support Plan',
  'Child: Lacey-Ann Doherty (6)   Special guardians: Maureen and Frank Doherty',
  `Local authority: Eastvale Council   ${label}: Daniel Okafor`,
  '',
  'Support to be provided',
];

const outcomeMet = (lines: string[], objective: string) =>
  checkPlan(planOf([...lines, `1. ${objective}`]), { today: new Date(2026, 11, 1) }).objectives[0]
    .criteria.outcome.met;

describe("a support plan's people, as its details introduce them", () => {
  it.each(['Support worker', 'Supervising social worker', 'Link worker', 'Family practitioner'])(
    'reads a "%s" as a professional, whose referral is a task',
    (label) => {
      expect(
        outcomeMet(
          head(label),
          'Daniel will refer Lacey-Ann to the Eastvale Therapeutic Service by 15/01/2027.',
        ),
      ).toBe(false);
    },
  );

  it('reads the special guardians as the family, not the child', () => {
    expect(
      outcomeMet(
        head('Support worker'),
        'Frank will take Lacey-Ann to the Eastvale Therapeutic Service every Tuesday.',
      ),
    ).toBe(false);
  });

  it('still reads the child by name as the child', () => {
    expect(
      outcomeMet(
        head('Support worker'),
        'Lacey-Ann will have dry nights on at least 5 nights out of 7 by the summer holidays, as recorded on her star chart.',
      ),
    ).toBe(true);
  });
});
