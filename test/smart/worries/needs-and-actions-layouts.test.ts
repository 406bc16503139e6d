import { readTextPlan } from '../../../src/smart';
import { pairedPlan as read } from '../../helpers/paired-plan';

/**
 * Layouts of real plans that the worries and objectives readers missed (all fictional): a joint
 * plan of "Need:" and "Action:" lines under its findings, a letter before proceedings in numbered
 * paragraphs, "What needs to change?" over problems before "What will happen", a UNOCINI plan's
 * "Need identified:", an early help plan's "What are the needs?", and sub-headings under a
 * worries section of a plan whose title is not the document's first heading.
 */
const texts = (items: readonly { text: string }[]) => items.map((i) => i.text);

const NEEDS_AND_ACTIONS = `# Joint Plan: Young Person Presenting as Homeless

## 3. What we found

### 3.1 Somewhere to stay

- **Need:** Tyler has nowhere to sleep tonight and has been sofa-surfing for a week.
- **Action:** Tyler to stay at Elmfield House from tonight.
- **Lead / timescale:** Priya Shah; 4 March 2027
- **Action:** Housing Options to keep Tyler's application open.

### 3.2 Money

- **Need:** Tyler has no money for food.
- **Action:** £50 a week allowance while he is at Elmfield House.
- **Lead / timescale:** Children's Services; from 5 March 2027

## 4. Next steps

4.1 Review meeting on 18 March 2027 with Tyler and his mum.
`;

describe('"Need:" and "Action:" lines under the plan\'s findings', () => {
  const { worries, objectives, pairing } = read(NEEDS_AND_ACTIONS);

  it('reads each action as an objective, with its lead and timescale line', () => {
    expect(texts(objectives)).toEqual([
      'Tyler to stay at Elmfield House from tonight. Lead / timescale: Priya Shah; 4 March 2027',
      "Housing Options to keep Tyler's application open.",
      "£50 a week allowance while he is at Elmfield House. Lead / timescale: Children's Services; from 5 March 2027",
      'Review meeting on 18 March 2027 with Tyler and his mum.',
    ]);
  });

  it('reads each need as a worry, answered by the action set out under it', () => {
    expect(texts(worries)).toEqual([
      'Tyler has nowhere to sleep tonight and has been sofa-surfing for a week.',
      'Tyler has no money for food.',
    ]);
    expect(pairing.unanswered).toEqual([]);
    expect(pairing.worries[1].answers[0].objectiveId).toBe(objectives[2].id);
  });
});

const LETTER = `# Letter before proceedings

**To:** Amber Lowe
**Date:** 2 March 2027

---

**1. Why we are writing to you**

1.1 We are writing because we are worried about Finn.

**2. What we are worried about**

2.1 Finn has missed 14 days of nursery since January.

2.2 The police were called to the flat twice in February after arguments.

**3. What we have already done to help**

3.1 Family support from the Oakley Family Hub since October.

**4. The plan**

4.1 **Action:** Amber to take Finn to nursery every weekday morning from 8 March 2027.
`;

describe('a letter in numbered paragraphs', () => {
  const { worries, objectives } = read(LETTER);

  it('reads "2. What we are worried about" over "2.1 …" as the worries section', () => {
    expect(texts(worries)).toEqual([
      'Finn has missed 14 days of nursery since January.',
      'The police were called to the flat twice in February after arguments.',
    ]);
  });

  it("keeps the help already given and the letter's reasons out of both lists", () => {
    expect(texts(objectives)).toEqual([
      'Action: Amber to take Finn to nursery every weekday morning from 8 March 2027.',
    ]);
  });
});

