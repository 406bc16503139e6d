import { checkPlan, readTextPlan } from '../../src/smart';
import { isCarePlan } from '../../src/smart/plan-kinds';

/**
 * A looked-after child's care plan (all fictional) is set out by the areas regulation 5 of the
 * Care Planning, Placement and Case Review (England) Regulations 2010 lists: the items under each
 * area are its objectives, and the checklist names the areas it says nothing about.
 */
const TYLER = `# Care Plan – Tyler Mason (fictional), aged 9

**Legal status:** Interim care order. **IRO:** Helen Price. **Social worker:** Priya Shah.

## Where Tyler lives
Tyler lives with his foster carers, Sue and Martin, in Kelsby.

## The plan for permanence
The plan is for Tyler to return home to his mum if the parenting assessment is positive; if not, long-term foster care with Sue and Martin.

## Health
- Tyler will have his review health assessment by 1 March 2027.
- Sue will take Tyler to the dentist by 31 January 2027.

## Education
- Tyler's PEP will be reviewed with the virtual school every term.

## Family time
- Tyler will see his mum every Saturday for two hours at the family centre.

## Tyler's views
Tyler said: "I like living with Sue but I miss my mum."
`;

describe("a looked-after child's care plan", () => {
  it('is known by its title and a looked-after detail at its head, not by "care plan" alone', () => {
    expect(isCarePlan(['Care Plan – Tyler Mason', 'IRO: Helen Price'])).toBe(true);
    expect(isCarePlan(['CLA Care Plan', 'Name: Tyler'])).toBe(true);
    expect(isCarePlan(['Care plan for Amir’s asthma', 'School: Kelsby Primary'])).toBe(false);
  });

  it('reads the items under each area as its objectives, and the plan for permanence as none', () => {
    const report = checkPlan(readTextPlan(TYLER, 'markdown'));
    expect(report.objectives.map((v) => v.objective.text)).toEqual([
      'Tyler will have his review health assessment by 1 March 2027.',
      'Sue will take Tyler to the dentist by 31 January 2027.',
      "Tyler's PEP will be reviewed with the virtual school every term.",
      'Tyler will see his mum every Saturday for two hours at the family centre.',
    ]);
  });

  it('names the areas it says nothing about, and is not asked for worries', () => {
    const checks = Object.fromEntries(
      checkPlan(readTextPlan(TYLER, 'markdown')).checks.map((c) => [c.id, c] as const),
    );
    expect(checks['care-plan-areas'].met).toBe(false);
    expect(checks['care-plan-areas'].message).toMatch(
      /This one says nothing yet about 4: emotional and behavioural development; identity \(faith, culture and language\); how the child presents \(clothes, hygiene, appearance\); self-care skills\.$/,
    );
    expect(checks['worries-answered']).toBeUndefined();
  });
});

describe('a care plan typed as plain lines, each area a line of its own over its sentences', () => {
  // Found by trial: with no heading styles, every line after "What Shannon says" was read as
  // Shannon's views, and the pane said "No objectives found".
  const lines = [
    'Care Plan: Jayden Price (age 9)',
    'Legal status: Section 20',
    'What Shannon says',
    'Shannon agrees Jayden should stay with his foster carers while she gets help.',
    'Health',
    'The LAC nurse will complete Jayden’s review health assessment by 15/03/2027.',
    'Emotional and behavioural development',
    'Jayden will be able to tell an adult when he is worried, using his feelings chart, most days.',
    'IRO: Claire Whitfield',
    'The IRO will chair the next review on 03/03/2027.',
  ];

  it('reads the sentences under each area as its objectives, under that area', () => {
    const report = checkPlan(readTextPlan(lines.join('\n')));
    expect(report.objectives.map((v) => [v.objective.section, v.objective.text])).toEqual([
      ['Health', 'The LAC nurse will complete Jayden’s review health assessment by 15/03/2027.'],
      [
        'Emotional and behavioural development',
        'Jayden will be able to tell an adult when he is worried, using his feelings chart, most days.',
      ],
      [
        'Emotional and behavioural development',
        'The IRO will chair the next review on 03/03/2027.',
      ],
    ]);
  });
});
