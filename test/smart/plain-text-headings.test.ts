import { checkPlan, readTextPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';

/** A plan typed as plain text, the way a social worker pastes it from an email (fictional). */
const worriesThenPlan = [
  'What are we worried about?',
  "- Dad's drinking when he has the children.",
  '- The home is cluttered and unsafe for the baby.',
  '',
  'Plan',
  '1. Dad will have no alcohol for 24 hours before he has the children, as checked by a breath test each Saturday.',
  '2. Mum will clear the bedroom floor by 1 February 2027, as seen by the social worker on her visit.',
].join('\n');

const textsOf = (text: string, format: 'text' | 'markdown' = 'text') => {
  const report = checkPlan(readTextPlan(text, format));
  return {
    objectives: report.objectives.map((v) => v.objective.text),
    worries: report.worries.worries.map((w) => w.worry.text),
    report,
  };
};

describe('a plain-text plan whose titles have no colon', () => {
  it("reads a child's own plan: what I am worried about, then what I want to happen", () => {
    const { objectives, worries } = textsOf(
      [
        'What I am worried about',
        '- Dad shouting at Mum',
        '- Getting in trouble at school',
        '',
        'What I want to happen',
        '- I will go to football training on Tuesdays and Saturdays.',
        '- I will be in bed by 9.30 on school nights.',
      ].join('\n'),
    );
    expect(worries).toEqual(['Dad shouting at Mum', 'Getting in trouble at school']);
    expect(objectives).toEqual([
      'I will go to football training on Tuesdays and Saturdays.',
      'I will be in bed by 9.30 on school nights.',
    ]);
  });

  it('reads a question over a list as the worries and "Plan" as the objectives', () => {
    const { objectives, worries } = textsOf(worriesThenPlan);
    expect(worries).toEqual([
      "Dad's drinking when he has the children.",
      'The home is cluttered and unsafe for the baby.',
    ]);
    expect(objectives).toHaveLength(2);
    expect(objectives[0]).toMatch(/^Dad will have no alcohol/);
  });

  it('keeps a name over its items inside the objectives section', () => {
    const { objectives } = textsOf(
      [
        '## What needs to happen',
        '**Kerry**',
        '- Kerry will attend the six-week protective parents group by 1 March 2027.',
        '**Summer**',
        '- Summer will have a safety plan with the school nurse by 15 January 2027.',
      ].join('\n'),
      'markdown',
    );
    expect(objectives).toEqual([
      'Kerry will attend the six-week protective parents group by 1 March 2027.',
      'Summer will have a safety plan with the school nurse by 15 January 2027.',
    ]);
  });

  it('does not end the plan at "How will we know the plan is working?"', () => {
    const { objectives } = textsOf(
      [
        'Our family plan',
        '- Nanny will walk Aoife into school every morning.',
        'How will we know the plan is working?',
        '- Aoife will be in class by 8.50am on at least 4 mornings a week, as the school records.',
        // The plan's own review date is read by the checklist, not checked as an objective.
        '- We will meet again as a family in six weeks to check the plan is working.',
      ].join('\n'),
    );
    expect(objectives).toHaveLength(2);
  });

  it('leaves an objective with its steps below it as an objective', () => {
    const { objectives } = textsOf(
      ['Outcomes:', 'Mum to attend a parenting course', '- book a place by 10 January 2027'].join(
        '\n',
      ),
    );
    expect(objectives[0]).toBe('Mum to attend a parenting course');
  });
});

describe('a Markdown plan with bold and italic words', () => {
  it('reads bold labels and numbers as formatting, not as words of the plan', () => {
    const { objectives, worries } = textsOf(
      [
        '**Danger statement:** Children’s Services are worried that when Dad drinks he shouts, and Tyler could be hurt.',
        '',
        '## What will happen',
        '**1.** *Tyler* will be in school by 8.50am on at least 9 of every 10 days by 1 March 2027, checked on the register.',
        '2. Mum will attend ___ sessions of the __Freedom Programme__ by 1 April 2027.',
      ].join('\n'),
      'markdown',
    );
    expect(worries).toEqual([
      'Children’s Services are worried that when Dad drinks he shouts, and Tyler could be hurt.',
    ]);
    expect(objectives).toEqual([
      'Tyler will be in school by 8.50am on at least 9 of every 10 days by 1 March 2027, checked on the register.',
      // The run of underscores is a gap left to fill; only the bold marks go.
      'Mum will attend ___ sessions of the Freedom Programme by 1 April 2027.',
    ]);
  });
});

describe('a plan table under a bold title', () => {
  it('reads "The Plan" over the table as its section, and the Outcome column as the objective', () => {
    const { objectives, worries, report } = textsOf(
      [
        '**What are we worried about?**',
        '- Amara has seen repeated arguments between Mum and her partner.',
        '',
        '**The Plan**',
        '| Outcome / What needs to change | Actions | Responsible | Timescale |',
        '| --- | --- | --- | --- |',
        '| Amara will feel safe at home. | Lee will not stay at the family home. | Mum, Lee | Until the review conference |',
      ].join('\n'),
      'markdown',
    );
    expect(worries).toEqual(['Amara has seen repeated arguments between Mum and her partner.']);
    expect(objectives[0]).toMatch(/^Amara will feel safe at home\. Lee will not stay/);
    expect(report.objectives[0].objective.section).toBe('The Plan');
  });
});

describe('a table pasted from Word into a plain-text plan', () => {
  const pasted = [
    'What are we worried about?',
    '- Poppy has missed two health visitor appointments.',
    '',
    'What needs to happen\tWho\tBy when',
    'Poppy will be seen by the health visitor for her 2-year check\tMum\t31/01/2027',
    "Mum will take Poppy to stay and play at the children's centre every week\tMum, family support worker\tfrom 05/01/2027",
    '',
    'Review:\t11/02/2027',
  ].join('\n');

  it('reads the tab-separated lines as a table: its header is no objective, and each row is one', () => {
    const { objectives, worries, report } = textsOf(pasted);
    expect(objectives).toEqual([
      'Poppy will be seen by the health visitor for her 2-year check. Who: Mum. By when: 31/01/2027',
      "Mum will take Poppy to stay and play at the children's centre every week. Who: Mum, family support worker. By when: from 05/01/2027",
    ]);
    // The Who and By when cells count, as in a Word table.
    expect(report.objectives[0].criteria.specific.met).toBe(true);
    expect(report.objectives[0].criteria.timely.met).toBe(true);
    expect(worries).toEqual(['Poppy has missed two health visitor appointments.']);
    // A lone line split by a tab stays a line: "Review:<tab>11/02/2027" is still read as the review.
    expect(report.checks.find((c) => c.id === 'review-date')?.met).toBe(true);
  });

  it("leaves Word's numbered and bulleted lists, pasted with a tab after each number, as lists", () => {
    const doc = planOf(
      [
        'Outcomes',
        '1.\tMum will attend every appointment by 1 March 2027, as recorded by the GP.',
        '2.\tAmy will be in bed by 8pm on 5 nights a week, recorded in her diary.',
        '\u2022\tThe social worker will visit every 2 weeks.',
        '\u2022\tThe school will ring Mum by 9.30am on any day Amy is absent.',
        'ii.\tDad will have no alcohol before contact, checked by a breath test.',
        'iii.\tDad will arrive on time for every contact, recorded by the contact worker.',
      ],
      'text',
    );
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(checkPlan(doc).objectives).toHaveLength(6);
  });
});

describe('a plain-text plan whose sections hold prose, not lists', () => {
  const plan = [
    'Child protection plan',
    '',
    'Reasons for the plan',
    "Kai has told his teacher that Mum's boyfriend hits him with a belt.",
    '',
    'What needs to happen',
    '1. Kai will not be physically punished by any adult, checked by the social worker at each visit by 17/12/2026.',
    '2. Mum will tell the social worker within 24 hours if her boyfriend comes to the house.',
    '',
    'Contingency plan',
    "If Mum's boyfriend comes to the house, Kai will go to his nan's and Nan will phone the police.",
    '',
    "Kai's views",
    "Kai says he wants to stay with Mum but doesn't want Mum's boyfriend to come round.",
    '',
    'The plan will be reviewed',
    'at the next core group.',
  ].join('\n');

  it('reads a line that names a section as its title, so its prose is no objective', () => {
    const { objectives, worries, report } = textsOf(plan);
    expect(objectives).toEqual([
      'Kai will not be physically punished by any adult, checked by the social worker at each visit by 17/12/2026.',
      'Mum will tell the social worker within 24 hours if her boyfriend comes to the house.',
    ]);
    expect(worries).toEqual([
      "Kai has told his teacher that Mum's boyfriend hits him with a belt.",
    ]);
    // One worry is "the one worry", not "1 of 1 worries".
    expect(report.checks.find((c) => c.id === 'worries-answered')?.message).toMatch(
      /the one worry/i,
    );
  });

  it('leaves a sentence that happens to name the plan as a sentence', () => {
    const doc = readTextPlan(plan, 'text');
    const line = doc.blocks.find(
      (b) => b.kind === 'paragraph' && b.text === 'The plan will be reviewed',
    );
    expect(line).toBeDefined();
    expect(line?.kind === 'paragraph' ? line.headingLevel : 'not a paragraph').toBeUndefined();
  });
});

describe("a child's own plan with question titles", () => {
  it('reads "Who will help me" as the title of the help below it, not as an objective', () => {
    const report = checkPlan(
      planOf(
        [
          'My plan (Jade, 15, fictional)',
          '',
          'My goals',
          '- I will be home by 10pm on school nights, and text Mum if I am going to be late.',
          '',
          'Who will help me',
          'My key worker Sam will meet me every Thursday at school.',
        ],
        'text',
      ),
    );
    expect(report.objectives.map((v) => v.objective.text)).toEqual([
      'I will be home by 10pm on school nights, and text Mum if I am going to be late.',
      'My key worker Sam will meet me every Thursday at school.',
    ]);
  });
});
