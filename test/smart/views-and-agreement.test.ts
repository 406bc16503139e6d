import { checkPlan, readTextPlan } from '../../src/smart';
import { namedAdults } from '../../src/smart/family-names';

/**
 * The parents' views as plans record them, and who the plan's adults are, from the read worries
 * plans' own wordings (written again here for fictional families). A plan that says what Mum
 * said, felt or accepted has her views in it, though no heading says "Parents' views"; and a
 * mother introduced as "Jade Whitlock (mother, 26)" is no child, so what she said is not the
 * child's views.
 */
const TODAY = new Date('2027-01-04T10:00:00');
const checksOf = (markdown: string[]) => {
  const report = checkPlan(readTextPlan(markdown.join('\n'), 'markdown'), { today: TODAY });
  return Object.fromEntries(report.checks.map((c) => [c.id, c]));
};

describe('the adults a plan introduces, as details tables and lists write them', () => {
  it.each([
    ['**Lives with:** Jade Whitlock (mother, 26) and Connor Pryce (29)', 'Jade', 'Mum'],
    ['**Present:** Jade; Pauline Whitlock (maternal grandmother); Tom Ahmed', 'Pauline', 'Carer'],
    ["**Lives with:** Jade Whitlock and Connor Pryce (Jade's partner, 29)", 'Connor', 'Carer'],
    ["**Present:** Kiri; Nan Mere Paewai (Kiri's mum); Grace Ruatapu", 'Mere', 'Carer'],
    ['**In attendance:** Aidan Quinn (social worker); Sharon Keane (mother)', 'Aidan', 'Worker'],
    ['Kerry Marsh – mother (27)', 'Kerry', 'Mum'],
    ['Dean Oakes - father of Leo and Ruby, lives separately', 'Dean', 'Dad'],
    // A details table's row, as the whole-plan readers see it: its cells joined by colons.
    ['Amira Haddad: Mum: 34: –', 'Amira', 'Mum'],
    ['Mother: Leanne Sharrock | Father: Craig Sharrock', 'Craig', 'Dad'],
    ["Mother's partner: Liam Price", 'Liam', 'Carer'],
    ['Unborn baby of: Jade Morgan (19)', 'Jade', 'Mum'],
    ['Father of the baby: Ryan Cole (23)', 'Ryan', 'Dad'],
    ['Placement: At home with mother, Jade Harkin, from 06/10/2026', 'Jade', 'Mum'],
  ])('%s introduces %s as %s', (line, name, role) => {
    expect(namedAdults([line]).get(name)).toBe(role);
  });

  it('takes the name an adult goes by, in brackets, as theirs too', () => {
    const adults = namedAdults(['Mother: Katarzyna (Kasia) Nowak', 'Carer: Terence (Terry) Hale']);
    expect(adults.get('Kasia')).toBe('Mum');
    expect(adults.get('Terry')).toBe('Carer');
  });

  it('introduces nobody from a child in brackets or a role with no name', () => {
    const adults = namedAdults([
      'Callum Whitlock (15, Year 11, Broadmead Academy)',
      'Leo Marsh (DOB 14/03/2023, age 3)',
      'Parents: Mum and Dad',
    ]);
    expect([...adults.keys()]).toEqual([]);
  });
});

describe("the parents' views said in the plan's own words", () => {
  it("finds a mother's views where the plan says what she has said and accepts", () => {
    const checks = checksOf([
      '# Child protection plan (fictional)',
      '- Kerry Marsh – mother (27)',
      '- Leo Marsh (age 3)',
      '## What are we worried about?',
      '- Kerry has said she is "drowning" and has no family nearby.',
      '## What needs to happen',
      '1. Kerry will see her GP about her low mood by 30 January 2027.',
    ]);
    expect(checks['parent-views'].met).toBe(true);
    expect(checks['parent-views'].evidence?.text).toMatch(/^Kerry has said she is "drowning"/);
  });

  it('finds a parent quoted under her name, and a quote signed with it', () => {
    const labelled = checksOf([
      '# Safety plan (fictional)',
      'Mother: Tayla Brooks',
      '## Views',
      'Tayla: "I have done everything they asked. I just need a proper house."',
    ]);
    expect(labelled['parent-views'].met).toBe(true);
    const signed = checksOf([
      '# Family plan (fictional)',
      '**Household members:** Brianna Ortiz (mother, 24); Sofia Ortiz (3)',
      '"I want my kids to be safe and I want to be a good mom." – Brianna',
    ]);
    expect(signed['parent-views'].met).toBe(true);
  });

  it("goes to the plan's own views section before a line that reports what a parent said", () => {
    const checks = checksOf([
      '# Child protection plan (fictional)',
      'Mother: Stacey Hughes',
      '## What are we worried about?',
      '- Stacey has said she struggles to get up in the mornings.',
      "## Parents' views",
      'Stacey wants help with the house, not to be judged.',
    ]);
    expect(checks['parent-views'].evidence?.text).toBe("Parents' views");
  });

  it('does not count what a parent tells the children as her views', () => {
    const checks = checksOf([
      '# Child protection plan (fictional)',
      'Mother: Leanne Sharrock | Father: Craig Sharrock',
      '## What are we worried about?',
      '- Leanne has told the children that their dad does not love them.',
    ]);
    expect(checks['parent-views'].met).toBe(false);
  });

  it("does not take what a mother introduced with her age said for the child's views", () => {
    const checks = checksOf([
      '# Child protection plan (fictional)',
      '**Lives with:** Jade Whitlock (mother, 26) and Connor Pryce (her partner)',
      '## What are we worried about?',
      '- Jade says she loves Connor and does not want him to leave.',
    ]);
    expect(checks['child-views'].met).toBe(false);
    expect(checks['parent-views'].met).toBe(true);
  });
});

