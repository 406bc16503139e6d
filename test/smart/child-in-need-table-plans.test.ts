import { checkPlan, readTextPlan } from '../../src/smart';

/**
 * A child in need plan as a case system prints it (all fictional): the needs in a paragraph, the
 * views by name, and a table of outcomes and actions with who, by when and a RAG rating.
 */
const POPPY = `# Child in Need Plan

**Children:** Poppy Sutcliffe (4), Alfie Sutcliffe (2)
**Social worker:** Amara Osei
**Team manager:** Lisa Doyle
**CIN review meeting:** 14/01/2027

## Summary of needs

Poppy and Alfie's home has had no working heating since October and the family owe £1,200 in rent arrears. Mum (Gemma) has postnatal depression and finds it hard to get up in the mornings, so Poppy often misses nursery. Alfie has not had his 2-year health review.

## Views

**Gemma:** "I want the kids to be warm and I want to feel like myself again."
**Poppy:** Poppy drew her bedroom and said "it's cold in my bed."

## Plan

| Outcome | Actions | Who | By when | Progress (RAG) |
|---|---|---|---|---|
| The children live in a warm home. | Make a referral to the Warm Homes scheme and chase the landlord about the boiler. | Amara Osei (SW) | 18/12/2026 | Amber - referral made 25/11 |
| Gemma feels well enough to get the children up and out each day. | Gemma to see her GP about her medication and self-refer to Talking Therapies. | Gemma | 11/12/2026 | |
| Poppy attends nursery every morning she is booked in. | Nursery to ring Gemma by 9.30am if Poppy is not in. | Little Acorns Nursery manager | Ongoing | Green |
| Alfie has his 2-year review. | Health visitor to book and complete the review at home. | Health visitor (Claire) | 31/01/2027 | |
| The family's rent arrears are reduced. | Gemma and the family support worker to meet the housing officer and agree a repayment plan. | Gemma / FSW | 08/01/2027 | Red - meeting cancelled |

## Agreement

Agreed at the CIN meeting on 26/11/2026 by Gemma Sutcliffe, Amara Osei, the health visitor and the nursery manager.
`;

const checks = () =>
  Object.fromEntries(
    checkPlan(readTextPlan(POPPY, 'markdown')).checks.map((c) => [c.id, c] as const),
  );

describe('a child in need plan printed by a case system', () => {
  it("counts a child's words said while drawing as the child's own words", () => {
    expect(checks()['child-words'].met).toBe(true);
  });

  it("answers a missed health review with the row that books the child's review", () => {
    expect(checks()['worries-answered'].met).toBe(true);
  });
});
