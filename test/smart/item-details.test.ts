/**
 * An item's who and when written on a line of their own beneath it, as many plans do: read with
 * the item, as a table row's Who and By when are, and any addition put at the end of the item.
 */
import { checkObjective, extractObjectives, readTextPlan } from '../../src/smart';
import type { Objective, Suggestion } from '../../src/smart/types';

const TODAY = new Date(2026, 11, 1);

const PLAN = `# Child protection plan

## Plan

- Noah will be referred to the school nurse enuresis clinic.
  - Who: school nurse. When: 27 February 2027.
- Karen will make an appointment with her GP to review her medication.
  - Who: Karen. When: within two weeks.
`;

const applied = (objective: Objective, s: Suggestion) =>
  objective.text.slice(0, s.start) + s.text + objective.text.slice(s.end);

describe("an item's who and when on a line beneath it", () => {
  const objectives = extractObjectives(readTextPlan(PLAN, 'markdown'));

  it('is read with its item, not as an objective of its own', () => {
    expect(objectives.map((o) => o.text)).toEqual([
      'Noah will be referred to the school nurse enuresis clinic. Who: school nurse. When: 27 February 2027.',
      'Karen will make an appointment with her GP to review her medication. Who: Karen. When: within two weeks.',
    ]);
    const [noah] = objectives;
    expect(noah.parts.map((p) => [p.role, noah.text.slice(p.start, p.end)])).toEqual([
      ['other', 'Noah will be referred to the school nurse enuresis clinic.'],
      ['who', 'school nurse'],
      ['when', '27 February 2027'],
    ]);
  });

  it('answers who and by when, and the change for the child is added to the item, not the date', () => {
    const verdict = checkObjective(objectives[0], { today: TODAY });
    expect(verdict.criteria.specific.met).toBe(true);
    expect(verdict.criteria.timely.met).toBe(true);
    const outcome = verdict.findings.find((f) => f.ruleId === 'outcome/action-only');
    expect(outcome?.suggestion).toBeDefined();
    expect(applied(objectives[0], outcome!.suggestion!)).toBe(
      'Noah will be referred to the school nurse enuresis clinic, so that Noah will [what will be different]. Who: school nurse. When: 27 February 2027.',
    );
  });

  it("puts an addition to a table row at the end of the row's objective, not in its By when cell", () => {
    const [row] = extractObjectives(
      readTextPlan(
        `## Outcomes

| What will happen | Who | By when |
|---|---|---|
| Jade will attend the Triple P parenting course | Jade | 31 March 2027 |
`,
        'markdown',
      ),
    );
    const outcome = checkObjective(row, { today: TODAY }).findings.find(
      (f) => f.ruleId === 'outcome/action-only',
    );
    expect(applied(row, outcome!.suggestion!)).toMatch(
      /^Jade will attend the Triple P parenting course, so that \[child\] will \[what will be different\]\. Who: Jade\. By when: 31 March 2027$/,
    );
  });
});
