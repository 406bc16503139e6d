import { checkPlan, readTextPlan } from '../../src/smart';

/**
 * Who a details table introduces, read from the read worries plans' own wordings (written again
 * here for fictional families): a possessive beside a role names the relative, not the adult
 * ("Rhys Jenkins (Bethan's partner, Osian's stepdad)"), and a task's opening verb in a row of
 * who does what is no one's name ("School nurse | Re-refer Osian …", "| Meet Osian and Bethan …").
 */
const TODAY = new Date('2027-01-04T10:00:00');
const checksOf = (markdown: string[]) => {
  const report = checkPlan(readTextPlan(markdown.join('\n'), 'markdown'), { today: TODAY });
  return { report, checks: Object.fromEntries(report.checks.map((c) => [c.id, c])) };
};

describe("a care and support plan whose details name the child as the stepdad's stepson", () => {
  const { report, checks } = checksOf([
    '# Care and support plan (fictional)',
    '| | |',
    '|---|---|',
    '| Child | Gethin Morgan, age 7 |',
    "| Parents | Lowri Morgan (mum) and Dafydd Price (Lowri's partner, Gethin's stepdad) |",
    '## What matters to Gethin',
    'Gethin says: "I like football and my cat Smot. I don\'t like it when people laugh at my reading."',
    '## What matters to Lowri and Dafydd',
    'Lowri: "I want Gethin to be happy at school."',
    '## What will happen',
    '| Who | What | By when |',
    '| --- | --- | --- |',
    "| School nurse | Re-refer Gethin to the children's hearing clinic. | By 30/03/2027 |",
    '| School nurse | Meet Gethin and Lowri about bedtimes and refer to the sleep clinic if needed. | By 28/02/2027 |',
  ]);

  it("counts Gethin's words as the child's views, and his parents' as theirs", () => {
    expect(checks['child-views'].met).toBe(true);
    expect(checks['child-views'].evidence?.text).toBe('What matters to Gethin');
    expect(checks['child-words'].met).toBe(true);
    expect(checks['parent-views'].evidence?.text).toBe('What matters to Lowri and Dafydd');
  });

  it('reads "Re-refer Gethin" as a referral made again: an action, with no result for him', () => {
    const referral = report.objectives.find((v) => /^Re-refer/.test(v.objective.text));
    expect(referral?.criteria.outcome.findings.map((f) => f.ruleId)).toContain(
      'outcome/action-only',
    );
  });
});

test('a child named as someone\'s stepchild speaks as the child: "Euan\'s stepfather"', () => {
  const { checks } = checksOf([
    '# Child protection plan (fictional)',
    '| | |',
    '|---|---|',
    '| Children | Euan Baird (9); Isla Ferrie (5) |',
    "| Parents / carers | Gemma Baird (mother); Scott Ferrie (Isla's father, Euan's stepfather) |",
    '## What we are worried about',
    '- Euan told his teacher that he is scared of getting things wrong at home.',
  ]);
  expect(checks['child-views'].met).toBe(true);
});

test("an adult named only as someone's ex-partner is no child: her words are not the child's", () => {
  const { checks } = checksOf([
    '# Safety plan (fictional)',
    '| | |',
    '|---|---|',
    '| Adult at risk | Shannon Whitlow (29) |',
    "| Person causing harm | Craig Doherty (33) - Mia's father, Shannon's ex-partner |",
    '## Safety',
    '- If Shannon says the code word, Ellie will take Mia upstairs and ring 999.',
  ]);
  expect(checks['child-views'].met).toBe(false);
});
