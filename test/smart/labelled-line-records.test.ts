import { checkPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/**
 * Case systems print one need's plan as labelled lines ("Need:", "What needs to change:",
 * "Action:", "Who:", "By when:"), and many plans are typed that way: a table laid down the page.
 * Read line by line, the action was told to say who and by when although the lines under it
 * said, and the "Who:" and "By when:" lines were lost. (Fictional family.)
 */
const plan = [
  '# Child in need plan: Mia Jones',
  '',
  '## Plan',
  '',
  'Need: Mia is often late for school and missed 14 sessions last term.',
  'What needs to change: Mia gets to school on time every day.',
  'Action: Mum to walk Mia to school by 8.40am, starting Monday 4 January 2027.',
  'Who: Mum (Kelly Jones)',
  'By when: From 04/01/2027, reviewed at the core group on 01/02/2027.',
  '',
  'Need: The house is cluttered and Mia has no bed of her own.',
  'What needs to change: Mia has her own bed in a clear bedroom.',
  'Action: Family support worker to help Kelly clear the back bedroom and get a bed through the furniture scheme.',
  'Who: Sam Price (family support worker)',
  'By when: 31/01/2027',
  '',
  'Next review: 15/02/2027',
];

const today = new Date(2026, 11, 1);
const objectivesOf = (lines: string[]) =>
  checkPlan(planOf(lines, 'markdown'), { today }).objectives;

describe('a need written as labelled lines', () => {
  it('is one objective: the change, the action, and its who and when', () => {
    expect(objectivesOf(plan).map((v) => v.objective.text)).toEqual([
      'Mia gets to school on time every day. Mum to walk Mia to school by 8.40am, starting Monday 4 January 2027. Who: Mum (Kelly Jones). By when: From 04/01/2027, reviewed at the core group on 01/02/2027.',
      'Mia has her own bed in a clear bedroom. Family support worker to help Kelly clear the back bedroom and get a bed through the furniture scheme. Who: Sam Price (family support worker). By when: 31/01/2027',
    ]);
  });

  it('gives the action the deadline on the line below it', () => {
    const [, bed] = objectivesOf(plan);
    expect(bed.criteria.timely.met).toBe(true);
    expect(bed.findings.map((f) => f.ruleId)).not.toContain('timely/no-timescale');
  });

  it("places each part on its own line of the document, after the line's label", () => {
    const [school] = objectivesOf(plan);
    const who = school.objective.parts.find((p) => p.role === 'who');
    expect(who).toMatchObject({ paragraph: 5, offset: 'Who: '.length });
  });

  it('still gives each of a run of actions the details that follow the run', () => {
    const run = [
      '## Actions',
      '',
      'Action: OT to assess the bathroom for a bath seat.',
      'Action: Landlord to fit window restrictors upstairs.',
      'Who: OT; Kestlebury Homes',
      'By when: 19/02/2027',
    ];
    const texts = objectivesOf(run).map((v) => v.objective.text);
    expect(texts).toHaveLength(2);
    for (const text of texts) expect(text).toContain('19/02/2027');
  });

  it('leaves an outcome that heads several actions over them, each with its own details', () => {
    const headed = [
      '## Plan',
      '',
      'Outcome 2: Baby will come home to a safe, smoke-free home.',
      '',
      'Action: Ryan to go to the recovery hub for an assessment.',
      'Who: Ryan',
      'By when: 20/01/2027',
      '',
      'Action: Family support worker to help Jade get a cot through the baby bank.',
      'Who: Amy Sharples (family support worker)',
      'By when: 31/01/2027',
    ];
    const texts = objectivesOf(headed).map((v) => v.objective.text);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toBe('Baby will come home to a safe, smoke-free home.');
    expect(texts[1]).toContain('Who: Ryan');
  });
});

describe("details set under a plan's items", () => {
  it('gives a numbered task the details line printed under it (a US case plan)', () => {
    const plan = [
      'SECTION III. SERVICES / OBJECTIVES',
      '',
      "Objective 3: Children's medical needs will be met.",
      '3.1 Kayden will be referred for a developmental evaluation through the Early Intervention program.',
      '    Responsible: Jennifer Alvarez | Target: 04/15/2027',
    ];
    const [, task] = objectivesOf(plan);
    expect(task.objective.text).toContain('Jennifer Alvarez');
    expect(task.criteria.timely.met).toBe(true);
    expect(task.criteria.specific.met).toBe(true);
  });

  it('gives every action of a list the "Responsible" and "Timescale" lines set after it', () => {
    const plan = [
      '## Plan',
      '',
      'Actions:',
      '1. Shannon to see her GP about her mood.',
      "2. Health visitor to complete Rio's 2-year developmental review at home.",
      '',
      'Responsible: Shannon Morrell; Leanne Birch (health visitor)',
      'Timescale: By 26/02/2027',
    ];
    const objectives = objectivesOf(plan);
    expect(objectives).toHaveLength(2);
    for (const v of objectives) {
      expect(v.objective.text).toContain('26/02/2027');
      expect(v.criteria.timely.met).toBe(true);
      // "Responsible:" labels who; it is no vague standard of conduct.
      expect(v.findings.map((f) => f.ruleId)).not.toContain('specific/vague-standard');
    }
  });

  it('does not take a "By when:" line before the next heading for a title', () => {
    const plan = [
      '## What will we do?',
      '',
      '### Targeting those who harm',
      '**Action:** Police to run a disruption plan against the older males, with vehicle stops.',
      '**Lead:** PS Karen Doyle',
      '**By when:** 3 March 2027',
      '',
      '### Keeping the plan on track',
      '**Action:** This plan to be reviewed at the MACE meeting every four weeks.',
    ];
    const [police] = objectivesOf(plan);
    expect(police.objective.text).toContain('By when: 3 March 2027');
    expect(police.criteria.timely.met).toBe(true);
  });

  it('reads no objective in the contingency or the distribution list', () => {
    const plan = [
      '## Plan',
      '',
      'Action: Core group meetings every 4 weeks.',
      'Responsible: Core group',
      'Timescale: First core group 20/01/2027',
      '',
      'CONTINGENCY: If Jade uses heroin on top of her script, a legal planning meeting will be held before 32 weeks.',
      '',
      'Plan distributed to: Jade Cartwright, Ryan Mellor, Claire Dobson (midwife).',
    ];
    expect(objectivesOf(plan).map((v) => v.objective.text)).toEqual([
      'Core group meetings every 4 weeks. Who: Core group. By when: First core group 20/01/2027',
    ]);
  });
});
