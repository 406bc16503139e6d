/**
 * The dates a plan sets for itself are read once, for the checklist's "Next review date" and
 * for the details "Save to Teams" fills in: what one finds, the other fills in.
 */
import { checkPlan, readTextPlan } from '../../src/smart';
import { readPlanDetails } from '../../src/pane/plan-details';
import { findPlanDates } from '../../src/smart/plan-dates';

const TODAY = new Date('2026-12-04T10:00:00');
const OBJECTIVE =
  '1. Mum will take Amy to every dental appointment by 1 March 2027, as recorded by the dentist.';

function plan(...lines: string[]) {
  return readTextPlan(
    ['# Child in need plan (fictional)', ...lines, '## Outcomes', OBJECTIVE].join('\n'),
    'markdown',
  );
}

const reviewCheck = (doc: ReturnType<typeof plan>) =>
  checkPlan(doc, { today: TODAY }).checks.find((c) => c.id === 'review-date');

test.each([
  ['Review on 15/02/2027.', { nextReview: '2027-02-15' }],
  ['Review: 11/02/2027', { nextReview: '2027-02-11' }],
  ['Review due 11/02/2027.', { nextReview: '2027-02-11' }],
  ['The plan will be reviewed on 11 February 2027.', { nextReview: '2027-02-11' }],
  ['Review in 3 months (March 2027)', { nextReview: '2027-03-01' }],
  ['First core group: 26/11/2026, then every 6 weeks.', { nextCoreGroup: '2026-11-26' }],
  [
    'The next core group will be held on Tuesday 2 March 2027 at the school.',
    { nextCoreGroup: '2027-03-02' },
  ],
  [
    'Next core group: 8/12/2026; review child protection conference: 11/02/2027.',
    { nextCoreGroup: '2026-12-08', nextReview: '2027-02-11' },
  ],
])('"%s" fills in the save form and sets the review date', (line, dates) => {
  const doc = plan(line);
  expect(readPlanDetails(doc, TODAY)).toMatchObject(dates);
  expect(reviewCheck(doc)?.met).toBe(true);
});

test('a details table with the label and the date in separate cells is read by both', () => {
  const doc = plan(
    '| Meeting | Date |',
    '| --- | --- |',
    '| Initial child protection conference | 12 November 2026 |',
    '| Review child protection conference | 11 February 2027 |',
  );
  expect(readPlanDetails(doc, TODAY)).toMatchObject({
    startDate: '2026-11-12',
    nextReview: '2027-02-11',
  });
  // The evidence is the row's label, words the pane can find in the document.
  expect(reviewCheck(doc)?.evidence?.text).toBe('Review child protection conference');
});

test("the plan's own review line is the one to go to, not an objective due by the review", () => {
  const doc = readTextPlan(
    [
      '# Child protection plan (fictional)',
      '## Plan',
      '1. Mum will keep the kitchen clean, checked at each visit until the review conference on 19/03/2027.',
      '2. Mum will take Amy to school on time every day, as recorded by the school, by 1 March 2027.',
      '## Meetings',
      'Review child protection conference: 12/03/2027.',
    ].join('\n'),
    'markdown',
  );
  expect(reviewCheck(doc)?.evidence?.text).toMatch(/^Review child protection conference/);
  expect(readPlanDetails(doc, TODAY)).toMatchObject({ nextReview: '2027-03-12' });
});

test('a meeting someone is asked to go to is not a date the plan sets', () => {
  const doc = readTextPlan(
    [
      '## Outcomes',
      '1. Mum will attend every core group meeting and review conference by 1 March 2027.',
    ].join('\n'),
    'markdown',
  );
  expect(readPlanDetails(doc, TODAY)).not.toHaveProperty('nextReview');
  expect(readPlanDetails(doc, TODAY)).not.toHaveProperty('nextCoreGroup');
  expect(reviewCheck(doc)?.met).toBe(false);
});

test('the initial conference starts the plan; it does not set the next review', () => {
  const doc = plan('Initial child protection conference: 12/11/2026.');
  expect(readPlanDetails(doc, TODAY)).toMatchObject({ startDate: '2026-11-12' });
  expect(readPlanDetails(doc, TODAY)).not.toHaveProperty('nextReview');
  expect(reviewCheck(doc)?.met).toBe(false);
});

test('"in six weeks" is no date set: the form leaves it for the worker to fill in', () => {
  const doc = plan('Next review: in six weeks.');
  expect(readPlanDetails(doc, TODAY)).not.toHaveProperty('nextReview');
  expect(reviewCheck(doc)?.met).toBe(false);
});

