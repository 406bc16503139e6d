/**
 * Plans often time a whole section in its heading ("Short-term steps (by July 2027)"): the items
 * under it are not told to add a date.
 */
import { checkPlan, readTextPlan } from '../../src/smart';

describe("a section heading's deadline", () => {
  const items = (heading: string) =>
    checkPlan(
      readTextPlan(
        [
          `## ${heading}`,
          '- Finn will take 3 turns in a conversation with an adult on 4 out of 5 occasions, as recorded by his TA.',
        ].join('\n'),
        'markdown',
      ),
      { today: new Date('2026-12-04T10:00:00') },
    ).objectives[0].criteria.timely.met;

  it.each([
    ['Short-term steps (by July 2027)', true],
    ['Outcomes to be achieved by the next annual review', true],
    ['Outcomes for the next 6 weeks', true],
    // The date a meeting agreed the actions is not when they are due.
    ['Actions agreed at conference on 3 November 2026', false],
    ['Short-term steps', false],
  ])('"%s" times the items under it: %s', (heading, timed) => {
    expect(items(heading)).toBe(timed);
  });
});
