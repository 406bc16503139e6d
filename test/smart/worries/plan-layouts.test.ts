/**
 * Layouts of real plans that the worries reader must read as their writers meant them. Each
 * plan here is fictional, written in the shape of a layout seen in plans written blind to the
 * checker (test/worries/tune3).
 */
import { pairedPlan as read } from '../../helpers/paired-plan';

describe('a plan table with a column of needs beside the column that answers them', () => {
  it('reads "What needs to change" beside "Need" as the objective, answering its row', () => {
    const { worries, objectives, pairing } = read(`# Child protection plan

| Need | What needs to change | Who | By when |
|---|---|---|---|
| Rosie has missed 20 days of school this term. | Rosie will be in school every day, on time. | Mum; school | 1 May 2026 |
| The kitchen has no working cooker. | The family will have a working cooker. | Housing officer | 1 April 2026 |
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Rosie has missed 20 days of school this term.',
      'The kitchen has no working cooker.',
    ]);
    expect(objectives.map((o) => o.text)).toEqual([
      expect.stringMatching(/^Rosie will be in school every day, on time\./),
      expect.stringMatching(/^The family will have a working cooker\./),
    ]);
    expect(pairing.unanswered).toEqual([]);
  });

  it('reads "How these needs will be met" beside "Needs" as what will be done', () => {
    const { worries, objectives } = read(`# Care plan

| Area | Needs | How these needs will be met | Who | When |
|---|---|---|---|---|
| Health | Sami has not seen a dentist for two years. | The carers will register Sami with a dentist and take him for a check-up. | Foster carers | 30 June 2026 |
`);
    expect(worries.map((w) => w.text)).toEqual(['Sami has not seen a dentist for two years.']);
    expect(objectives.map((o) => o.text)).toEqual([
      expect.stringMatching(/^The carers will register Sami with a dentist/),
    ]);
  });

  it("reads an EHC plan's Section E table of outcomes and steps, with no who or when, as its outcomes", () => {
    const { worries, objectives, pairing } = read(`# Education, Health and Care Plan

## Section B: Special educational needs

- Priya finds it hard to follow spoken instructions given to the whole class.
- Priya's handwriting is slow because of weak fine motor skills.

## Section E: Outcomes

| Outcome (by the end of Key Stage 2) | Steps towards it (by the end of Year 5) |
|---|---|
| Priya will follow a three-step instruction given to the whole class, using her visual timetable. | Priya will follow a two-step instruction in a small group on 4 out of 5 occasions. |
| Priya will record longer pieces of work on a laptop and form her letters with an adapted pencil grip. | Priya will type a short sentence on her own. |
`);
    expect(worries).toHaveLength(2);
    expect(objectives.map((o) => o.text)).toEqual([
      expect.stringMatching(/^Priya will follow a three-step instruction/),
      expect.stringMatching(/^Priya will record longer pieces of work/),
    ]);
    expect(pairing.unanswered).toEqual([]);
  });

  it("reads a Welsh care and support plan's 'What matters | Personal outcome | What will help' table", () => {
    const { worries, objectives, pairing } = read(`# Care and Support Plan

## Outcomes Ellie wants to achieve

| What matters | Personal outcome | What will help | Who | When |
|---|---|---|---|---|
| Ellie gets upset and angry after contact with Mum. | Ellie will feel calm after contact and be able to tell Nan how she feels. | Play therapy sessions every week. | Play therapist | From 1 March 2027 |
| Nan struggles to pay for Ellie's school uniform and trips. | Nan will have enough money for Ellie's school things. | Apply for a kinship allowance. | Social worker | 31 March 2027 |
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Ellie gets upset and angry after contact with Mum.',
      "Nan struggles to pay for Ellie's school uniform and trips.",
    ]);
    // "Personal outcome" is the outcome, not who: the row's who is its "Who" column.
    expect(objectives[0].parts.map((p) => [p.role, p.label])).toEqual([
      ['outcome', 'Personal outcome'],
      ['action', 'What will help'],
      ['who', 'Who'],
      ['when', 'When'],
    ]);
    expect(pairing.unanswered).toEqual([]);
  });

  it('still reads "What needs to change" as what is wrong when no other column names a need', () => {
    const { worries } = read(`# Child protection plan

| What needs to change | What will happen | Who | By when |
|---|---|---|---|
| Mum has no break from caring. | Aunt Jo will have the children every Saturday. | Jo | 1 May 2026 |
`);
    expect(worries.map((w) => w.text)).toEqual(['Mum has no break from caring.']);
  });
});