test('counts what the child put in the Three Houses as his views', () => {
  const checks = checksOf([
    '# Child protection plan (fictional)',
    'Mother: Stacey Hughes',
    '## Three Houses',
    'Kayden drew his "house of good things" with his dog. In his "house of worries" he drew the kitchen "because it smells".',
    'Stacey said: "I know the house got on top of me."',
  ]);
  expect(checks['child-views'].met).toBe(true);
  expect(checks['child-views'].evidence?.text).toMatch(/house of worries/);
});

describe("the plan's agreement as plans record it", () => {
  it.each([
    'Plan agreed: 04/02/2027. Copies to all members of the Team Around the Child.',
    '*Plan agreed with Daniel on 1 December 2026. Copy given to Daniel, school and GP.*',
    'This plan was agreed with Kieran and Donna on 2 March 2027.',
    'The plan was discussed with Nadia and Yusuf with an interpreter on 24 February 2027, and they agreed to it.',
    'Sinead agreed to all parts of the plan.',
    'She agreed with most of the plan but does not want her ex-partner told her address.',
  ])('reads "%s" as agreement recorded', (line) => {
    const checks = checksOf(['# Child in need plan (fictional)', '## Agreement', line]);
    expect(checks.agreement.met).toBe(true);
  });

  it.each([
    'Plan agreed: to be confirmed at the next core group.',
    'Jade will follow the plan agreed with the community dietitian: four bottles a day.',
    'The plan will be agreed at the review conference.',
    'The baby will not go home until the safety plan is agreed by the network.',
  ])('does not read "%s" as the plan agreed', (line) => {
    const checks = checksOf(['# Child in need plan (fictional)', '## Actions', line]);
    expect(checks.agreement.met).toBe(false);
  });
});

test('reads agreement with most of the plan as a disagreement recorded, not as none', () => {
  const checks = checksOf([
    '# Child protection plan (fictional)',
    '## Agreement',
    'Ms Thornley agreed with most of the plan but does not want Mr Daley told her address.',
  ]);
  expect(checks.agreement.met).toBe(true);
  expect(checks.disagreement.message).toBe('Disagreement is recorded with what it means.');
});

describe("the child's own words, quoted later in a sentence about what the child said", () => {
  const wordsOf = (line: string) =>
    checksOf([
      '# Child protection plan (fictional)',
      '**Parents:** Chantelle Nolan (mother); Darren Nolan (father, living at his brother’s address)',
      '## What are we worried about?',
      line,
    ])['child-words'];

  it.each([
    'Maya said her wish is "for Mummy and Daddy to stop fighting".',
    'Ava said she likes going to Daddy\'s "when he\'s not poorly".',
    'Tyler has told his teacher that he gets Mia up because "Mum\'s still asleep".',
    'Kayden is close to his mum and says he feels "safer now Connor doesn\'t live here".',
    'Ruby used the three houses. In her house of worries she wrote "when Dad shouts and Mum cries".',
  ])('counts the quote in "%s"', (line) => {
    expect(wordsOf(line).met).toBe(true);
  });

  it.each([
    'Darren has said he wants to do "whatever it takes" to be a good dad.',
    'They spoke warmly about Callum and said "he\'s a great wee lad".',
    'Leo has been told very little, and his nan says she "does not want to upset him".',
    'Chantelle has stopped going to Harrowfield Talking Therapies and says she is "running on empty".',
  ])('does not count the quote in "%s" as the child\'s', (line) => {
    expect(wordsOf(line).met).toBe(false);
  });
});

test("finds a parent's views said after what he has done, and prefers a parent quoted", () => {
  const said = checksOf([
    '# Child protection plan (fictional)',
    'Mother: Leanne Sharrock | Father: Craig Sharrock',
    '## Progress',
    'Craig has moved to a flat on the other side of Wexley and says he has cut down his drinking.',
  ]);
  expect(said['parent-views'].met).toBe(true);
  const quoted = checksOf([
    '# Child protection plan (fictional)',
    'Mother: Jade Harkin',
    '## Worries',
    '- Jade can become overwhelmed and has said she would not ask for help.',
    '## Views',
    'Jade: "I know the conditions are there for a reason."',
  ]);
  expect(quoted['parent-views'].evidence?.text).toMatch(/^Jade: "I know/);
});
