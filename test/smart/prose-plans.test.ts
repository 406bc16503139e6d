import { checkPlan, readTextPlan } from '../../src/smart';
import { planOf } from '../helpers/plan-of';
import { buildSnapshot, locateObjective, locateSpan } from '../../src/pane/snapshot';

/** A plan sent round as an email after a child in need meeting (fictional). */
const EMAIL = [
  "Subject: Plan agreed at today's child in need meeting - Evie Marsh",
  '',
  'Hi all,',
  '',
  'We are still worried that Evie is often not collected on time from school, and that the house has had no heating since October.',
  '',
  'The plan from today is that Mum (Sam) will collect Evie at 3.15pm every school day, as the school will record each week. Sam will ring the landlord by Friday 11 December to get the boiler mended. Evie will keep going to Rainbows on Wednesdays.',
  '',
  'Evie told me she wants "Mummy to be happy and the house to be warm".',
  '',
  'The next CIN meeting will be on 22 January 2027 at 10am at school.',
  '',
  'Best wishes,',
  'Hannah',
].join('\n');

describe('a plan written as an email', () => {
  const doc = readTextPlan(EMAIL);
  const report = checkPlan(doc, { today: new Date(2026, 11, 1) });
  const objectives = report.objectives.map((v) => v.objective);

  it("checks each sentence of the plan's paragraph as an objective, not the meeting date or Evie's wish", () => {
    expect(objectives.map((o) => o.text)).toEqual([
      'The plan from today is that Mum (Sam) will collect Evie at 3.15pm every school day, as the school will record each week.',
      'Sam will ring the landlord by Friday 11 December to get the boiler mended.',
      'Evie will keep going to Rainbows on Wednesdays.',
    ]);
    expect(new Set(objectives.map((o) => o.id)).size).toBe(3);
  });

  it('marks a sentence where it sits in its paragraph', () => {
    // The pane's view of the same paragraphs, as the playground or Word reports them.
    const paragraphs: string[] = [];
    for (const b of doc.blocks) if (b.kind === 'paragraph') paragraphs[b.paragraph] = b.text;
    const snapshot = buildSnapshot([...paragraphs].map((text) => ({ text: text ?? '' })));
    const ring = objectives[1];
    const at = ring.text.indexOf('ring');
    const target = locateSpan(snapshot, ring, at, at + 4);
    expect(target?.expected?.slice(target.start, target.end)).toBe('ring');
    // The objective's own mark covers its sentence, not the whole paragraph.
    const marks = locateObjective(snapshot, ring);
    expect(marks.map((m) => m.expected?.slice(m.start, m.end))).toEqual([ring.text]);
  });

  it('reads "We are still worried that …" as the worry, and the next meeting as the review', () => {
    expect(report.worries.worries.map((w) => w.worry.text)).toEqual([
      'We are still worried that Evie is often not collected on time from school, and that the house has had no heating since October.',
    ]);
    expect(report.checks.find((c) => c.id === 'review-date')?.met).toBe(true);
  });
});

describe('a views section that names each speaker', () => {
  it('reads "Cara: …" as the child\'s own words, and a named parent\'s as not', () => {
    const report = checkPlan(
      planOf(
        [
          '# Family Support Plan',
          '**Parents:** Aoife McCann (mother), Declan McCann (father)',
          '## Outcomes',
          '1. Aoife will take Oisín to speech and language therapy every week until March 2027.',
          '## Views',
          '**Cara:** "I like my new bed."',
          '**Aoife:** "I want help with Oisín\'s talking."',
          '',
        ],
        'markdown',
      ),
    );
    expect(report.familyRead?.childWords.map((w) => w.text)).toEqual(['I like my new bed.']);
    expect(report.checks.find((c) => c.id === 'child-words')?.met).toBe(true);
  });
});

describe('what someone said, written under the outcomes', () => {
  it('reads a quoted view as a view, not as an objective to check', () => {
    const objectives = checkPlan(
      planOf([
        'Outcomes',
        '- Jayden will be home by 9pm on school nights, as Mum will record in the diary each night.',
        '- Jayden said: "I just want my mum to stop worrying."',
        "- Jayden's mum said “I want him home and safe.”",
        '- Amelia wrote, ‘I like it when Nana picks me up.’',
      ]),
      { today: new Date(2026, 11, 1) },
    ).objectives.map((v) => v.objective.text);
    expect(objectives).toEqual([
      'Jayden will be home by 9pm on school nights, as Mum will record in the diary each night.',
    ]);
  });

  it("reads a line labelled as someone's views as theirs, and counts them", () => {
    const report = checkPlan(
      planOf([
        'Targets',
        '- Noah will read 25 of the 30 common exception words by 27 March 2027, as his TA records.',
        "Parent's views: Mum is pleased with the reading support and will practise the words at home.",
        'Noah\'s views: "I like reading with Mrs Khan."',
      ]),
      { today: new Date(2026, 11, 1) },
    );
    expect(report.objectives.map((v) => v.objective.text)).toEqual([
      'Noah will read 25 of the 30 common exception words by 27 March 2027, as his TA records.',
    ]);
    const met = (id: string) => report.checks.find((c) => c.id === id)?.met;
    expect(met('parent-views')).toBe(true);
    expect(met('child-words')).toBe(true);
    expect(report.familyRead.childWords.map((w) => w.text)).toEqual([
      'I like reading with Mrs Khan.',
    ]);
  });
});
