import { checkPlan, readTextPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/**
 * Case plans that label their lines rather than list them ("Goal 1:", "Objective 1a:", "Task:"),
 * as US family service plans and Australian case plans do, and letters before proceedings with
 * their schedule of expectations (all fictional).
 */
const read = (lines: string[]) => {
  const report = checkPlan(readTextPlan(lines.join('\n')));
  return {
    objectives: report.objectives.map((v) => v.objective.text),
    sections: report.objectives.map((v) => v.objective.section),
    worries: report.worries.worries.map((w) => w.worry.text),
  };
};

describe('a US family service plan: goals, their labelled objectives and tasks', () => {
  const plan = [
    'FAMILY SERVICE PLAN',
    'Family: Novak (fictional)',
    '',
    'Reason for involvement',
    'Substantiated neglect: the children were left home alone overnight on two occasions.',
    '',
    'Goal 1: Ms. Novak will provide a safe and stable home for the children.',
    'Objective 1a: Ms. Novak will keep working heat and water in the home for 90 consecutive days, verified by the caseworker at monthly visits.',
    'Task: Attend the budgeting class at the Community Action Agency.',
    '',
    'Goal 2: Mr. Novak will address his substance use.',
    'Objective 2a: Mr. Novak will complete a substance abuse evaluation by 01/15/2027.',
  ];

  it('checks each goal, labelled objective and task, without its label', () => {
    const { objectives } = read(plan);
    expect(objectives).toEqual([
      'Ms. Novak will provide a safe and stable home for the children.',
      'Ms. Novak will keep working heat and water in the home for 90 consecutive days, verified by the caseworker at monthly visits.',
      'Attend the budgeting class at the Community Action Agency.',
      'Mr. Novak will address his substance use.',
      'Mr. Novak will complete a substance abuse evaluation by 01/15/2027.',
    ]);
  });

  it('files them under their goal, and ends the worries at the first goal', () => {
    const { sections, worries } = read(plan);
    expect(sections[1]).toMatch(/^Goal 1: Ms\. Novak will provide a safe and stable home/);
    expect(sections[2]).toMatch(/^Goal 1:/);
    expect(sections[4]).toMatch(/^Goal 2:/);
    expect(worries).toEqual([
      'Substantiated neglect: the children were left home alone overnight on two occasions.',
    ]);
  });

  it('checks goals as objectives when nothing is set out under them either', () => {
    const { objectives } = read([
      'Goals',
      'Goal 1: Ms. Novak will keep the home heated every day from 1 January 2027.',
      'Goal 2: Mr. Novak will stay sober when he cares for the children.',
    ]);
    expect(objectives).toEqual([
      'Ms. Novak will keep the home heated every day from 1 January 2027.',
      'Mr. Novak will stay sober when he cares for the children.',
    ]);
  });
});

describe('an Australian case plan: each goal over its actions', () => {
  it('reads every goal as an objective, whatever its wording, and as the title of its actions', () => {
    const { objectives, sections } = read([
      'Goals and actions',
      '',
      'Goal 1: Jayden is safe from domestic violence and the risk of harm.',
      '- Tanya will complete the Staying Home Leaving Violence program by March 2027.',
      '',
      'Goal 2: Jayden is connected to his culture and community.',
      '- Carer to take Jayden to Koori Kids group every Thursday.',
    ]);
    expect(objectives).toEqual([
      'Jayden is safe from domestic violence and the risk of harm.',
      'Tanya will complete the Staying Home Leaving Violence program by March 2027.',
      'Jayden is connected to his culture and community.',
      'Carer to take Jayden to Koori Kids group every Thursday.',
    ]);
    expect(sections).toEqual([
      'Goals and actions',
      'Goal 1: Jayden is safe from domestic violence and the risk of harm.',
      'Goals and actions',
      'Goal 2: Jayden is connected to his culture and community.',
    ]);
  });
});

describe('a letter before proceedings', () => {
  it("reads the schedule of expectations as the plan, not the letter's own sentences", () => {
    const { objectives, worries } = read([
      'LETTER BEFORE PROCEEDINGS',
      'Dear Ms Grant,',
      'We are writing to tell you that we are very worried about Ella. We will ask a court for an order if things do not change.',
      '',
      'Why we are worried',
      '- Ella has missed 40% of school this term.',
      '',
      'What we need you to do (the schedule of expectations)',
      '1. Ms Grant will make sure Ella attends school every day from 4 January 2027.',
      '2. Ms Grant will phone the school before 9am on any day Ella is ill.',
    ]);
    expect(worries).toEqual(['Ella has missed 40% of school this term.']);
    expect(objectives).toEqual([
      'Ms Grant will make sure Ella attends school every day from 4 January 2027.',
      'Ms Grant will phone the school before 9am on any day Ella is ill.',
    ]);
  });
});

describe('an EHC plan', () => {
  it("checks Section E's outcomes, not Section F's provision", () => {
    const { objectives } = read([
      'Section E: Outcomes',
      '- By July 2027, Finn will read 50 high-frequency words, as checked by his teacher each half term.',
      '',
      'Section F: Provision',
      '- Speech and language therapy: 6 sessions per term, delivered by the NHS SLT.',
      '- 1:1 support from a teaching assistant for 15 hours per week.',
    ]);
    expect(objectives).toEqual([
      'By July 2027, Finn will read 50 high-frequency words, as checked by his teacher each half term.',
    ]);
  });
});

describe("a US IEP's annual goals and their short-term objectives", () => {
  it('reads each goal, objective and benchmark without its label, and the annual IEP review', () => {
    const report = checkPlan(
      planOf([
        'Annual IEP review: 03/15/2027',
        '',
        'Annual Goal 1: By March 2027, Marcus will read grade 3 passages at 80 words correct per minute.',
        'Short-term objective 1.1: By December 2026, Marcus will read grade 2 passages at 60 words correct per minute on 3 of 4 probes.',
        'Benchmark 1.2: By February 2027, Marcus will answer 4 of 5 comprehension questions correctly.',
      ]),
    );
    expect(report.objectives.map((v) => v.objective.text)).toEqual([
      'By March 2027, Marcus will read grade 3 passages at 80 words correct per minute.',
      'By December 2026, Marcus will read grade 2 passages at 60 words correct per minute on 3 of 4 probes.',
      'By February 2027, Marcus will answer 4 of 5 comprehension questions correctly.',
    ]);
    expect(report.checks.find((c) => c.id === 'review-date')?.met).toBe(true);
  });
});

describe('a child in need plan set out as outcomes, each with "Actions" and "How we will know"', () => {
  const plan = [
    'Child in Need Plan',
    'Child: Rory Tate (7)',
    '',
    'What Mum says',
    '"I want to be able to lift Rory without hurting my back."',
    '',
    'Outcome 1: Rory is moved and handled safely at home',
    'Actions',
    '- The OT (Priya Das) will complete a moving and handling assessment at home by 18/12/2026.',
    '- Mum to attend manual handling training.',
    "How we will know: no more injuries to Mum's back from lifting Rory, checked at each CIN review.",
    '',
    'Outcome 2: Rory sleeps through most nights',
    'Actions',
    '- Mum will keep a sleep diary for 2 weeks before the clinic appointment.',
  ];
  const report = () => checkPlan(readTextPlan(plan.join('\n')));

  it('files the actions under their outcome, not under "Actions" or the views before it', () => {
    const sections = report().objectives.map((v) => [v.objective.text, v.objective.section]);
    expect(sections).toEqual([
      [
        "Rory is moved and handled safely at home. How we will know: no more injuries to Mum's back from lifting Rory, checked at each CIN review.",
        undefined,
      ],
      [
        'The OT (Priya Das) will complete a moving and handling assessment at home by 18/12/2026.',
        'Outcome 1: Rory is moved and handled safely at home',
      ],
      [
        'Mum to attend manual handling training.',
        'Outcome 1: Rory is moved and handled safely at home',
      ],
      ['Rory sleeps through most nights', undefined],
      [
        'Mum will keep a sleep diary for 2 weeks before the clinic appointment.',
        'Outcome 2: Rory sleeps through most nights',
      ],
    ]);
  });

  it('reads "How we will know" level with the outcome as how the outcome will be seen', () => {
    const [outcome, , training] = report().objectives;
    expect(outcome.criteria.measurable.met).toBe(true);
    // The label is no clause: "we" are not the ones to name, and "know" is no action.
    expect(outcome.criteria.specific.met).toBe(true);
    expect(outcome.criteria.outcome.met).toBe(true);
    // The last action keeps no measure that was never its own.
    expect(training.criteria.measurable.met).toBe(false);
  });
});
