import { CARE_PLAN_AREAS, PATHWAY_AREAS, PLACEMENT_PLAN_AREAS } from '../../src/smart/plan-areas';

/** Each area a pathway, care or placement plan sets out is found in its own example line, not in the other. */
describe.each([
  ['pathway plan', PATHWAY_AREAS],
  ['care plan', CARE_PLAN_AREAS],
  ['placement plan', PLACEMENT_PLAN_AREAS],
])('the areas of a %s', (_kind, areas) => {
  for (const area of areas)
    it(area.id, () => {
      expect(area.words.test(area.examples.covers)).toBe(true);
      expect(area.words.test(area.examples.not)).toBe(false);
    });
});