test('of several core group dates, the form takes the next still to come', () => {
  const doc = plan('Core group dates: 3/11/2026, 15/12/2026 and 26/01/2027.');
  expect(readPlanDetails(doc, TODAY).nextCoreGroup).toBe('2026-12-15');
  // An old plan opened long after keeps the dates it gave: the first of them.
  expect(readPlanDetails(doc, new Date('2027-06-01T10:00:00')).nextCoreGroup).toBe('2026-11-03');
});

test('a date set in passing still counts: "checked at the next core group on 8/12/2026"', () => {
  const doc = plan('Progress will be checked at the next core group on 8/12/2026.');
  expect(readPlanDetails(doc, TODAY)).toMatchObject({ nextCoreGroup: '2026-12-08' });
  expect(reviewCheck(doc)?.met).toBe(true);
});

test.each([
  ['**CIN review:** 22/01/2027', { nextReview: '2027-01-22' }],
  ['My review is on 5th February 2027.', { nextReview: '2027-02-05' }],
  ['Next pathway plan review: 28/05/2027', { nextReview: '2027-05-28' }],
  ['Care plan review – 3 March 2027', { nextReview: '2027-03-03' }],
])(
  'review labels of other plans (child in need, a child’s own, pathway, care): "%s"',
  (line, dates) => {
    const doc = plan(line);
    expect(readPlanDetails(doc, TODAY)).toMatchObject(dates);
    expect(reviewCheck(doc)?.met).toBe(true);
  },
);

test('"Next CIN meeting: 22 January 2027" sets the review date the checklist looks for', () => {
  expect(
    reviewCheck(plan('Next CIN meeting: 22 January 2027 at 3.30pm, Oakfield Primary.'))?.met,
  ).toBe(true);
});

test("a details table's child and lead social worker fill in the save form", () => {
  const doc = readTextPlan(
    [
      '**CHILD PROTECTION PLAN**',
      '',
      '| Child’s name | Amara Obi |',
      '| --- | --- |',
      '| Lead social worker | Grace Lin |',
      '| Review conference | 02/02/2027 |',
    ].join('\n'),
    'markdown',
  );
  expect(readPlanDetails(doc, TODAY)).toMatchObject({
    type: 'child-protection',
    childRef: 'Amara Obi',
    leadName: 'Grace Lin',
    nextReview: '2027-02-02',
  });
  // A label typed in a line gives the child as well.
  expect(readPlanDetails(plan('Child: Ruby Hale (fictional), 11'), TODAY).childRef).toBe(
    'Ruby Hale',
  );
});

test('"First step is to review the budget by 3 March 2027" is a task, not the plan\'s review', () => {
  const doc = readTextPlan(
    '## Outcomes\n1. First step is to review the budget with Mum by 3 March 2027.\n',
    'markdown',
  );
  expect(readPlanDetails(doc, TODAY)).not.toHaveProperty('nextReview');
  expect(reviewCheck(doc)?.met).toBe(false);
});

test('a "Next review" heading with its date on the line below fills in the form', () => {
  // Review minutes end with the next meeting as a heading of its own.
  const doc = plan('## Next review', '2 March 2027');
  expect(readPlanDetails(doc, TODAY)).toMatchObject({ nextReview: '2027-03-02' });
  expect(reviewCheck(doc)?.met).toBe(true);
  // A line of prose under the heading is no date line.
  const prose = plan(
    '## Next review',
    'We will meet again when the school has finished its own assessment of the support Amy needs.',
  );
  expect(reviewCheck(prose)?.met).toBe(false);
});

test('a section titled "Review" gives the date of the sentence under it', () => {
  // A young carer's plan: "Review" over who meets whom again, and when.
  const doc = plan(
    '## Review',
    'Asha will meet Jordan and Mum again on 15/01/2027 to see how it is going.',
  );
  expect(readPlanDetails(doc, TODAY)).toMatchObject({ nextReview: '2027-01-15' });
  // A line under it that labels its own dates keeps them apart.
  const labelled = plan('## Review', 'Next core group: 17/03/2027. Review conference: 28/04/2027.');
  expect(readPlanDetails(labelled, TODAY)).toMatchObject({
    nextCoreGroup: '2027-03-17',
    nextReview: '2027-04-28',
  });
  expect(reviewCheck(doc)?.met).toBe(true);
});

test("a child's asthma review at the GP is an appointment, not the plan's review", () => {
  const doc = readTextPlan(
    '## Our family plan\n1. Auntie Bisi will take Tobi to his asthma review at the GP on 10/12/2026.\n',
    'markdown',
  );
  expect(readPlanDetails(doc, TODAY)).not.toHaveProperty('nextReview');
  expect(reviewCheck(doc)?.met).toBe(false);
});