describe('worries under the headings real plans give them', () => {
  const worriesUnder = (heading: string, objectivesHeading = '## Our goals') =>
    read(`# Family plan

${heading}

- Dylan has been excluded from school twice this year.
- Nobody in the family has a working phone.

${objectivesHeading}

1. Dylan will stay in school with no more exclusions this year.
`).worries.map((w) => w.text);

  it.each([
    "## What's worrying us",
    '## What is worrying everyone',
    '## Safety threats',
    "## Section C: Dylan's health needs which relate to his SEN",
    '## Section D: social care needs',
    '**What I need**',
    '## My needs',
    '### Part E – Barriers to learning',
    '## 2. Why is Dylan being looked after?',
    "### II. CHILDREN'S NEEDS",
    '## Part 3 – Needs',
  ])('reads the items under "%s" as worries', (heading) => {
    expect(worriesUnder(heading)).toEqual([
      'Dylan has been excluded from school twice this year.',
      'Nobody in the family has a working phone.',
    ]);
  });

  it('reads a prose paragraph under "What\'s worrying us" sentence by sentence', () => {
    const { worries } = read(`# Early help plan

## What's worrying us

Dylan is gaming until 3 in the morning and is too tired for school. Money is tight since Dad's hours were cut.

## Our goals

1. Dylan will be in bed by 11pm on school nights.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Dylan is gaming until 3 in the morning and is too tired for school.',
      "Money is tight since Dad's hours were cut.",
    ]);
  });

  it('reads the story of how the work began as background when the plan names its worries elsewhere', () => {
    const plan = (worries: string) => `# Child protection plan

## Summary of concerns

The family moved to Eastham in 2024. A neighbour called the police in January after hearing shouting.

${worries}

## What needs to happen

- Dad will leave the house whenever he feels his temper rising, and go to his brother's.
`;
    expect(
      read(
        plan(
          '## What we are worried about\n\n- Dad shouts at Mia and has thrown a plate near her.',
        ),
      ).worries.map((w) => w.text),
    ).toEqual(['Dad shouts at Mia and has thrown a plate near her.']);
    // With no worries named elsewhere, the story is all the plan says is wrong: it stays.
    expect(read(plan('')).worries.map((w) => w.text)).toEqual([
      'The family moved to Eastham in 2024.',
      'A neighbour called the police in January after hearing shouting.',
    ]);
  });

  it('keeps a sentence whole across a title written with a full stop ("Ms. Ortiz")', () => {
    const { worries } = read(`# Family services case plan

## Safety threats

Police found Ms. Ortiz asleep and could not wake her for some time. Dr. Vega found the baby underweight.

## Goals

1. Ms. Ortiz will be sober and awake whenever she is caring for the baby.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Police found Ms. Ortiz asleep and could not wake her for some time.',
      'Dr. Vega found the baby underweight.',
    ]);
  });

  it('reads "What needs to change" as the worries when a section headed "Plan" sets out the objectives after it', () => {
    const { worries, objectives } = read(`# Child protection plan

## What needs to change

- Mum calls Leila names in front of her brothers most days.
- Leila has been self-harming since the autumn.

## Plan

- Mum will work with the family therapist on ways to praise Leila.
- Leila will have a safety plan from CAMHS that she and school both hold.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Mum calls Leila names in front of her brothers most days.',
      'Leila has been self-harming since the autumn.',
    ]);
    expect(objectives).toHaveLength(2);
  });

  it("reads a safety goal under its worry's own heading as the objective that answers it", () => {
    const { worries, objectives, pairing } = read(`# Child protection plan

## Worry 1

Danger statement: Everyone is worried that Lily could be hurt if Dad drinks and gets angry when she is at home.

Safety goal: Dad will be sober whenever he cares for Lily, checked by breath tests at each visit.

## Worry 2

Danger statement: Everyone is worried that Lily will miss more school and fall behind.

Safety goal: Lily will be in school by 8.50 every day.
`);
    expect(worries).toHaveLength(2);
    expect(objectives.map((o) => o.text)).toEqual([
      'Dad will be sober whenever he cares for Lily, checked by breath tests at each visit.',
      'Lily will be in school by 8.50 every day.',
    ]);
    expect(pairing.unanswered).toEqual([]);
  });

  it('keeps a list of what I need to do as objectives, not worries', () => {
    const { worries } = read(`# Pathway plan

**What I need to do**

- Register with a GP by the end of March.
- Open a bank account.
`);
    expect(worries).toEqual([]);
  });
});

describe("what is working well, set out between a plan's worries and its objectives", () => {
  it('reads none of what is going well, or the protective factors, as an objective', () => {
    const { worries, objectives } = read(`# Pre-birth plan

## Why are we worried about the baby?

- Kerry has missed three of her five antenatal appointments.

## What is going well?

- Kerry is excited about the baby and has bought a cot.
- Kerry's aunt Brenda has said she would like to help.

## What's working well

- Kerry keeps in touch with her personal adviser most weeks.

## Protective factors

- Kerry has stopped smoking since she found out she was pregnant.

## Pre-birth plan

- Kerry will go to every antenatal appointment, with her personal adviser giving her a lift.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Kerry has missed three of her five antenatal appointments.',
    ]);
    expect(objectives.map((o) => o.text)).toEqual([
      'Kerry will go to every antenatal appointment, with her personal adviser giving her a lift.',
    ]);
  });
});

