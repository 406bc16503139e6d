import { checkPlan, readTextPlan } from '../../src/smart';

/**
 * Plans as Scottish and Welsh councils set them out, typed as plain lines (all fictional). A
 * Scottish child's plan puts its outcomes and actions under each wellbeing indicator ("Wellbeing:
 * Safe"), each with its "Desired outcome:"; a Welsh care and support plan opens with what matters
 * to the child and to the family, in their words, then the personal outcomes and who does what.
 */
const LEWIS = `Child's Plan (Child Protection)
Named Person: Mrs Fiona Kerr, Head Teacher
Lead Professional: Callum Reid, Social Worker
Date of review Child Protection Planning Meeting: 17/02/2027

Reason for this plan
Lewis has missed 14 health appointments this year and his dental pain has not been treated. Mum (Kirsty) has told us she is drinking most evenings.

What Kirsty says
Kirsty says she wants help to get back on track.

Wellbeing: Safe
Desired outcome: Lewis is cared for by a sober adult every evening and overnight.
Kirsty will not drink alcohol when she is caring for Lewis, checked at each core group.

Wellbeing: Healthy
Kirsty will take Lewis to the dentist for treatment by 31/03/2027.
`;

const NIA = `Care and Support Plan
Child: Nia Pritchard (13)
Review date: 24/02/2027

What matters to me
I want to stay living with Nain.

What matters to Nain (Mrs Glenys Pritchard)
She wants Nia to feel safe and to have a normal life.

Personal outcomes
1. I will be back in school full time by Easter.

Who will do what
Owain Lloyd - arrange a part-time timetable with the school by 15/01/2027.
`;

const texts = (plan: string) =>
  checkPlan(readTextPlan(plan)).objectives.map((v) => v.objective.text);
const checks = (plan: string) =>
  Object.fromEntries(checkPlan(readTextPlan(plan)).checks.map((c) => [c.id, c] as const));

describe("a Scottish child's plan typed as plain lines", () => {
  it('finds the outcomes and actions under each wellbeing indicator, after the parent’s views', () => {
    expect(texts(LEWIS)).toEqual([
      'Lewis is cared for by a sober adult every evening and overnight.',
      'Kirsty will not drink alcohol when she is caring for Lewis, checked at each core group.',
      'Kirsty will take Lewis to the dentist for treatment by 31/03/2027.',
    ]);
  });

  it("counts what Kirsty says as a parent's views, not the child's", () => {
    const c = checks(LEWIS);
    expect(c['parent-views'].met).toBe(true);
    expect(c['parent-views'].evidence?.text).toBe('What Kirsty says');
    expect(c['child-views'].met).toBe(false);
  });

  it('reads the review planning meeting as the next review', () => {
    expect(checks(LEWIS)['review-date'].met).toBe(true);
    expect(checks(LEWIS)['review-date'].evidence?.text).toMatch(/^Date of review Child Protection/);
  });

  it("leaves an EHC plan's needs under an area as needs, not objectives", () => {
    const plan = `Education, Health and Care Plan
Section B: Special educational needs
Area: Communication and interaction
- Freya needs adults to give one instruction at a time.
- Freya finds it hard to take turns in a conversation.
Section E: Outcomes
- Freya will follow a three-step instruction in class by July 2027.
`;
    const outcomes = ['Freya will follow a three-step instruction in class by July 2027.'];
    expect(texts(plan)).toEqual(outcomes);
    // The same plan with heading styles, as Word holds it.
    const styled = plan.replace(/^(Section|Area)/gm, (w) =>
      w === 'Area' ? '### Area' : '## Section',
    );
    const read = checkPlan(readTextPlan(styled, 'markdown'));
    expect(read.objectives.map((v) => v.objective.text)).toEqual(outcomes);
  });

  it('leaves the worries under an area of the worries as worries, not objectives', () => {
    const plan = `Child Protection Plan
What are we worried about?
Area: Home conditions
- The kitchen floor is covered in rubbish and the baby will crawl on it.
- There is no working smoke alarm.
What needs to happen
- Mum will clear the kitchen floor every day, checked by the family support worker at each visit.
`;
    expect(texts(plan)).toEqual([
      'Mum will clear the kitchen floor every day, checked by the family support worker at each visit.',
    ]);
  });
});

describe('a Welsh care and support plan', () => {
  it("counts what matters to the child, in the child's words, as the child's views and own words", () => {
    const c = checks(NIA);
    expect(c['child-views'].met).toBe(true);
    expect(c['child-views'].evidence?.text).toBe('What matters to me');
    expect(c['child-words'].met).toBe(true);
  });

  it('counts what matters to a grandparent caring for the child as the carers’ views', () => {
    expect(checks(NIA)['parent-views'].met).toBe(true);
    expect(checks(NIA)['parent-views'].evidence?.text).toMatch(/^What matters to Nain/);
  });

  it('reads "Who will do what" as a title, and each "who - what" line under it as a task', () => {
    expect(texts(NIA)).toEqual([
      'I will be back in school full time by Easter.',
      'Owain Lloyd - arrange a part-time timetable with the school by 15/01/2027.',
    ]);
  });
});
