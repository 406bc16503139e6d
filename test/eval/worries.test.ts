/**
 * The pairing of worries with objectives, scored on the labelled plans in test/worries. The
 * floors hold today's figures so a change that makes the pairing worse fails; the goal in the
 * README (0.85 precision and recall on the blind plans) is not reached yet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureWorryPairing, type LabelledPlan } from '../../src/cli/worry-metrics';

function load(set: string) {
  const dir = join(__dirname, '..', 'worries', set);
  return readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPlan)
    .map((labels) => ({
      labels,
      markdown: readFileSync(join(dir, 'plans', `${labels.plan}.md`), 'utf8'),
    }));
}

const FLOORS = {
  tune: { plans: 25, precision: 0.48, recall: 0.42, links: 0.6 },
  // A second tune set, written later by another hand in more layouts (worries in prose, "What
  // needs to change" before the objectives, goals before the worries).
  tune2: { plans: 20, precision: 0.3, recall: 0.55, links: 0.48 },
  blind: { plans: 25, precision: 0.26, recall: 0.4, links: 0.5 },
};

describe.each(Object.entries(FLOORS))('worry pairing on the %s plans', (set, floor) => {
  const m = measureWorryPairing(load(set));
  it(`reads ${floor.plans} labelled plans and finds almost every labelled worry`, () => {
    expect(m.plans).toBe(floor.plans);
    expect(m.worriesMissed).toBeLessThan(20);
  });
  it(`warns about unanswered worries with precision >= ${floor.precision} and recall >= ${floor.recall}`, () => {
    expect(m.unanswered.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(m.unanswered.recall).toBeGreaterThanOrEqual(floor.recall);
  });
  it(`links worries to objectives with F1 >= ${floor.links}`, () => {
    expect(m.links.f1).toBeGreaterThanOrEqual(floor.links);
  });
});