describe("a family group conference's plan", () => {
  it("reads the referrer's questions for the family as the worries, and what the family needs from services as objectives", () => {
    const { worries, objectives, pairing } = read(`# Family Group Conference - Family Plan

**Children:** Ruby Fenn (7), Alfie Fenn (2)

## The questions for the family

1. How will the family make sure Ruby and Alfie are safe if Kelly has been drinking?
2. How will the family make sure Ruby gets to school every day?

## Our plan (in our words)

### Keeping the children safe

- If Kelly has had a drink she will ring Nan and the children will go to Nan's for the night.

### School

- Nan will walk Ruby to school on Monday, Wednesday and Friday, and Kelly on Tuesday and Thursday.

## What we need from services

- The alcohol service to give Kelly a key worker and a first appointment within 2 weeks.

## If the plan isn't working

- If Nan finds Kelly has been drinking, she will take the children home with her and ring the social worker.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'How will the family make sure Ruby and Alfie are safe if Kelly has been drinking?',
      'How will the family make sure Ruby gets to school every day?',
    ]);
    // The contingency is what happens if the plan fails, not one of its objectives.
    expect(objectives.map((o) => o.text)).toEqual([
      "If Kelly has had a drink she will ring Nan and the children will go to Nan's for the night.",
      'Nan will walk Ruby to school on Monday, Wednesday and Friday, and Kelly on Tuesday and Thursday.',
      'The alcohol service to give Kelly a key worker and a first appointment within 2 weeks.',
    ]);
    expect(pairing.unanswered).toEqual([]);
  });
});

describe('a plan whose own name holds a worry word', () => {
  it('reads the header under "Child Exploitation Risk and Safety Plan" as no worries', () => {
    const { worries } = read(`# Child Exploitation Risk and Safety Plan

**Young person:** Jayden Moss, age 15
**Social worker:** Priya Nair

## Risk area 1: Missing from home

**What we are worried about**

- Jayden has been reported missing six times since November.

**Plan**

- Mum to report Jayden missing to the police as soon as he is not home by his 9pm curfew.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Jayden has been reported missing six times since November.',
    ]);
  });

  it('reads "Risk and Safety Management Plan - Child Criminal Exploitation" as the plan\'s name', () => {
    const { worries } = read(`# Risk and Safety Management Plan - Child Criminal Exploitation

Northfold Youth Justice Service

## What we are worried about

- Kian has been reported missing seven times since November.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Kian has been reported missing seven times since November.',
    ]);
  });
});

describe("a column's name with a gloss in brackets", () => {
  it('reads "Personal outcome (what matters)" by its name, as the outcome, not the need', () => {
    const { worries, objectives } = read(`# Care and support plan

## Personal outcomes and how they will be met

| Personal outcome (what matters) | How this will be achieved | Who | Review by |
|---|---|---|---|
| "I want to go swimming like other people." | A personal assistant for 6 hours a week to take Osian swimming. | Social worker | 30/04/2027 |
`);
    expect(worries).toEqual([]);
    expect(objectives.map((o) => o.text)).toEqual([
      expect.stringMatching(/^"I want to go swimming like other people\."/),
    ]);
  });
});

describe('a youth justice intervention plan', () => {
  it('reads "Things that make offending more likely" as the worries its targets answer', () => {
    const { worries, pairing } = read(`# Referral Order - Intervention Plan

## Things that make offending more likely

- Callum smokes cannabis every day.
- Callum is on a part-time timetable at school and is out on his own in the afternoons.

## Things that help Callum stop offending

- Callum is close to his grandad and wants to be a mechanic.

## My targets

| Target | How | Who | By when |
|---|---|---|---|
| Cut down and stop smoking cannabis. | Six sessions with the young people's drug worker. | Callum, drug worker | 30/06/2026 |
| Get back into full-time education. | The education worker will go to the reintegration meeting at school. | Education worker | 31/03/2026 |
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Callum smokes cannabis every day.',
      'Callum is on a part-time timetable at school and is out on his own in the afternoons.',
    ]);
    expect(pairing.unanswered).toEqual([]);
  });
});

