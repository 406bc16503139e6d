import { checkPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/**
 * A child protection plan on a council's form, found by trial: the form asks agreement with
 * tick boxes, and its question ("Do the parents agree with the plan?") said "agreed" whatever
 * was ticked (fictional).
 */
function formPlan(agreement: string): string[] {
  return [
    'CHILD PROTECTION PLAN',
    'Name of child: Ruby-Mae Fenton',
    'Date of review child protection conference: 11/02/2027',
    "Has the child's view been included in the plan?  Yes ☒  No ☐",
    agreement,
    '',
    'What are we worried about?',
    'Ruby-Mae often arrives at school hungry and in dirty clothes.',
    '',
    'What needs to change?',
    '1. Ruby-Mae will arrive at school fed and in clean clothes every day, as checked by her class teacher each morning until the review conference.',
  ];
}

const check = (lines: string[], id: string) =>
  checkPlan(planOf(lines), { today: new Date(2026, 11, 1) }).checks.find((c) => c.id === id);

describe('a plan form asked with tick boxes', () => {
  it('a ticked No records the disagreement as well as the answer', () => {
    const lines = formPlan('Do the parents agree with the plan?  Yes ☐  No ☒');
    expect(check(lines, 'agreement')).toMatchObject({
      met: true,
      evidence: { text: 'Do the parents agree with the plan? No' },
    });
    expect(check(lines, 'disagreement')).toMatchObject({ met: true });
  });

  it('a ticked Yes records agreement, with no disagreement to explain', () => {
    const lines = formPlan('Do the parents agree with the plan?  ☒ Yes  ☐ No');
    expect(check(lines, 'agreement')?.met).toBe(true);
    expect(check(lines, 'disagreement')?.message).toBe(
      'The plan records agreement and no disagreement, so there is none to explain.',
    );
  });

  it('a view that differs, said without "disagree", is still to be recorded as one', () => {
    const lines = [
      ...formPlan('Do the parents agree with the plan?  ☒ Yes  ☐ No'),
      "Parents' views",
      'Shelley does not think she drinks too much.',
    ];
    expect(check(lines, 'disagreement')?.met).toBe(false);
  });

  it('with agreement asked and not answered, disagreement is still asked for', () => {
    const lines = formPlan('Do the parents agree with the plan?  Yes ☐  No ☐');
    expect(check(lines, 'disagreement')?.met).toBe(false);
  });

  it('a question with no box ticked is no agreement, and says so', () => {
    const lines = formPlan('Do the parents agree with the plan?  Yes ☐  No ☐');
    const agreement = check(lines, 'agreement');
    expect(agreement?.met).toBe(false);
    expect(agreement?.message).toMatch(/is not answered yet/);
  });

  it("a ticked box asking about the child's views is not the views themselves", () => {
    const lines = formPlan('Do the parents agree with the plan?  Yes ☒  No ☐');
    expect(check(lines, 'child-views')?.met).toBe(false);
  });
});

describe("a form's signature block", () => {
  const plan = (...signatures: string[]) => [
    'Child protection plan for Ruby-Mae Fenton',
    'What needs to change?',
    '1. Ruby-Mae will arrive at school fed and in clean clothes every day, as checked by her class teacher each morning until the review conference.',
    '',
    ...signatures,
  ];

  it('left blank records no agreement', () => {
    const lines = plan(
      'Signatures',
      "Parent's signature: ________________________  Date: ____________",
      'Signature of social worker: ………………………  Date: ……………',
    );
    expect(check(lines, 'agreement')?.met).toBe(false);
  });

  it.each([
    'The plan for permanence will be agreed at the second review.',
    'The plan is to be signed by both parents at the next core group.',
    'The contact arrangements have not yet been agreed by the court.',
  ])('an agreement still to come records none: %s', (line) => {
    expect(check(plan(line), 'agreement')?.met).toBe(false);
  });

  it('an agreement made records it: The plan was agreed at the core group on 12/11/2026.', () => {
    expect(
      check(plan('The plan was agreed at the core group on 12/11/2026.'), 'agreement')?.met,
    ).toBe(true);
  });

  it('signed records agreement', () => {
    const lines = plan("Parent's signature: Shelley Fenton  Date: 12/11/2026");
    expect(check(lines, 'agreement')?.met).toBe(true);
  });

  it('as a table with the names typed in records agreement; with its rows empty it does not', () => {
    const table = (row: string) => [
      '| Name | Role | Signature | Date |',
      '| --- | --- | --- | --- |',
      row,
    ];
    const named = planOf(plan(...table('| Shelley Fenton | Mother | | 12/11/2026 |')), 'markdown');
    const blank = planOf(plan(...table('| | | | |')), 'markdown');
    const agreement = (doc: ReturnType<typeof planOf>) =>
      checkPlan(doc, { today: new Date(2026, 11, 1) }).checks.find((c) => c.id === 'agreement');
    expect(agreement(named)?.met).toBe(true);
    expect(agreement(blank)?.met).toBe(false);
  });
});
