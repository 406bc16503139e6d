import { checkPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/**
 * A council's template has its headings before anyone writes a word: "Child's views" over
 * nothing, or over Word's "Click or tap here to enter text.", had counted as the child's views
 * recorded in every plan made from it (fictional).
 */
const OBJECTIVES = [
  'Plan for Sam Example',
  'Outcomes',
  '- Sam will attend school on 9 out of 10 days, checked by the school each week until March 2027.',
];

const views = (...lines: string[]) => {
  const checks = checkPlan(planOf([...OBJECTIVES, ...lines]), {
    today: new Date(2026, 11, 1),
  }).checks;
  return ['child-views', 'parent-views'].map((id) => checks.find((c) => c.id === id)?.met);
};

describe("a template's views headings", () => {
  it('over nothing record no views', () => {
    expect(views("Child's views", "Parents' views", 'Signatures')).toEqual([false, false]);
  });

  it("over Word's prompt, or with the prompt after the label, record no views", () => {
    expect(
      views(
        "Child's views",
        'Click or tap here to enter text.',
        "Parents' views: Click or tap here to enter text.",
      ),
    ).toEqual([false, false]);
  });

  it('filled in below or after the label record the views', () => {
    expect(
      views(
        "Child's views",
        'Sam says he likes his teacher but not the walk to school.',
        "Parents' views: Mum wants help in the mornings.",
      ),
    ).toEqual([true, true]);
  });
});