describe("an EHC plan's provision set out by area of need", () => {
  it('reads the "Area of need" column as the row\'s area, not as more needs', () => {
    const { worries } = read(`# Education, Health and Care Plan

## Section B: Special educational needs

### Communication and interaction

- Noah finds it hard to follow instructions of more than two steps.

### Sensory and/or physical

- Noah's pencil grip is immature and he struggles with buttons.

## Section F: Special educational provision

| Area of need | Provision | Frequency / staffing | Provided by |
|---|---|---|---|
| Communication and interaction | A speech and language therapy programme delivered by a trained teaching assistant. | 3 x 20 mins weekly | TA, SLT |
| Sensory / physical | A daily fine motor programme. | 10 mins daily | Class TA |
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Noah finds it hard to follow instructions of more than two steps.',
      "Noah's pencil grip is immature and he struggles with buttons.",
    ]);
  });
});

describe('a title line inside a Markdown section', () => {
  it("reads a bold title under a section's heading as a part of that section, not a new one", () => {
    // Its warning signs, under a title glossed after a dash, are no objectives.
    // "When I feel like hurting myself I will:" is part of the safety plan above it; as a
    // section of its own it headed nothing the reader knew, and its items were dropped.
    const { objectives } = read(`# Child in need plan

## Mia's safety plan (written with Mia)

**My warning signs - things that tell me and others I'm not OK:**
- I stay in my room and don't come down for tea.

**When I feel like hurting myself I will:**
- Go downstairs and sit with Mum, even if I don't want to talk.
- Ring Childline (the number is saved in my phone).

**If I can't keep myself safe:**
- Mum will take me to A&E or ring 111.
`);
    expect(objectives.map((o) => o.text)).toEqual([
      "Go downstairs and sit with Mum, even if I don't want to talk.",
      'Ring Childline (the number is saved in my phone).',
      'Mum will take me to A&E or ring 111.',
    ]);
  });
});

describe('a strength written among the needs', () => {
  it('reads a sentence that only says what is going well as no worry', () => {
    const { worries } = read(`# Child in need plan

## Needs identified

- Isaac is generally healthy and his immunisations are up to date.
- Isaac's dental check is overdue and he has toothache.

## Section B: Special educational needs

### Cognition and learning

Freya has strong number skills and enjoys maths.

- Freya is not yet reading at the level of her class and finds blending hard.
`);
    expect(worries.map((w) => w.text)).toEqual([
      "Isaac's dental check is overdue and he has toothache.",
      'Freya is not yet reading at the level of her class and finds blending hard.',
    ]);
  });
});

describe('a row about the plan itself', () => {
  it('reads "The plan needs to be checked ..." in a column of needs as no worry', () => {
    const { worries } = read(`# Child protection plan

| Need | Action | Who | By when |
|---|---|---|---|
| Mason is often left to look after his sisters in the evenings. | Mum will not leave Mason in charge of his sisters. | Mum | From today |
| The plan needs to be checked to make sure things are changing for the children. | Social worker to visit every 10 working days. | Social worker | Ongoing |
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Mason is often left to look after his sisters in the evenings.',
    ]);
  });
});

describe("the details under a plan's title", () => {
  it('reads "Schools: ..." under "Our Family Plan" as the family\'s details, not an objective', () => {
    const { objectives } = read(`# Our Family Plan – Team Around the Family

**Family:** Chantelle Ward (mum), Kaden Ward (9)
**Schools:** Kaden and Lacey both go to Eastmoor Primary
**Next meeting:** 11 March 2026

## What we will do

- I'll do a morning chart with Kaden, with stickers, from next Monday.
`);
    expect(objectives.map((o) => o.text)).toEqual([
      "I'll do a morning chart with Kaden, with stickers, from next Monday.",
    ]);
  });
});

