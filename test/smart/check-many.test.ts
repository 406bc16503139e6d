/**
 * A plan's objectives are checked one pass at a time over them all (checkObjectives), for speed.
 * That must never change a verdict: each must be what checking the objective on its own gives.
 */
import { checkObjective, checkObjectives } from '../../src/smart/check';
import type { Objective } from '../../src/smart/types';
import { labelledTexts } from '../helpers/labelled-texts';

const asObjective = (text: string, i: number): Objective => ({
  id: `line-${i + 1}`,
  text,
  location: { kind: 'line', line: i + 1 },
  parts: [],
});

describe('checking many objectives at once', () => {
  it('gives every labelled objective the verdict it has on its own', () => {
    const objectives = labelledTexts().map(asObjective);
    expect(objectives.length).toBeGreaterThan(8000);
    // One day for both: a run across midnight would otherwise count "how far off" from two days.
    const options = { today: new Date(2026, 11, 1) };
    const together = checkObjectives(objectives, options);
    objectives.forEach((objective, i) => {
      expect(together[i]).toEqual(checkObjective(objective, options));
    });
  });

  it('reads each objective for the day it is checked for, with table parts kept', () => {
    const objectives: Objective[] = [
      {
        id: 't0r1',
        text: 'Amy will attend every dental appointment. Who: Mum. By when: 30/06/2026',
        location: { kind: 'line', line: 1 },
        parts: [
          { role: 'action', start: 0, end: 40 },
          { role: 'who', start: 42, end: 50 },
          { role: 'when', start: 52, end: 72 },
        ],
      },
      asObjective('Mum will take Amy to the dentist by 30/06/2026, as recorded by the dentist.', 1),
    ];
    for (const today of [new Date(2026, 0, 1), new Date(2026, 11, 1)]) {
      const together = checkObjectives(objectives, { today });
      objectives.forEach((objective, i) =>
        expect(together[i]).toEqual(checkObjective(objective, { today })),
      );
    }
    // The date has passed by December: the verdicts above really were for different days.
    expect(checkObjectives(objectives, { today: new Date(2026, 11, 1) })[1].findings).not.toEqual(
      checkObjectives(objectives, { today: new Date(2026, 0, 1) })[1].findings,
    );
  });
});
