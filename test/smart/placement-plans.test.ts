import { checkPlan, readTextPlan } from '../../src/smart';
import { findTimes } from '../../src/smart/dates';
import { planKind } from '../../src/smart/plan-kinds';

/**
 * A looked-after child's placement plan (fictional) says how the carers will meet the child's
 * needs day to day (Care Planning, Placement and Case Review (England) Regulations 2010,
 * Schedule 2). Found by trial: it was read as a child protection plan, and its checklist asked
 * for the worries it has no reason to name.
 */
const AVA = `# Placement Plan

**Child:** Ava Brennan (8)   **Legal status:** Section 20
**Foster carers:** Nadia and Tom Kerr (Riverside Fostering)
**Child's social worker:** Owen Price

## What Ava says
Ava says she likes her room but misses her dog.

## Day-to-day arrangements

| Area | What will happen | Who | When |
|---|---|---|---|
| School | Ava will stay at Elm Road Primary; Tom will take her each day. | Tom Kerr | From 07/12/2026 |
| Family time | Ava will see her dad at the family centre every Saturday for two hours. | Owen Price | From 12/12/2026 |
| Health | Ava will have her initial health assessment. | Owen Price to request | By 18/12/2026 |

## Behaviour and routines
Ava can be unsettled at night. Nadia will keep the bedtime routine Ava had at home, and Ava will have a night light.

## Delegated authority
Nadia and Tom can agree to school trips, haircuts and sleepovers with friends they know.

## Review
First review: 17/12/2026 with the IRO.
`;

describe("a looked-after child's placement plan", () => {
  it('is known by its title with a looked-after or fostering detail at its head', () => {
    expect(planKind(['Placement Plan', 'Foster carers: Nadia and Tom Kerr'])).toBe('placement');
    expect(planKind(['Foster placement plan – Ava', 'Legal status: Section 20'])).toBe('placement');
    // A student's work placement, and a care plan's details naming the placement plan meeting.
    expect(planKind(['Work placement plan', 'College: Kelsby FE'])).toBe('other');
    expect(planKind(['Placement plan meeting: 27/11/2026', 'Foster carers: the Kerrs'])).toBe(
      'other',
    );
  });

  it('names the areas it leaves out and asks for no worries', () => {
    const checks = Object.fromEntries(
      checkPlan(readTextPlan(AVA, 'markdown')).checks.map((c) => [c.id, c] as const),
    );
    expect(checks['placement-plan-areas'].met).toBe(false);
    expect(checks['placement-plan-areas'].message).toMatch(
      /This one says nothing yet about 2: the social worker's visits; identity \(faith, culture and language\)\.$/,
    );
    expect(checks['worries-answered']).toBeUndefined();
  });

  it('checks the table rows, not the routines it describes or what the carers may agree to', () => {
    const report = checkPlan(readTextPlan(AVA, 'markdown'));
    const texts = report.objectives.map((v) => v.objective.text);
    expect(texts).toHaveLength(3);
    expect(texts.join(' ')).not.toMatch(/night light|haircuts/);
  });
});

describe('a unit that starts a compound noun is no time', () => {
  // Found by the same trial: "a night light" was read as how often ("twice a night").
  it.each([
    'Ava will have her own bedroom and a night light.',
    'Ava will go on a day trip with her dad.',
    "Nadia will take a week's holiday with the children.",
  ])('%s', (text) => {
    expect(findTimes(text, new Date(2026, 11, 1))).toEqual([]);
  });

  it.each([
    'Ava will go swimming once a week out of school hours.',
    'Her dad will phone her twice a night when she stays over.',
  ])('still reads how often in: %s', (text) => {
    expect(findTimes(text, new Date(2026, 11, 1)).map((t) => t.kind)).toContain('frequency');
  });
});

describe("the carers' views, as a placement plan words them", () => {
  const viewsMet = (line: string) =>
    checkPlan(
      readTextPlan(
        AVA.replace('## Behaviour and routines', `${line}\n\n## Behaviour and routines`),
        'markdown',
      ),
    ).checks.find((c) => c.id === 'parent-views')?.met;

  it('is missing from the plan as it stands', () => {
    expect(viewsMet('')).toBe(false);
  });

  it.each([
    '## What the foster carers say\nNadia and Tom say Ava is settling well.',
    'The foster carers said Ava is settling well.',
    '## Views of the foster carers\nAva is settling well and eats well.',
    'The kinship carers feel Ava needs more time with her dad.',
    'Nadia (foster carer) said Ava is settling well.',
    'Kerry (Mum) says she wants Ava home by the summer.',
  ])('counts "%s"', (line) => {
    expect(viewsMet(line)).toBe(true);
  });

  it("does not count a child's words as the carers' because a role follows in brackets", () => {
    expect(viewsMet('Ava (aged 7) said she likes her new bedroom.')).toBe(false);
  });

  it('does not count carers who only act', () => {
    expect(viewsMet('The carers will take Ava to her swimming lesson every Saturday.')).toBe(false);
  });
});
