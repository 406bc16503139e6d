import { checkPlan, readTextPlan } from '../../src/smart';
import { findWorries } from '../../src/smart/worries/find-worries';
import { namesSection } from '../../src/smart/section-titles';

/**
 * Four more kinds of plan typed as plain lines or Markdown (all fictional): a pre-proceedings
 * written agreement in the parent's words, a looked-after child's return home plan, a pre-birth
 * plan set out as Signs of Safety sets one out, and a disabled child's plan with a table.
 */
const AGREEMENT = `Written Agreement (Pre-proceedings)
Brookfield Borough Council – Children's Services

Between: Danielle Hughes (mother) and Brookfield Borough Council
About: Mason Hughes (6) and Lily-Mae Hughes (3)
Social worker: Tom Reid

Why we are worried
The children have been found at home alone twice in October. Mason has missed 31 school sessions this term.

What I agree to do
I, Danielle, agree that:
- I will never leave Mason and Lily-Mae at home without an adult I have told Tom about.
- I will make sure Mason is at school every day and on time, unless he is ill.

What the local authority agrees to do
- Tom will visit at least every two weeks and will see the children alone.

What will happen if this agreement is not kept
If Danielle does not keep to this agreement, the local authority may apply to court for an order.

Review
This agreement will be reviewed at the next pre-proceedings meeting on 08/02/2027.

Signed: Danielle Hughes (mother)   Tom Reid (social worker)
`;

const RETURN_HOME = `Return Home Plan (Reunification)
Child: Kacey Lewis (10)
Currently: in foster care with Sue and Dave Mills (Section 20 since 14/06/2026)
Returning to: Mum, Jodie Lewis
Social worker: Sam Okonkwo

Why Kacey came into care
Kacey came into care after Jodie was admitted to hospital for her mental health in June.

What Kacey thinks
Kacey says she wants to go home "before Christmas if I can".

What Jodie thinks
Jodie wants Kacey home as soon as possible and agrees with the plan to build up overnight stays first.

Steps to return home
Step 1 (from 05/12/2026): Kacey stays one night a week at Jodie's, Saturday to Sunday 4pm.
Step 2 (from 19/12/2026): Kacey stays Friday to Sunday every weekend.
Step 3 (from 04/01/2027): Kacey moves home full time if steps 1 and 2 have gone well.

What needs to be in place
- Jodie will keep taking her medication and see her community psychiatric nurse every two weeks.
- Sam will visit after each overnight stay in step 1 and see Kacey on her own.

Support after Kacey goes home
Kacey will have a child in need plan for at least 6 months after she goes home.

Review
The looked after review on 06/01/2027 will decide whether Kacey goes home full time.

Agreed by: Jodie Lewis, Sue Mills, Dave Mills, Sam Okonkwo.
`;

const PRE_BIRTH = `Pre-birth Child Protection Plan – Unborn baby of Chloe Dawson
Mother: Chloe Dawson (19)   Father: Liam Carter (22)
Social worker: Hannah Price

Danger statement
Children's services are worried that when the baby is born he could be hurt by being near the fights between Chloe and Liam.

Safety goal
Everyone in the safety network will be confident that the baby will be looked after by an adult who is calm and sober, and Chloe and Liam will show this for at least 3 months before the baby goes home, as the network checks at each meeting.

What Chloe says
"I know what Liam is like when he's had a drink. I want my baby to come home with me."

Bottom lines
- The baby will not go home from hospital until the safety plan is agreed by the network.

What needs to happen
1. Liam to complete the Change Project domestic abuse programme, starting by 11/01/2027, attending all 12 weekly sessions.

Review
First core group: 09/12/2026 then every 4 weeks.

Signed
Chloe Dawson   Hannah Price
`;

const ETHAN = `# Child in Need Plan (Disabled Children's Team)

**Child:** Ethan Kowalski (12)
**Parents:** Marta and Piotr Kowalski
**Next review:** 26/02/2027

## What we are worried about
- The family have had no break since the summer holidays.

## The plan

| What we want to achieve | What will happen | Who | By when |
| --- | --- | --- | --- |
| The family have a regular break | Ethan has an overnight short break at Willow House one weekend a month | Gemma to present to panel | Panel 17/12/2026 |
`;

const read = (text: string, format: 'text' | 'markdown' = 'text') => {
  const report = checkPlan(readTextPlan(text, format));
  return {
    objectives: report.objectives.map((v) => v.objective.text),
    verdicts: report.objectives,
    checks: Object.fromEntries(report.checks.map((c) => [c.id, c] as const)),
  };
};

