/**
 * Children are named Áine, Órla, Łucja and Ömer: a capital with an accent or a stroke, which the
 * patterns' plain letters do not match unless the reading folds it. And children are named April, June, Hope, Grace, Summer, Will and Chase: a month, a virtue, a
 * season, a modal or a verb where a subject goes. Every objective of our labelled sets whose
 * subject is a child's name is checked again with the child so named, and each letter's verdict
 * must stay as it was: "April will be in bed by 8pm" names the child as "Evie will" does.
 */
import { childNamed } from '../helpers/child-named';
import { changedVerdicts, letters } from '../helpers/verdict-letters';
import { checkObjectiveText } from '../../src/smart/check';
import { checkPlan, readTextPlan } from '../../src/smart';

const children = childNamed();

const NAMES = [
  'April',
  'June',
  'May',
  'August',
  'Hope',
  'Grace',
  'Summer',
  'Autumn',
  'Will',
  'Mark',
];

describe('first names that are also words', () => {
  it('has objectives to try', () => {
    expect(children.length).toBeGreaterThan(90);
  });

  it.each(NAMES)('leaves every verdict as it was with the child named "%s"', (name) => {
    const rewrite = (o: { text: string; name: string }) =>
      o.text.replace(new RegExp(`\\b${o.name}\\b`, 'g'), name);
    expect(changedVerdicts(children, (o) => o.text, rewrite)).toEqual([]);
  });

  // Irish, Polish, Turkish, Czech and French names, and one typed with a combining accent.
  it.each(['Áine', 'Órla', 'Éabha', 'Łucja', 'Ömer', 'Žofie', 'Zoë', 'A\u0301ine'])(
    'leaves every verdict as it was with the child named "%s"',
    (name) => {
      const rewrite = (o: { text: string; name: string }) =>
        o.text.replace(new RegExp(`\\b${o.name}\\b`, 'g'), name);
      expect(changedVerdicts(children, (o) => o.text, rewrite)).toEqual([]);
    },
  );

  it('underlines the words as written around an accented name', () => {
    const text = 'Órla Ní Bhriain will engage with services.';
    const found = checkObjectiveText(text).criteria.specific.findings;
    expect(found.length).toBeGreaterThan(0);
    const marked = found
      .filter((f) => f.start !== undefined)
      .map((f) => text.slice(f.start, f.end));
    expect(marked).toContain('engage');
  });

  // A verb that is no noun, before a modal: "Chase will …" is never a command. "Chase to …" is
  // left as it reads ("Arrange to …", "Try to …" are commands), so only modals are held here.
  it('leaves every verdict as it was with the child named "Chase", before a modal', () => {
    const withModal = children.filter((o) => o.modal !== 'to');
    expect(withModal.length).toBeGreaterThan(60);
    const rewrite = (o: { text: string; name: string }) =>
      o.text.replace(new RegExp(`\\b${o.name}\\b`, 'g'), 'Chase');
    expect(changedVerdicts(withModal, (o) => o.text, rewrite)).toEqual([]);
  });

  it('reads a name before "to" in a goal judged by its trials as who does it', () => {
    // A goal bank's "Attend to task in 4/5 trials" leaves the pupil unwritten; "Emma to …" names
    // her, as "Emma will …" does.
    for (const name of ['Emma', 'Leo', 'Priya'])
      expect(letters(`${name} to support conclusions using text evidence in 8/10 trials.`)).toBe(
        letters(`${name} will support conclusions using text evidence in 8/10 trials.`),
      );
  });

  it('reads a plan with accented names as it reads the same plan written without accents', () => {
    // Fictional: an Irish family. Siobhán is introduced as Mum, so walking Áine to school is
    // her task, as it is for "Siobhan".
    const plan = [
      'Child in Need Plan for Áine Ní Bhriain (aged 9)',
      'Mum: Siobhán Ní Bhriain',
      'Social worker: Órla Keane',
      "Áine's views",
      'Áine said: "I want Mum to be at home when I get back from school."',
      'Objectives',
      '1. Áine will attend school on at least 95% of days by 12 March 2027, as shown on the school register.',
      '2. Siobhán will walk Áine to school every morning from 7 December 2026, recorded by the school office.',
      '3. Órla will visit the family every 2 weeks until the review on 12 March 2027.',
      'Next review: 12 March 2027.',
    ].join('\n');
    const plain = plan.replace(/Á/g, 'A').replace(/á/g, 'a').replace(/Ó/g, 'O').replace(/í/g, 'i');
    const summary = (text: string) => {
      const report = checkPlan(readTextPlan(text, 'text'), { today: new Date(2026, 11, 1) });
      return {
        letters: report.objectives.map((o) => o.findings.map((f) => f.ruleId)),
        checks: report.checks.map((c) => `${c.id}:${c.met}`),
      };
    };
    expect(summary(plan)).toEqual(summary(plain));
    expect(summary(plan).letters[1]).toContain('outcome/action-only');
  });
});
