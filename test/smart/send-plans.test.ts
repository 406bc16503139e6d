import { checkPlan, readTextPlan } from '../../src/smart';
import { isPathwayPlan, isSendPlan } from '../../src/smart/plan-kinds';
import { ONE_WORRY_PLAN } from '../helpers/short-plans';

/**
 * Plans for a child's special educational needs (all fictional): an EHC plan sets out needs in
 * Section B and outcomes in Section E, an IEP needs and targets. The checklist pairs each need
 * with the outcome that meets it, in those words, not a child protection plan's worries.
 */
const worriesCheck = (markdown: string) =>
  checkPlan(readTextPlan(markdown, 'markdown')).checks.find((c) => c.id === 'worries-answered');

const OLIVER = `# Education, Health and Care Plan – Oliver Grant

**Date of plan:** 1 December 2026. **Annual review:** 8 July 2027.

## Section A: The views, interests and aspirations of Oliver and his parents
Oliver says: "I like Lego and I don't like it when it's noisy."

## Section B: Special educational needs
- Oliver finds it hard to take turns in conversation and often talks over others.
- Oliver becomes very anxious when the routine changes and may leave the classroom.
- Oliver's handwriting is slow and he tires quickly when writing.

## Section E: Outcomes
- By July 2027, Oliver will hold a conversation of 4 or more turns with a familiar adult on 4 out of 5 occasions, as recorded by his TA.
- By July 2027, Oliver will use his visual timetable to move between activities on his own on 4 out of 5 days, as recorded by his TA.
`;

describe('the kind of plan, from its title', () => {
  it('knows an EHC plan, a SEN support plan and an IEP', () => {
    expect(isSendPlan(['Education, Health and Care Plan – Section E: Outcomes'])).toBe(true);
    expect(isSendPlan(['SEN Support Plan (Individual Education Plan)'])).toBe(true);
    expect(isSendPlan(["Noah's IEP", 'Year 2'])).toBe(true);
  });

  it('does not take another plan that names one in its details for one', () => {
    const childInNeed = ['Child in need plan: Amelia Hughes', 'SEN status: EHCP since 2025'];
    expect(isSendPlan(childInNeed)).toBe(false);
    const cared = ['Care plan: Tyler (15)', 'Next pathway plan review: 28/05/2027'];
    expect(isPathwayPlan(cared)).toBe(false);
  });
});

describe("an EHC plan's needs and outcomes", () => {
  it("reads Section B's needs and pairs each with the outcome that meets it, in the plan's words", () => {
    const check = worriesCheck(OLIVER);
    expect(check?.label).toBe('Every need has an outcome');
    expect(check?.met).toBe(false);
    expect(check?.message).toBe(
      'Nothing in the plan meets 1 of 3 needs: "Oliver\'s handwriting is slow and he tires quickly when writing.".',
    );
  });

  it('asks for the needs when the plan sets out only its outcomes', () => {
    const sectionE = OLIVER.replace(/## Section B[\s\S]*?(?=## Section E)/, '');
    expect(worriesCheck(sectionE)?.message).toMatch(
      /^The plan does not set out the child's needs: list them \(in an EHC plan, Section B/,
    );
  });

  it('leaves a child protection plan asking about worries', () => {
    const check = worriesCheck(ONE_WORRY_PLAN);
    expect(check?.label).toBe('Every worry has an objective');
    expect(check?.message).toBe('The one worry the plan names has an objective that answers it.');
  });
});

describe("an EHC plan's checklist speaks of the plan, not of risk", () => {
  // Found by trial: an EHC plan with no disagreement recorded was asked what it meant "for the
  // risk to the child", a child protection plan's question.
  it('asks what a disagreement means for the plan', () => {
    const check = checkPlan(readTextPlan(OLIVER, 'markdown')).checks.find(
      (c) => c.id === 'disagreement',
    );
    expect(check?.met).toBe(false);
    expect(check?.message).toBe(
      'Where views differ, record the disagreement and what it means for the plan.',
    );
  });
});

describe("a looked-after child's personal education plan", () => {
  const PEP = `# Personal Education Plan (PEP) – Autumn Term 2026

**Child:** Kayden Walsh (12), Year 7. **Legal status:** Section 31 (full care order)

## Kayden's views
"I like PE and science. Maths is boring and I don't get it."

## Barriers to learning
- Kayden finds it hard to ask for help in maths.
- Kayden walks out of lessons when he is angry.

## SMART targets
- Kayden will use his time-out card instead of leaving the classroom when he is angry, with no more than 1 incident a week on the behaviour log, by February half term.

## Next PEP
Next PEP meeting: 10/03/2027
`;

  it('is read as a plan of needs and targets, not of worries', () => {
    expect(isSendPlan(['Personal Education Plan (PEP) – Autumn Term 2026'])).toBe(true);
    expect(isSendPlan(['PEP – Kayden Walsh'])).toBe(true);
    const check = worriesCheck(PEP);
    expect(check?.label).toBe('Every need has an outcome');
    expect(check?.message).toBe(
      'Nothing in the plan meets 1 of 2 needs: "Kayden finds it hard to ask for help in maths.".',
    );
  });

  it('asks for the barriers to learning when it sets out only its targets', () => {
    const targetsOnly = PEP.replace(/## Barriers to learning[\s\S]*?(?=## SMART targets)/, '');
    expect(worriesCheck(targetsOnly)?.message).toMatch(
      /in a personal education plan, the barriers to learning/,
    );
  });

  it('is not taken for one where another plan names its PEP meeting in its details', () => {
    expect(isSendPlan(['Child in need plan: Amelia Hughes', 'PEP review: 10/03/2027'])).toBe(false);
    expect(isSendPlan(['Child in need plan: Amelia Hughes', 'PEP: up to date'])).toBe(false);
  });
});
