import { pairedPlan as read } from '../../helpers/paired-plan';

/**
 * Layouts the eighth set of labelled plans (test/worries/tune8) brought that the readers did not
 * know: a case system's repeated "Risk/Need identified:" blocks, a review set out by the domains
 * of an assessment, a US case plan's services table and conditions for return. Every family here
 * is fictional and written for these tests.
 */

describe('worries as case systems and assessments set them out', () => {
  it('reads a "Risk/Need identified:" field as a worry, and its actions as the plan', () => {
    const { worries, objectives, pairing } = read(`# Child Protection Plan

**Category of plan:** Neglect

## Plan details

**Risk/Need identified:** Kerry drinks until she is drunk while she is the only adult caring for Mason.

**Outcome required:** Mason is cared for by a sober adult at all times.

**Actions:**
- Kerry to attend the Brookside alcohol service every week and agree to breath tests at each visit.

**Risk / need identified:** Mason has not had his two-year health review and has very few words.

**Actions:**
- Health visitor to complete Mason's two-year review and refer him to speech and language therapy.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Kerry drinks until she is drunk while she is the only adult caring for Mason.',
      'Mason has not had his two-year health review and has very few words.',
    ]);
    expect(objectives.map((o) => o.text)).not.toContainEqual(
      expect.stringContaining('Risk/Need identified'),
    );
    expect(pairing.unanswered).toEqual([]);
  });

  it("takes what is wrong from an assessment's domains, not what is going well", () => {
    const { worries } = read(`# Looked After Child Review

### 1. Child's developmental needs

**Health**
Ellis's health assessment is overdue. He is otherwise well and his immunisations are up to date.

**Education**
Ellis is well behind in reading. He loves PE and has settled into his class.

### 2. Parenting capacity

**2.1 Ensuring safety**

Dana has missed three of the last four contact sessions.

### 3. Family and environmental factors

The carers' home is on a quiet estate with a park nearby.

### Plan agreed
- LAC nurse to complete Ellis's health assessment by 09/01/2027.
`);
    expect(worries.map((w) => w.text)).toEqual([
      "Ellis's health assessment is overdue.",
      'Ellis is well behind in reading.',
      'Dana has missed three of the last four contact sessions.',
    ]);
  });

  it('reads "Diminished caregiver protective capacities" as worries', () => {
    const { worries } = read(`# Case Plan

## Diminished caregiver protective capacities
- Tanya does not see how the violence at home has affected Jayden.

## Expected outcomes
- Tanya will be able to explain how the violence affected Jayden and how she will keep him safe.
`);
    expect(worries.map((w) => w.text)).toEqual([
      'Tanya does not see how the violence at home has affected Jayden.',
    ]);
  });
});

describe('objectives as US case plans and numbered tables set them out', () => {
  it('reads a "Service | Provider | Frequency" table as objectives', () => {
    const { objectives } = read(`# Case Plan

## Services

| Service | Provider | Frequency |
|---|---|---|
| Batterer intervention program | Oakridge Accountability Program | Weekly, 26 weeks |
| Random urinalysis | Summit Labs | Up to twice weekly |
`);
    expect(objectives.map((o) => o.text)).toEqual([
      'Batterer intervention program. Who: Oakridge Accountability Program. How often: Weekly, 26 weeks',
      'Random urinalysis. Who: Summit Labs. How often: Up to twice weekly',
    ]);
  });

  it('reads the conditions for a child to return home as objectives', () => {
    const { objectives } = read(`# Case Plan

## Conditions for return
- Tanya has a home with working heating that the caseworker can visit.
`);
    expect(objectives.map((o) => o.text)).toEqual([
      'Tanya has a home with working heating that the caseworker can visit.',
    ]);
  });

  it("leaves a column that only numbers the rows out of the objective's text", () => {
    const { objectives } = read(`# Early Help Plan

| No. | What will happen | Who | When |
|---|---|---|---|
| 1 | Maya to meet her key adult at the school gate each morning. | Mrs Okafor | From 15/09/2026 |
`);
    expect(objectives.map((o) => o.text)).toEqual([
      'Maya to meet her key adult at the school gate each morning. Who: Mrs Okafor. By when: From 15/09/2026',
    ]);
  });
});

describe('what answers a worry, by meaning', () => {
  it('answers a child who is not listened to with an advocate, not with a health check', () => {
    const { pairing, objectives } = read(`# Child's Plan

## Concerns
- Kian feels that nobody listens to him at his hearings and reviews.
- Kian has toothache and has not seen a dentist since he came into care.

## Plan
- Kian to be offered an advocacy worker from the Children's Rights Service for his next review.
- Carers to register Kian with Glenmoss Dental Practice this month.
`);
    expect(pairing.unanswered).toEqual([]);
    expect(pairing.worries[0].answers.map((a) => a.objectiveId)).toEqual([objectives[0].id]);
  });

  it('reads going missing from a placement as what a missing protocol answers', () => {
    const { pairing, objectives } = read(`# Care Plan

## Concerns
- Lewis has gone missing from the carers' home three times since July.
- Lewis is behind with his reading.

## Plan
- The carers will follow the missing from care protocol and report Lewis missing after 30 minutes.
- Lewis to have reading support three times a week.
`);
    expect(pairing.worries[0].answers.map((a) => a.objectiveId)).toEqual([objectives[0].id]);
  });
});