describe('section titles', () => {
  it('a numbered objective over its numbered steps stays an objective', () => {
    const { objectives } = read(`# Plan

## What needs to happen

**1. Mum will attend the Freedom Programme**

1.1 Mum to book her place by 10 March 2027.
`);
    expect(texts(objectives)).toEqual([
      'Mum will attend the Freedom Programme',
      'Mum to book her place by 10 March 2027.',
    ]);
  });

  it('a rule across the page ("---") titles nothing', () => {
    const doc = readTextPlan('Worries\n\n---\n\n- Finn has missed nursery.\n', 'markdown');
    expect(doc.blocks.find((b) => b.kind === 'paragraph' && b.text === '---')).not.toHaveProperty(
      'headingLevel',
    );
  });

  it('"What needs to change?" over problems, before "What will happen", holds worries', () => {
    const { worries, objectives } = read(`# Child Protection Plan

## What needs to change?

- There is no working smoke alarm in the house.
- The kitchen floor is covered in dog mess.

## What will happen

- Fire service to fit smoke alarms within 7 days.
- Mum to clean the kitchen floor every day, checked at each visit until the review.
`);
    expect(texts(worries)).toEqual([
      'There is no working smoke alarm in the house.',
      'The kitchen floor is covered in dog mess.',
    ]);
    expect(objectives).toHaveLength(2);
  });

  it('"Need identified:" and "What are the needs?" say what is wrong', () => {
    const { worries } = read(`# Family Support Plan

## What are the needs?

- Jack has not been in school since October.

## Health

**Need identified:** Aoife has three decayed teeth.
**Action:** Mum to take Aoife to the dentist by 20 May 2027.
`);
    expect(texts(worries)).toEqual([
      'Jack has not been in school since October.',
      'Aoife has three decayed teeth.',
    ]);
  });

  it("sub-headings under the worries of a plan titled below its council's name stay worries", () => {
    const { worries, objectives } = read(`# Eastfield Council
## Child Exploitation Safety Plan

### What are we worried about?

**Where?**
- The bus station, where Kyle has been seen getting into cars.

**At home**
- Mum works nights and Kyle is alone in the evenings.

### What will happen

- Youth worker to meet Kyle every Tuesday after school.
`);
    expect(texts(worries)).toEqual([
      'The bus station, where Kyle has been seen getting into cars.',
      'Mum works nights and Kyle is alone in the evenings.',
    ]);
    expect(texts(objectives)).toEqual(['Youth worker to meet Kyle every Tuesday after school.']);
  });
});

const ANSWERED_IN_OTHER_WORDS: [string, string][] = [
  [
    'Callum has been suspended twice this term for swearing at teachers.',
    'Reintegration meeting at Hill View with a key adult and a time-out card.',
  ],
  [
    'Kerry stopped taking her sertraline in the summer.',
    'Kerry to see her GP about her medication, and to self-refer to Eastbrook Talking Therapies.',
  ],
  [
    'Sinéad says she has no one to talk to since Paul left.',
    "Sinéad to join the Tuesday parents' group at the family centre.",
  ],
  [
    'Tamati has been stood down from school twice this term.',
    'A reintegration meeting at school before Tamati goes back.',
  ],
  [
    'Dawit has scabies and a wound on his leg.',
    'Initial health assessment with the LAC doctor, including treatment for scabies and a look at his leg.',
  ],
];

/**
 * One plan of the kind these come from: each worry above, its answer in other words below, and
 * one worry nothing answers. (Each pair was first tested in a plan of two worries and one
 * objective; the answered model, refitted whenever the read plans are read differently, is
 * fitted to plans of five to twenty worries, and its calibration at that size is not what these
 * tests are about.)
 */
const OTHER_WORDS_PLAN = `# Plan

## What are we worried about?

${ANSWERED_IN_OTHER_WORDS.map(([w]) => `- ${w}`).join('\n')}
- Nobody has repaired the broken back gate.

## What will happen

${ANSWERED_IN_OTHER_WORDS.map(([, o]) => `- ${o}`).join('\n')}
`;

describe('worries answered in other words', () => {
  const { objectives, pairing } = read(OTHER_WORDS_PLAN);

  it.each(ANSWERED_IN_OTHER_WORDS)('"%s" is answered by "%s"', (worry, objective) => {
    const paired = pairing.worries.find((p) => p.worry.text === worry);
    const answers = paired?.answers.map(
      (a) => objectives.find((o) => o.id === a.objectiveId)?.text,
    );
    expect(answers).toContain(objective);
  });

  it('warns only about the worry nothing answers', () => {
    expect(texts(pairing.unanswered)).toEqual(['Nobody has repaired the broken back gate.']);
  });
});
