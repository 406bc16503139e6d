/**
 * Two kinds of plan read as a social worker would read them: a family group conference's own
 * plan, written by the family, and a young carer's support plan. Fictional families.
 */
import { checkPlan, readTextPlan } from '../../src/smart';

const TODAY = new Date('2026-12-06T10:00:00');

const FGC = `Family Group Conference – Family Plan
Child: Tobi Adeyemi (6)

What the family is worried about
- Tobi moving between houses every week.
- Tobi missing school (he missed 9 days in November).

Our family plan
1. Tobi will live with Auntie Bisi and Uncle Kunle from 28/11/2026 until Funmi is well enough to have him home.
2. Uncle Kunle will drive Tobi to Hill Lane Primary every school day and Auntie Bisi will collect him at 3.15pm.
3. Auntie Bisi will take Tobi to his asthma review at the GP on 10/12/2026.
4. Rachel will ask the school to send Bisi Tobi's attendance every Friday.

Review
We will review the plan at a family meeting on 20/01/2027.
`;

const checks = (text: string) =>
  Object.fromEntries(
    checkPlan(readTextPlan(text), { today: TODAY }).checks.map((c) => [c.id, c] as const),
  );

describe("a family group conference's own plan", () => {
  it('answers "moving between houses every week" with where the child will live', () => {
    expect(checks(FGC)['worries-answered'].met).toBe(true);
  });

  it("goes to the plan's review, not the child's asthma review at the GP", () => {
    const review = checks(FGC)['review-date'];
    expect(review.met).toBe(true);
    expect(review.evidence?.text).toContain('family meeting');
  });
});

const YOUNG_CARER = `Young Carer's Support Plan
Young carer: Jordan Price (13)

My support plan
- Asha will help Mum apply for a cooking and shopping support package by 18/12/2026.
- Jordan will go to the young carers' group at the Carers Hub every Thursday, 4-6pm, from January.

Review
Asha will meet Jordan and Mum again on 15/01/2027 to see how the plan is going.
`;

describe("a young carer's support plan", () => {
  it('does not call a support package applied for an unnamed service', () => {
    const [first] = checkPlan(readTextPlan(YOUNG_CARER), { today: TODAY }).objectives;
    expect(first.findings.map((f) => f.ruleId)).not.toContain('specific/generic-service');
  });

  it('takes the date under "Review" as the next review', () => {
    expect(checks(YOUNG_CARER)['review-date'].met).toBe(true);
  });
});