// Layouts from plans written blind to the checker in December 2026 (test/worries/tune5).
describe('needs and what will be done, titled in other words', () => {
  it('reads "What the children need:" as needs and "What will be done:" as objectives', () => {
    const { worries, objectives, pairing } = read(`# Kinship Care Support Plan

## Wellbeing needs and supports

### Healthy

**What the children need:**
- Corran finds it hard to get to sleep and is often awake until after 11pm.

**What will be done:**
- The school nurse will meet Aileen by 30 April to set up a bedtime routine for Corran.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Corran finds it hard to get to sleep and is often awake until after 11pm.',
    ]);
    expect(objectives.map((o) => o.text)).toEqual([
      'The school nurse will meet Aileen by 30 April to set up a bedtime routine for Corran.',
    ]);
    expect(pairing.unanswered).toEqual([]);
  });

  it('reads "What\'s getting in the way" as worries and "What I\'m going to do" as objectives', () => {
    const { worries, objectives } = read(`# Youth Justice Service
## My Intervention Plan

### Cannabis
**What's getting in the way:**
- I smoke weed most days after school.

**What I'm going to do / what help I'll get:**
- See Priya from the young people's drug service for six sessions to cut down.
`);
    expect(worries.map((w) => w.text)).toEqual(['I smoke weed most days after school.']);
    expect(objectives.map((o) => o.text)).toEqual([
      "See Priya from the young people's drug service for six sessions to cut down.",
    ]);
  });

  it('reads a service plan\'s "Priority needs" as its worries', () => {
    const { worries } = read(`# Service Plan

## Priority needs
1. Supervision. A neighbour found Tia alone on the front steps twice in October.
2. Home safety. Medication was left within Tia's reach.

## Goals and activities
- Dana will keep all medication in the locked box from today, checked at each home visit.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Supervision. A neighbour found Tia alone on the front steps twice in October.',
      "Home safety. Medication was left within Tia's reach.",
    ]);
  });
});

describe('table columns named in other words', () => {
  it('reads a "Risk indicator" column as the worries, not as how anyone will know', () => {
    const { worries } = read(`# Missing from Home: Risk Management Plan

## Risk indicators

| Risk indicator | What we know | Level |
|---|---|---|
| Going missing overnight | Three episodes in a month. | High |
| Contact with older males in cars | Seen by school staff twice. | High |
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Going missing overnight',
      'Contact with older males in cars',
    ]);
  });

  it('reads a "Safety threat" column as the worry its row\'s action answers', () => {
    const { worries, pairing } = read(`# In-Home Safety Plan

| Safety threat | Safety action | Responsible person | Frequency |
|---|---|---|---|
| Unsafe sleep for the baby. | Mason will sleep on his back in his own crib. | Denise | Every night |
`);
    expect(worries.map((w) => w.text)).toEqual(['Unsafe sleep for the baby.']);
    expect(pairing.unanswered).toEqual([]);
  });

  it('reads "What will we do?" asked as a question as the column of objectives', () => {
    const { objectives } = read(`# Our Family Plan

## Our plan

| What will we do? | Who will do it? | By when? |
|---|---|---|
| Apply for bus passes for Leo and Mia. | Jo | 14 November 2026 |
| Fill in the form for Alfie's nursery place. | Jo and Shannon | 21 November 2026 |
`);
    expect(objectives.map((o) => o.text)).toEqual([
      expect.stringMatching(/^Apply for bus passes for Leo and Mia\./),
      expect.stringMatching(/^Fill in the form for Alfie's nursery place\./),
    ]);
  });
});

describe('a section that names the concerns and the plan together', () => {
  it('reads "Summary of concerns and the plan" as worries, not as the plan\'s own name', () => {
    const { worries } = read(`# Child Protection Plan

## Summary of concerns and the plan

Ollie has bruises to his ears that neither parent has explained. Dad has told us he finds Ollie's crying very hard to cope with at night.

## Objectives
1. Ollie will not be left alone with Dad while the plan is in place, checked at each visit.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Ollie has bruises to his ears that neither parent has explained.',
      "Dad has told us he finds Ollie's crying very hard to cope with at night.",
    ]);
  });
});

