/**
 * Two more kinds of plan read as their users would: a disabled child's child in need plan, with
 * short breaks, and a referral order contract in the young person's words. Fictional families.
 */
import { checkPlan, readTextPlan } from '../../src/smart';
import { checkObjectiveText } from '../../src/smart/check';

const TODAY = new Date('2026-12-06T10:00:00');

const ruleIds = (text: string) =>
  checkObjectiveText(text, { today: TODAY }).findings.map((f) => f.ruleId);

const checks = (text: string) =>
  Object.fromEntries(
    checkPlan(readTextPlan(text), { today: TODAY }).checks.map((c) => [c.id, c] as const),
  );

const SHORT_BREAKS = `Child in Need Plan
Child: Harvey Quinn (8)

What Harvey says
Harvey used his eye-gaze board to tell Gemma he likes swimming and the sensory room at school.

What Mum and Dad say
"We love Harvey to bits but we're running on empty. We need some nights off."

Outcome 2: Mum and Dad get regular breaks from caring
- Gemma will present Harvey's short breaks request at the Resource Panel on 10/12/2026.
- Harvey will stay at Oakfield short breaks unit for 2 nights a month from January 2027, if agreed by panel.
- School nurse to make sure all staff who work with Harvey are trained in his rescue medication by 08/01/2027.

Review
CIN review meeting: 02/03/2027.
`;

describe("a disabled child's child in need plan", () => {
  it('counts short breaks of 2 nights a month as how often, which is measurable', () => {
    expect(
      ruleIds(
        'Harvey will stay at Oakfield short breaks unit for 2 nights a month from January 2027.',
      ),
    ).not.toContain('measurable/no-measure');
    // A stay of a length, with no "a month", is still no measure.
    expect(
      ruleIds('Harvey will stay at Oakfield short breaks unit for 2 nights from January 2027.'),
    ).toContain('measurable/no-measure');
  });

  it('does not call "staff who work with Harvey" a vague task', () => {
    const nurse = checkPlan(readTextPlan(SHORT_BREAKS), { today: TODAY }).objectives.find((o) =>
      o.objective.text.includes('who work with Harvey'),
    );
    expect(nurse?.findings.map((f) => f.ruleId)).toBeDefined();
    expect(nurse?.findings.map((f) => f.ruleId)).not.toContain('specific/vague-verb');
  });

  it('does not take a panel that may agree the funding as agreement to the plan', () => {
    expect(checks(SHORT_BREAKS).agreement.met).toBe(false);
    const signed = `${SHORT_BREAKS}\nSigned: Leanne Quinn, Craig Quinn, Gemma Shaw\n`;
    expect(checks(signed).agreement.evidence?.text).toContain('Leanne Quinn');
  });

  it("does not take the parents' words for the child's own", () => {
    expect(checks(SHORT_BREAKS)['child-words'].met).toBe(false);
  });
});

const REFERRAL_ORDER = `Referral Order Contract
Young person: Liam Carter (15)

What I agree to do
1. I will write a letter of apology to the bus company, with help from Ben, by 05/01/2027.
2. I will take part in 6 sessions about the consequences of offending and peer pressure by 28/02/2027.

What the YJS will do
- Ben will make a referral to the YJS speech and language therapist by 15/12/2026.
- The YJS will support Mum with parenting.

Progress reviews
The panel will meet again on 09/03/2027 to review Liam's progress.
`;

describe('a referral order contract', () => {
  const plan = () => checkPlan(readTextPlan(REFERRAL_ORDER), { today: TODAY });

  it('counts 6 sessions taken part in, as it counts 6 sessions attended', () => {
    const sessions = plan().objectives.find((o) => o.objective.text.includes('6 sessions'));
    expect(sessions?.findings.map((f) => f.ruleId)).not.toContain('measurable/no-measure');
  });

  it('reads "What the YJS will do" as a title over the service\'s own actions', () => {
    const texts = plan().objectives.map((o) => o.objective.text);
    expect(texts).not.toContain('What the YJS will do');
    expect(texts).toHaveLength(4);
  });

  it('takes the panel meeting again under "Progress reviews" as the next review, not an objective', () => {
    const review = checks(REFERRAL_ORDER)['review-date'];
    expect(review.met).toBe(true);
    expect(review.evidence?.text).toContain('09/03/2027');
    expect(
      plan()
        .objectives.map((o) => o.objective.text)
        .join(' '),
    ).not.toContain('meet again');
  });
});
