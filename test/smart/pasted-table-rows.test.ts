/**
 * A plan table's row pasted as one line keeps its columns ("What: … Who: … When: … How we'll
 * know: …"). A probe written for this, not from a labelled set: the label "How we'll know:" had
 * been read as a clause, "we will know", so the row's outcome read as something "we" do.
 */
import { analyse } from '../../src/smart/analyse';
import { checkObjectiveText } from '../../src/smart';

const today = new Date(2026, 11, 1);
const row = (what: string) =>
  `What: ${what} Who: Jess and Mum. When: from 1 February 2027. How we'll know: Mum's sleep diary, checked by the family worker weekly.`;

describe('a pasted table row', () => {
  it('reads no clause in a column label', () => {
    const a = analyse(row('Jess sleeps in her own bed every night.'), { today });
    expect(a.clauses.map((c) => c.verb)).not.toContain('know');
    expect(a.parts.find((p) => p.role === 'measure')?.label).toBe("How we'll know");
  });

  it('passes an outcome written in the What column', () => {
    expect(
      checkObjectiveText(row('Jess sleeps in her own bed every night.'), { today }).criteria.outcome
        .met,
    ).toBe(true);
  });

  it('still flags an action written in the What column', () => {
    expect(
      checkObjectiveText(row('Mum will take Jess to the GP about her sleep.'), { today }).criteria
        .outcome.met,
    ).toBe(false);
  });
});

it('points a weak "How we\'ll know" column out where it is written', () => {
  const text =
    "Action: Improve home conditions. How we'll know: the SW sees them at the next visit.";
  const finding = checkObjectiveText(text, { today }).criteria.measurable.findings[0];
  expect(finding?.ruleId).toBe('measurable/no-measure');
  expect(text.slice(finding?.start, finding?.end)).toBe('the SW sees them at the next visit');
});
