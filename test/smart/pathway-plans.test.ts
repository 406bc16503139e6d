import { checkPlan, readTextPlan } from '../../src/smart';
import { isPathwayPlan } from '../../src/smart/plan-kinds';
import { ONE_WORRY_PLAN } from '../helpers/short-plans';

/**
 * A young person's pathway plan (all fictional) is set out by the areas of their life, as the
 * care leavers' regulations list them, not by worries: the checklist asks for the areas it leaves
 * out, and does not ask it to name worries.
 */
const checksOf = (markdown: string) =>
  Object.fromEntries(
    checkPlan(readTextPlan(markdown, 'markdown')).checks.map((c) => [c.id, c] as const),
  );

const KYLE = `# Pathway Plan – Kyle Bennett (17)

**Personal adviser:** Joanne Lee   **Review date:** 14 March 2027

## My education, training and employment
- I will go to college every Monday, Tuesday and Thursday and keep my attendance above 90%.
- Joanne will help me apply for at least 3 apprenticeships before the end of April 2027.

## Where I live
- I will learn to budget and cook 3 meals a week with my key worker at Ashgrove supported lodgings.

## Health
- Register with a dentist by 31 January 2027.

## My views
"I want my own flat near my sister."
`;

describe('a pathway plan', () => {
  it('is known by its title, not by a mention further down', () => {
    expect(isPathwayPlan(['Pathway Plan – Kyle Bennett (17)'])).toBe(true);
    expect(isPathwayPlan(['MY PATHWAY PLAN', 'Name: Amira'])).toBe(true);
    const childProtection = [
      'Child protection plan: Leo Marsh',
      ...Array.from({ length: 10 }, (_, i) => `Item ${i}.`),
      'Leo will have a pathway plan when he is 16.',
    ];
    expect(isPathwayPlan(childProtection)).toBe(false);
  });

  it('names the areas it says nothing about, and is not asked for worries', () => {
    const checks = checksOf(KYLE);
    expect(checks['pathway-areas'].met).toBe(false);
    expect(checks['pathway-areas'].message).toMatch(
      /says nothing yet about 2: what happens if the plan stops working; identity \(faith, culture and language\)\.$/,
    );
    expect(checks['worries-answered']).toBeUndefined();
  });

  it('is met once each area has a line, and still asks about worries it names', () => {
    const checks = checksOf(
      `${KYLE}
## Who I am
- Kyle will go to Irish dancing every Friday to stay close to his Irish culture, as he asked.

## Plan B
- If the lodgings break down, the leaving care team will find Kyle a room the same day.

## What we are worried about
- Kyle has been offered cannabis by older boys at the hostel.
`,
    );
    expect(checks['pathway-areas'].met).toBe(true);
    expect(checks['worries-answered']).toBeDefined();
  });

  it('leaves other plans without the check', () => {
    const checks = checksOf(ONE_WORRY_PLAN);
    expect(checks['pathway-areas']).toBeUndefined();
    expect(checks['worries-answered']).toBeDefined();
  });

  it('names who it is for as the plan does: the young person, not the child', () => {
    const checks = checksOf(KYLE);
    expect(checks['child-views'].label).toBe("Young person's views");
    expect(checks['child-words'].label).toBe("The young person's own words");
    expect(checks['child-words'].message).toBe("The young person's own words are quoted once.");
    expect(checks.agreement.message).toBe(
      'Record who agreed the plan (the family, the young person and the professionals), or their signatures.',
    );
    // Any other plan is a child's.
    const other = checksOf(ONE_WORRY_PLAN);
    expect(other['child-views'].label).toBe("Child's views");
    expect(other['child-words'].label).toBe("The child's own words");
  });

  it("does not ask a care leaver's plan for the parents' views", () => {
    expect(checksOf(KYLE)['parent-views']).toBeUndefined();
    expect(checksOf(ONE_WORRY_PLAN)['parent-views']).toBeDefined();
  });
});