describe('a written agreement in the parent’s own words', () => {
  it('reads "What I agree to do" as the section over her agreed terms, not as a worry', () => {
    const worries = findWorries(readTextPlan(AGREEMENT)).map((w) => w.text);
    expect(worries).not.toContain('What I agree to do');
    expect(read(AGREEMENT).objectives).toContain(
      'I will never leave Mason and Lily-Mae at home without an adult I have told Tom about.',
    );
  });

  it('does not check what happens if the agreement is broken as an objective', () => {
    const { objectives } = read(AGREEMENT);
    expect(objectives.some((t) => /What will happen if|may apply to court/.test(t))).toBe(false);
  });

  it('answers the children left home alone with the promise never to leave them without an adult', () => {
    expect(read(AGREEMENT).checks['worries-answered'].met).toBe(true);
  });
});

describe('a looked-after child’s return home plan', () => {
  it('checks its steps home, what needs to be in place and the support after, not its fields', () => {
    const { objectives } = read(RETURN_HOME);
    expect(objectives).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Kacey moves home full time'),
        expect.stringContaining('Jodie will keep taking her medication'),
        expect.stringContaining('Kacey will have a child in need plan'),
      ]),
    );
    expect(objectives.some((t) => t.includes('Returning to'))).toBe(false);
    expect(objectives.some((t) => t.includes('will decide whether'))).toBe(false);
  });

  it('reads the start a step gives in its label as its when, and underlines it there', () => {
    const { verdicts } = read(RETURN_HOME);
    const step3 = verdicts.find((v) => v.objective.text.startsWith('Kacey moves home'))!;
    expect(step3.objective.text).toMatch(/When: from 04\/01\/2027$/);
    expect(step3.criteria.timely.met).toBe(true);
    expect(step3.findings.some((f) => f.criterion === 'timely')).toBe(false);
    const when = step3.objective.parts.find((p) => p.role === 'when')!;
    const line =
      'Step 3 (from 04/01/2027): Kacey moves home full time if steps 1 and 2 have gone well.';
    expect(line.slice(when.offset!, when.offset! + when.end - when.start)).toBe('from 04/01/2027');
  });

  it.each([
    ['Step 2 (Mum): Kacey stays with Mum on Fridays.', undefined],
    ['Step 2 (Mark): Kacey stays with Mum on Fridays.', undefined],
    ['Step 2 (week 3): Kacey stays with Mum on Fridays.', 'week 3'],
  ])('takes a step label’s bracket as its time only when it names one: %s', (line, when) => {
    const [objective] = read(`Steps to return home\n${line}\n`).verdicts.map((v) => v.objective);
    expect(
      objective.parts.find((p) => p.role === 'when') && objective.text.split('When: ')[1],
    ).toBe(when);
  });

  it('counts "What Jodie thinks" as the parent’s views once the plan says Jodie is Mum', () => {
    const views = read(RETURN_HOME).checks['parent-views'];
    expect(views.met).toBe(true);
    expect(views.evidence?.text).toContain('What Jodie thinks');
  });
});

describe('a pre-birth plan set out as Signs of Safety sets one out', () => {
  it('does not take the mother’s words as the unborn baby’s', () => {
    const { checks } = read(PRE_BIRTH);
    expect(checks['child-words'].message).toMatch(/not born yet/);
    expect(checks['child-views'].message).toMatch(/not born yet/);
  });

  it('takes the names under "Signed" as the agreement, not a safety plan still to be agreed', () => {
    const agreement = read(PRE_BIRTH).checks.agreement;
    expect(agreement.met).toBe(true);
    expect(agreement.evidence?.text).not.toMatch(/safety plan is agreed/);
  });

  it('does not call the network "confident that …" vague: what it must see follows', () => {
    const goal = read(PRE_BIRTH).verdicts.find((v) => v.objective.text.startsWith('Everyone'));
    expect(goal?.findings.map((f) => f.ruleId)).not.toContain('specific/vague-standard');
  });
});

describe('a disabled child’s plan with its outcomes in a table', () => {
  it('answers "no break" with the row for a regular break', () => {
    expect(read(ETHAN, 'markdown').checks['worries-answered'].met).toBe(true);
  });
});

describe('section titles a plain-text plan types', () => {
  it.each([
    'What needs to be in place',
    'Steps to return home',
    'Support after Kacey goes home',
    'What will happen if this agreement is not kept',
    'Review',
  ])('"%s" names a section', (title) => {
    expect(namesSection(title)).toBe(true);
  });

  it.each(['Mum to attend the steps to safety course', 'The plan will be reviewed'])(
    '"%s" is a sentence, not a title',
    (line) => {
      expect(namesSection(line)).toBe(false);
    },
  );
});