describe('headings glossed in brackets, and needs said to be met', () => {
  it('reads "Priority needs (Family Strengths and Needs Assessment)" by its name, as worries', () => {
    const { worries } = read(`# Service Plan

## Priority needs (Family and Child Strengths and Needs Assessment)
1. Supervision. A neighbour found Tia alone on the front steps twice in October.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Supervision. A neighbour found Tia alone on the front steps twice in October.',
    ]);
  });

  it('goes on reading needs past a title whose gloss points to a summary elsewhere', () => {
    const { worries } = read(`# Care Plan

### Needs identified at this review

**Health**
- Reece has two decayed back teeth and has not seen a dentist.

**Education** (see PEP summary at section 4)
- Reece's reading age is two years below his age.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Reece has two decayed back teeth and has not seen a dentist.',
      "Reece's reading age is two years below his age.",
    ]);
  });

  it('reads a paragraph that closes "No additional needs" and a line "within the normal range" as no worry', () => {
    const { worries } = read(`# Care Plan

### Needs identified at this review

**Health**
- Reece has two decayed back teeth and has not seen a dentist.

His weight and height are within the normal range.

**Self-care skills:** Reece is managing his own washing and dressing. No additional needs.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Reece has two decayed back teeth and has not seen a dentist.',
    ]);
  });
});

describe('a risk management plan under a missing-from-home plan', () => {
  it('reads the items under "Risk management plan" as objectives, not as risks', () => {
    const { worries, objectives } =
      read(`# Missing from Home: Return Home Interview and Risk Management Plan

## Risk indicators
| Risk indicator | What we know | Level |
|---|---|---|
| Going missing overnight | Three episodes in a month. | High |

## Risk management plan
1. Mum to report Jade missing to police on 101 if she is not home by 9pm. (Mum; from now)
2. Kelly to offer Jade a return home interview within 72 hours of every missing episode.
`);
    expect(worries.map((w) => w.text)).toEqual(['Going missing overnight']);
    expect(objectives.map((o) => o.text)).toEqual([
      'Mum to report Jade missing to police on 101 if she is not home by 9pm. (Mum; from now)',
      'Kelly to offer Jade a return home interview within 72 hours of every missing episode.',
    ]);
  });
});

describe('objectives under a heading that asks "What will we do?"', () => {
  it('reads the actions under it and its parts as objectives, though a later heading names the plan', () => {
    const { objectives } = read(`# Contextual Safeguarding Plan: Sunnyside Park

## 4. What are we worried about?
1. Older males give the young people cannabis and cash by the shops.

## 6. What will we do?

### 6.1 Targeting those who harm
**Action:** Police to run a disruption plan against the older males, with vehicle stops.
**Lead:** PS Karen Doyle
**By when:** 3 March 2025

### 6.6 How the plan will be kept on track
**Action:** This plan to be reviewed at the MACE meeting every four weeks.
**Lead:** Gail Marchant
`);
    // Each with its own lead and date: the lines under an action are its, as a table row's are.
    expect(objectives.map((o) => o.text)).toEqual([
      'Police to run a disruption plan against the older males, with vehicle stops. Who: PS Karen Doyle. By when: 3 March 2025',
      'This plan to be reviewed at the MACE meeting every four weeks. Who: Gail Marchant',
    ]);
  });
});

describe('a plan set out by scored areas: where we are, where we want to be, what will help', () => {
  it('reads where things are now as the worry and what will help as the objectives', () => {
    const { worries, objectives } = read(`# Child Protection Plan – Neglect

#### Domain 1: Nutrition and feeding

**Where we are now (1-10): 3**
The children mostly eat crisps and takeaways, and there is often no food in the fridge.

**Where we want to be: 7**
The children have a cooked meal every day.

**What will help us get there:**
- Family support worker to help Stacey plan a weekly menu on a budget.

### Boundaries and behaviour – 4

**Where we are:**
- Yusuf has hit Layla several times and broke the bedroom door.

**What will help:**
- Amira to do the Triple P course at the family hub on Tuesdays.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'The children mostly eat crisps and takeaways, and there is often no food in the fridge.',
      'Yusuf has hit Layla several times and broke the bedroom door.',
    ]);
    expect(objectives.map((o) => o.text)).toEqual([
      'Family support worker to help Stacey plan a weekly menu on a budget.',
      'Amira to do the Triple P course at the family hub on Tuesdays.',
    ]);
  });
});

