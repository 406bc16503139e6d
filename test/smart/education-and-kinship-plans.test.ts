/**
 * Two more kinds of plan read as their users would: a looked-after child's personal education
 * plan, with its targets in a table, and a special guardianship support plan whose sections are
 * numbered titles over sentences. Fictional families.
 */
import { checkPlan, readTextPlan } from '../../src/smart';
import { checkObjectiveText } from '../../src/smart/check';

const TODAY = new Date('2026-12-06T10:00:00');

const ruleIds = (text: string) =>
  checkObjectiveText(text, { today: TODAY }).findings.map((f) => f.ruleId);

const PEP = `# Personal Education Plan (PEP) – Autumn Term 2026

**Child:** Kayden Walsh (12), Year 7

## SMART targets

| Target | Actions | Who | By when |
|---|---|---|---|
| Kayden's reading age will go up by at least 9 months. | Lexia 3 x 20 minutes a week | English department | Retest in March 2027 |
| Kayden will join the after-school science club. | Jo to book a place | Jo and Kayden | Spring term |
`;

describe("a looked-after child's personal education plan", () => {
  const plan = () => checkPlan(readTextPlan(PEP, 'markdown'), { today: TODAY });

  it('takes "Spring term" in the By when column as the time', () => {
    const club = plan().objectives.find((o) => o.objective.text.includes('science club'));
    expect(club?.criteria.timely.met).toBe(true);
  });

  it('reads a reading age going up by 9 months as progress, not as a goal 9 months away', () => {
    const stages = plan().checks.find((c) => c.id === 'stages');
    expect(stages?.met).toBe(true);
    // With no date of its own, it is still told to say when.
    expect(ruleIds("Kayden's reading age will go up by at least 9 months.")).toContain(
      'timely/no-timescale',
    );
  });
});

const SPECIAL_GUARDIANSHIP = `Special Guardianship Support Plan
Child: Maisie Taylor (3)
Special guardians: Pauline and Keith Taylor (maternal grandparents)

1. Financial support
Pauline and Keith will receive a special guardianship allowance of £180.50 a week, reviewed every year in April.
Naomi will help Pauline and Keith apply for Child Benefit by 31/12/2026.

2. Contact with birth family
Maisie will see her mother, Jade, once a month for 2 hours at the Westmoor Family Centre.

3. Therapeutic support
If Maisie shows signs of trauma, Naomi will apply to the Adoption and Special Guardianship Support Fund for therapy.
`;

describe('a special guardianship support plan in numbered sections', () => {
  const objectives = () =>
    checkPlan(readTextPlan(SPECIAL_GUARDIANSHIP), { today: TODAY }).objectives;

  it('checks the sentences under each numbered title, not the titles', () => {
    const read = objectives();
    expect(read.map((o) => o.objective.text)).toEqual([
      expect.stringContaining('special guardianship allowance'),
      expect.stringContaining('Child Benefit'),
      expect.stringContaining('once a month'),
      expect.stringContaining('signs of trauma'),
    ]);
    expect(read[2].objective.section).toBe('Contact with birth family');
  });

  it('does not call a fund by its name a vague "support"', () => {
    const fund = objectives()[3];
    expect(fund.findings.map((f) => f.ruleId)).not.toContain('specific/vague-verb');
  });

  it('still checks one short numbered item over a paragraph as an objective', () => {
    const one = `Plan\n1. Better spelling\nMum says Ava is trying hard at home.\n2. Ava will read to Mum for 10 minutes every evening.\n`;
    const texts = checkPlan(readTextPlan(one), { today: TODAY }).objectives.map(
      (o) => o.objective.text,
    );
    expect(texts).toContain('Better spelling');
  });
});
