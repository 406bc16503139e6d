/**
 * The stages check finds a goal set out over its own dated steps when the goal is a bold line
 * that heads its steps, as young carers' and EHC plans lay out their outcomes. Fictional family.
 */
import { checkPlan, readTextPlan } from '../../src/smart';

const TODAY = new Date(2026, 11, 1);

const outcome = (
  n: number,
) => `**Outcome ${n}: "I want to sleep properly and not help Mum at night (${n})."**
- The young carers worker will refer Mum to adult social care for help at night by 9 February 2027.
- Mum's nurse will arrange an occupational therapy visit for a bed rail by 1 March 2027.`;

const plan = (outcomes: number) =>
  ['# Young carer’s support plan', '', '## My outcomes and what will happen', '']
    .concat(Array.from({ length: outcomes }, (_, i) => outcome(i + 1)).join('\n\n'))
    .join('\n');

describe('an outcome set out over its own dated steps', () => {
  it('is found, and the check goes to the outcome', () => {
    const stages = checkPlan(readTextPlan(plan(1), 'markdown'), { today: TODAY }).checks.find(
      (c) => c.id === 'stages',
    );
    expect(stages?.met).toBe(true);
    expect(stages?.evidence?.text).toMatch(
      /^"I want to sleep properly and not help Mum at night \(1\)/,
    );
  });

  it('is found among hundreds of outcomes, the first named', () => {
    const stages = checkPlan(readTextPlan(plan(400), 'markdown'), { today: TODAY }).checks.find(
      (c) => c.id === 'stages',
    );
    expect(stages?.met).toBe(true);
    expect(stages?.evidence?.text).toMatch(/\(1\)\."$/);
  });
});