test("a review's look back at the last meeting's actions is not the new plan", () => {
  const report = checkPlan(
    readTextPlan(
      [
        '## Actions from the last meeting',
        '| Action | Who | Done? |',
        '| --- | --- | --- |',
        '| Kerry to register Kai with a dentist | Kerry | Done |',
        '## Updated plan',
        '| What needs to happen | Who | By when |',
        '| --- | --- | --- |',
        '| Mr Osei will refer Kai to the school counsellor | Mr Osei | 11/12/2026 |',
      ].join('\n'),
      'markdown',
    ),
    { today: TODAY },
  );
  expect(report.objectives.map((v) => v.objective.text)).toEqual([
    'Mr Osei will refer Kai to the school counsellor. Who: Mr Osei. By when: 11/12/2026',
  ]);
});

// Probes written for this: the plan's own review date, written as a sentence among the
// objectives, sets the date and is no objective of its own.
test.each([
  'This plan will be reviewed on 12/03/2027.',
  'The plan will be looked at again at the review conference on 12 March 2027.',
  'We will meet again on 12/3/27 to review the plan.',
])('"%s" among the objectives is the review date, not an objective', (line) => {
  const doc = readTextPlan(
    ['# Child in need plan (fictional)', '## What needs to happen', OBJECTIVE, line].join('\n'),
    'markdown',
  );
  const result = checkPlan(doc, { today: TODAY });
  expect(result.checks.find((c) => c.id === 'review-date')?.met).toBe(true);
  expect(result.objectives.map((v) => v.objective.text)).toEqual([OBJECTIVE.replace(/^1\. /, '')]);
});

// Wordings found in the read worries plans (test/worries/tune*), written again for fictional
// families: labels that name the review in other words, the meeting or its initials between
// "review" and its date, and a details row whose value holds more than the date.
test.each([
  ['Review of plan: 1 June 2027', '2027-06-01'],
  [
    'Case plan to be reviewed: by 12 August 2027, or earlier if circumstances change.',
    '2027-08-12',
  ],
  ['Next Team Around the Family (TAF) review: 21 April 2027', '2027-04-21'],
  [
    "Review: Review conference within 4 weeks of the baby's birth, or by 7 May 2027 at the latest",
    '2027-05-07',
  ],
  ['Review: Monthly at the exploitation panel; full review 2 June 2027', '2027-06-02'],
  ['Review FGC on 20 January 2027.', '2027-01-20'],
  ['Semiannual Administrative Review (SAR) due 03/12/2027.', '2027-12-03'],
  ['The Court will review this case plan no later than 03/03/2027.', '2027-03-03'],
  [
    'Case plan period: 19/11/2026 to 19/05/2027 (six-month review hearing 13/05/2027)',
    '2027-05-13',
  ],
  [
    'Review child protection conference to be held in six months, on or before 14 April 2027.',
    '2027-04-14',
  ],
])('"%s" sets the next review date', (line, date) => {
  const doc = plan(line);
  expect(readPlanDetails(doc, TODAY)).toMatchObject({ nextReview: date });
  expect(reviewCheck(doc)?.met).toBe(true);
});

test('a details row whose value holds more than the date takes only the date', () => {
  const doc = plan(
    '| Plan details | |',
    '| --- | --- |',
    '| Plan due for review | 07/01/2027 (90 days) |',
  );
  expect(readPlanDetails(doc, TODAY)).toMatchObject({ nextReview: '2027-01-07' });
  expect(reviewCheck(doc)?.evidence?.text).toBe('Plan due for review');
});

test("a review's record gives the date it was held, not the next review", () => {
  const record = plan(
    '| Review number | 3rd review |',
    '| --- | --- |',
    '| Date of review | 12/11/2026 |',
    '| Independent Reviewing Officer | Bernadette Lyle (fictional) |',
  );
  expect(readPlanDetails(record, TODAY)).not.toHaveProperty('nextReview');
  expect(reviewCheck(record)?.met).toBe(false);
  // Its next review, when it gives one, is the date to go to.
  const withNext = plan(
    '| Review number | 3rd review |',
    '| --- | --- |',
    '| Date of review | 12/11/2026 |',
    '| Date of next review | On or before 12/05/2027 |',
  );
  expect(reviewCheck(withNext)?.evidence?.text).toBe('Date of next review');
  expect(reviewCheck(plan('Date of this review: 6 November 2026 (second review)'))?.met).toBe(
    false,
  );
});

