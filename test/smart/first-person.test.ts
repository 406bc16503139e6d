/**
 * Pathway plans, safety plans and a child's own targets speak as "I will" or to "you". Every
 * objective of our labelled sets whose subject is a child's name is checked again in the first
 * and the second person, and each letter's verdict must stay as it was.
 */
import { childNamed } from '../helpers/child-named';
import { checkObjectiveText, checkPlan } from '../../src/smart';
import { speaksAsItsChild } from '../../src/smart/own-plan';
import { planOf } from '../helpers/plan-of';
import { changedVerdicts, today } from '../helpers/verdict-letters';

const objectives = childNamed().filter((o) => o.modal === 'will');

const PERSONS: [string, string, Record<string, string>][] = [
  [
    'I',
    'I',
    {
      his: 'my',
      her: 'my',
      their: 'my',
      he: 'I',
      she: 'I',
      they: 'I',
      him: 'me',
      them: 'me',
      himself: 'myself',
      herself: 'myself',
      themselves: 'myself',
    },
  ],
  [
    'you',
    'You',
    {
      his: 'your',
      her: 'your',
      their: 'your',
      he: 'you',
      she: 'you',
      they: 'you',
      him: 'you',
      them: 'you',
      himself: 'yourself',
      herself: 'yourself',
      themselves: 'yourself',
    },
  ],
];

const FIRST: Record<string, string> = { is: 'am', was: 'was', has: 'have', does: 'do' };
const SECOND: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do' };

describe('the first and the second person', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(50);
  });

  it.each(PERSONS)('leaves every verdict as it was with "%s will"', (_name, subject, words) => {
    // "where she is going" becomes "where I am going", not "where I is going": the checker is
    // asked about what a child would write.
    const agree = (text: string) =>
      text
        .replace(/\bI (is|was|has|does)\b/g, (_m, v: string) => `I ${FIRST[v]}`)
        .replace(/\byou (is|was|has|does)\b/g, (_m, v: string) => `you ${SECOND[v]}`);
    const rewrite = (o: { rest: string }) =>
      agree(
        `${subject} will ${o.rest.replace(/\b(?:his|her|their|he|she|they|him|them|himself|herself|themselves)\b/g, (w) => words[w])}`,
      );
    expect(changedVerdicts(objectives, (o) => o.text, rewrite)).toEqual([]);
  });
});

// A care leaver's independence checklist ticks off what is done: "I have been to visit the job
// centre" (real set W's tune half). "Been to" is where the young person went, not "I have been"
// as a subject before an "X to <verb>" modal.
describe('"have been to" in a checklist of what is done', () => {
  it('reads "I have been to visit the job centre" as naming the young person', () => {
    const verdict = checkObjectiveText('I have been to visit the job centre on my own.', {
      today,
    });
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
  });
});

describe("a plan in the young person's own voice", () => {
  const plan = (first: string, second: string) =>
    checkPlan(
      planOf(
        [
          '# Pathway plan (fictional)',
          '## My goals',
          `- ${first}`,
          `- ${second}`,
          '- Get a CSCS card.',
        ],
        'markdown',
      ),
      { today },
    );
  const noWho = (report: ReturnType<typeof plan>) =>
    report.objectives[2].findings.some((f) => f.ruleId === 'specific/no-who');

  it('reads a command with no subject as theirs to do', () => {
    expect(
      noWho(
        plan(
          'I will go to college three days a week.',
          'I will cook 3 meals a week with my key worker.',
        ),
      ),
    ).toBe(false);
    // Written about Kyle, the same command names nobody.
    expect(
      noWho(plan('Kyle will go to college three days a week.', 'Kyle will cook 3 meals a week.')),
    ).toBe(true);
  });

  it("takes two in five objectives in the first person, and at least two, as the plan's voice", () => {
    const texts = (...t: string[]) => t.map((text) => ({ text }));
    expect(
      speaksAsItsChild(texts('I will go to college.', "I'll cook once a week.", 'Get a job.')),
    ).toBe(true);
    expect(speaksAsItsChild(texts('I will go to college.', 'Get a job.'))).toBe(false);
    expect(
      speaksAsItsChild(
        texts(
          'I will go to college.',
          'By March, I will cook.',
          'Mum will call.',
          'Dad will call.',
          'Nan will call.',
          'The school will call.',
        ),
      ),
    ).toBe(false);
  });
});