describe("a school support plan's assess, plan, do and review", () => {
  it('reads the needs under "Assess" by area as worries, but not where the picture came from or what the child says', () => {
    const { worries } = read(`# My Support Plan

## Assess – what we know about me

We used information from Oscar, his parents, Miss Rowe and the speech and language therapy report.

### Communication and interaction
- Oscar finds it hard to follow instructions with more than two parts.

### Sensory and physical
- He covers his ears in assembly and says it is "too loud".

**What Oscar says:** "I run out because my head gets too full."

**What Mum and Dad say:** "Oscar has always found change hard."

## Plan and do – how I will be helped
- Miss Rowe will give instructions in short chunks and say Oscar's name first.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Oscar finds it hard to follow instructions with more than two parts.',
      'He covers his ears in assembly and says it is "too loud".',
    ]);
  });
});

describe('a written agreement set out in numbered paragraphs', () => {
  it('reads what each side agrees to do as objectives, and what will happen if things do not change as none', () => {
    const { worries, objectives } = read(`# Written Agreement – Pre-Proceedings

## 1. The concerns of the local authority

1.1 The home has repeatedly been found in an unsafe state, with tablets left where the children can reach them.

## 2. What we, Danielle and Lee, agree to do

2.1 We agree to keep all medicines in the locked box we have been given.

## 3. What the local authority agrees to do

3.2 Pay for all hair strand tests and share the results with you within 5 working days.

## 4. What will happen if things do not change

If the concerns do not improve, the local authority may apply to the Family Court for a care order.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'The home has repeatedly been found in an unsafe state, with tablets left where the children can reach them.',
    ]);
    expect(objectives.map((o) => o.text)).toEqual([
      'We agree to keep all medicines in the locked box we have been given.',
      'Pay for all hair strand tests and share the results with you within 5 working days.',
    ]);
  });
});

describe("a case plan's decisions", () => {
  it('reads the decisions as objectives, and the line saying when the plan is reviewed as none', () => {
    const { objectives } = read(`# Best Interests Case Plan

## Part 3 – Protective concerns
- Zoe's mother has a long history of methamphetamine use.

## Part 5 – Case plan decisions
1. Zoe will continue to live with her maternal aunt while the Department works towards reunification.
2. Zoe will see her paternal grandmother once a month, arranged by Rebecca.

**Case plan to be reviewed:** by 12 August 2025, or earlier if circumstances change.
`);
    expect(objectives.map((o) => o.text)).toEqual([
      'Zoe will continue to live with her maternal aunt while the Department works towards reunification.',
      'Zoe will see her paternal grandmother once a month, arranged by Rebecca.',
    ]);
  });
});

describe("a US case plan's agency responsibilities", () => {
  it('reads what the agency is responsible for as objectives', () => {
    const { objectives } = read(`# Case Plan

### I. REASON FOR DEPENDENCY
- The home was found filthy and unsafe, with exposed wiring.

### VI. AGENCY RESPONSIBILITIES
- The social worker will have monthly face-to-face contact with the children and each parent.
`);
    expect(objectives.map((o) => o.text)).toEqual([
      'The social worker will have monthly face-to-face contact with the children and each parent.',
    ]);
  });
});

describe('a need labelled under each area of the plan, then its actions', () => {
  it('reads each "Need:" line as a worry, with whose need it is in brackets, and never as an objective', () => {
    const { worries, objectives } = read(`# Child in need plan

## 3. What needs to change and how we will get there

### 3.4 Home and family

**Need (Jamie and Phil):** Jamie and Phil argue most days and Phil says he has given up trying.

**Need:** Karen has been signed off work with anxiety and says she is not sleeping.

**Actions:**

8. Referral to the Family Matters service for up to eight sessions of family work.

**Need:** Jamie's attendance has fallen to 84%. **Action:** Mr Hussain to meet Jamie every fortnight.
`);
    expect(worries.map((w) => w.text).slice(0, 2)).toEqual([
      'Jamie and Phil argue most days and Phil says he has given up trying.',
      'Karen has been signed off work with anxiety and says she is not sleeping.',
    ]);
    expect(objectives.map((o) => o.text)).toEqual([
      'Referral to the Family Matters service for up to eight sessions of family work.',
      "Need: Jamie's attendance has fallen to 84%. Action: Mr Hussain to meet Jamie every fortnight.",
    ]);
  });
});