test('a review date already gone by is no next review: the checklist says so and goes to it', () => {
  const doc = plan('Review conference: 14 April 2026.');
  const check = reviewCheck(doc);
  expect(check?.met).toBe(false);
  expect(check?.message).toMatch(/dates have all passed: set the next one/);
  expect(check?.evidence?.text).toBe('Review conference: 14 April 2026.');
  // The save form still shows the date the plan gave.
  expect(readPlanDetails(doc, TODAY)).toMatchObject({ nextReview: '2026-04-14' });
  // A later date in the plan is the next one.
  expect(
    reviewCheck(plan('Review conference: 14 April 2026.', 'Review conference: 2 February 2027.'))
      ?.met,
  ).toBe(true);
});

test.each([
  ['The child in need plan will be reviewed every six weeks.', 'reviewed every six weeks'],
  ['Hold a Family Team Meeting every 90 days to review progress on this plan.', 'every 90 days'],
  ['This case plan will be reviewed in 12 weeks at a family meeting.', 'in 12 weeks'],
  ['Next review: in six weeks.', 'in six weeks'],
])('"%s" says how often, not when: the checklist asks for the date there', (line, words) => {
  const check = reviewCheck(plan(line));
  expect(check?.met).toBe(false);
  expect(check?.message).toMatch(/how often or how soon it is reviewed, but not the date/);
  expect(check?.evidence?.text).toContain(words);
});

test("the plan's own review interval is pointed to, not an allowance's", () => {
  const check = reviewCheck(
    plan(
      'The council will pay an allowance, based on a financial assessment that will be reviewed every year.',
      'Olivia will visit at least every three months, and this plan will be reviewed each year.',
    ),
  );
  expect(check?.evidence?.text).toContain('this plan will be reviewed each year');
});

test('a child development review booked in an action table is not the plan’s review', () => {
  const doc = plan(
    '| What will happen | Who | By when |',
    '| --- | --- | --- |',
    '| Book the two-year review with an interpreter | Health visitor | 24 February 2027 |',
  );
  expect(readPlanDetails(doc, TODAY)).not.toHaveProperty('nextReview');
  expect(reviewCheck(doc)?.met).toBe(false);
});

describe('a review named at length in a table row, with its day in a cell of its own', () => {
  const table = (...rows: string[]) =>
    plan('## What will happen', '| # | What | Who | When |', '| --- | --- | --- | --- |', ...rows);

  it.each([
    '| 12 | First looked after review within 20 working days of Millie becoming accommodated. | IRO — Sandra Pike | By 08/02/2027 |',
    '| 3 | Case plan review at a family group meeting in three months, with everyone who helped make this plan. | Helen (facilitator) | 8 February 2027 |',
  ])('reads the review date from %s', (row) => {
    const check = reviewCheck(table(row));
    expect(check?.met).toBe(true);
    // The evidence shows the review's own cell, not the row's number.
    expect(check?.evidence?.text).toMatch(/review/);
  });

  it.each([
    '| 4 | Asthma nurse review at the GP surgery; spare reliever to be kept in the school office. | Practice nurse | 31 March 2027 |',
    '| 5 | Circulate to the core group an updated chronology of every incident the police and the school have reported, with their records attached. | SW | 28/02/2027 |',
  ])('takes no plan review from a task row: %s', (row) => {
    expect(reviewCheck(table(row))?.met).toBe(false);
  });
});

// Each of the label wordings, one a line: the words that make a line worth reading for a label
// at all must cover every one of them.
test.each([
  ['Plan start date: 9 October 2026', 'start', '2026-10-09'],
  ['Date became looked after: 3 March 2026', 'start', '2026-03-03'],
  ['Initial CPPM: 1 May 2026', 'start', '2026-05-01'],
  ['Next core group meeting: 14 January 2027', 'core-group', '2027-01-14'],
  ['RCPC: 11/02/2027', 'review', '2027-02-11'],
  ['Next PEP: 2 March 2027', 'review', '2027-03-02'],
  ['Next IEP meeting: 9 March 2027', 'review', '2027-03-09'],
  ['We will look at this again on: 12 January 2027', 'review', '2027-01-12'],
  ['The family will meet again on 8 January 2027.', 'review', '2027-01-08'],
  ['My review is on 5th February 2027.', 'review', '2027-02-05'],
  ['Next CIN meeting: 20 January 2027', 'meeting', '2027-01-20'],
])('"%s" is read as a %s date', (line, kind, date) => {
  const found = findPlanDates(plan(line).blocks, TODAY);
  expect(found).toContainEqual(expect.objectContaining({ kind, date }));
});
