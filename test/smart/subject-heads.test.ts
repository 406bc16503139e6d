/**
 * The subject is the head of its phrase: in "Concerns about the child will be noted in the file",
 * what will be noted is the concerns, not the child (a reading from the tune half of real set U:
 * fostering handbooks and procedures). "Each of the children" is still the children.
 */
import { checkObjectiveText } from '../../src/smart';

const today = new Date(2026, 11, 1);
const check = (text: string) => checkObjectiveText(text, { today });

describe('a thing of the child’s, named before the child', () => {
  it('reads "Concerns about the child will be noted" as a record kept, not a change in the child', () => {
    const verdict = check(
      'Concerns about the child will be noted in the child’s file and discussed with the foster carer.',
    );
    expect(verdict.criteria.outcome.met).toBe(false);
  });

  it('reads "The needs of the children will be met" as naming nobody who acts', () => {
    const verdict = check('The needs of the children will be met.');
    expect(verdict.findings.map((f) => f.ruleId)).toContain('specific/no-who');
  });

  it('still reads "Each of the children" and "All of the children" as the children', () => {
    for (const text of [
      'Each of the children will have their own bed by March 2027, seen by the social worker.',
      'All of the children will be in bed by 8pm on school nights, checked at unannounced visits.',
    ]) {
      const verdict = check(text);
      expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
      expect(verdict.criteria.outcome.met).toBe(true);
    }
  });
});

describe('a specialist is a professional', () => {
  it.each([
    'The learning support specialist will see Sam every week in the spring term.',
    'In-person contact by the Prevention Specialist will be required weekly for the first 30 days.',
  ])('reads "%s" as a professional’s input, not a change in the child', (text) => {
    const verdict = check(text);
    expect(verdict.criteria.outcome.met).toBe(false);
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
  });
});

describe('who is named as the agent, and an order’s condition named by its noun', () => {
  it('reads "seen alone by an independent person" as naming who sees the child', () => {
    const verdict = check(
      'On her return Mia will be seen alone by an independent person within 72 hours for a return home interview.',
    );
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
  });

  it('reads "a letter of apology" as a task, as "an apology to the victim" is', () => {
    expect(check('A letter of apology to the victim;').criteria.outcome.met).toBe(false);
  });
});

// Councils' pledges and local offers write their young people as "young carers" and "care
// leavers" (a reading from the tune half of real set W): children, not the child's carers.
describe('young carers and care leavers', () => {
  it('reads "Young carers are able to …" as a change in the young people, not a carer’s task', () => {
    const verdict = check(
      'Young carers are able to make their own choice of college course by the end of Year 11.',
    );
    expect(verdict.criteria.outcome.met).toBe(true);
  });

  it('reads "Care leavers will …" as the young people, who are named', () => {
    const verdict = check('Care leavers will each have a bank account by their 18th birthday.');
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
    expect(verdict.criteria.outcome.met).toBe(true);
  });

  it('still reads "Carers will take …" as the child’s carers doing a task', () => {
    expect(check('Carers will take Ava to school every day.').criteria.outcome.met).toBe(false);
  });
});

describe('the young person as youth justice writes them', () => {
  // Set Y's tune half: a probation order's condition on "the probationer".
  it.each([
    'The probationer is not to commit any offence during the probation order.',
    'The juvenile will report to the youth offending team every Friday until the order ends.',
  ])('reads "%s" as naming who', (text) => {
    expect(check(text).findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
  });
});

// From the tune halves of Q, T and W (school health plans, a safety plan): two people joined by
// "and" before one modal, and the patient a health plan is written for.
describe('two people named before one modal', () => {
  it.each([
    'The child and parents will recognise the early signs of an asthma attack by the end of term.',
    'STUDENT and the supervising adult will sign in at the main office each day.',
  ])('names who: %s', (text) => {
    expect(check(text).findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
  });

  it('reads what the child and parents do together as the parents’ part', () => {
    const verdict = check(
      'The child and parents will work in partnership with the school nurse every week.',
    );
    expect(verdict.criteria.outcome.met).toBe(false);
  });

  it('still splits two clauses at "and"', () => {
    const verdict = check('Mum will visit the child and the services will meet monthly.');
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
    const joined = check('Child and Family Services will work with parents every week.');
    expect(joined.findings.map((f) => f.ruleId)).toContain('specific/no-who');
  });

  it('reads "The patient will …" in a health plan as the person it is for', () => {
    const verdict = check(
      'The patient will show correct use of the peak flow meter with 100% accuracy by the end of the session.',
    );
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
  });
});

// From AA's tune half (early years outcomes, a council's children's plan).
describe('what the school keeps, or the child does there', () => {
  it('reads "School attendance will increase" as a change, not the school acting', () => {
    expect(check('School attendance will increase.').criteria.outcome.met).toBe(true);
  });

  it('reads skills named after a service word as skills: "increased communication skills"', () => {
    expect(check('increased communication skills').criteria.outcome.met).toBe(true);
  });

  it('still reads "School staff will meet weekly" as the school acting', () => {
    expect(check('School staff will meet weekly.').criteria.outcome.met).toBe(false);
  });
});

describe('a pronoun before "is" and a word that takes "to"', () => {
  it('reads "He is open to new foods" as about him, as "Kai is open to new foods" is', () => {
    // The words before "to" had been the subject whole ("He is open"), which names nobody.
    for (const pronoun of ['He', 'She']) {
      const verdict = check(`${pronoun} is open to trying new foods at tea time every day.`);
      expect(verdict.criteria.specific.met).toBe(true);
      expect(verdict.findings.map((f) => f.ruleId)).not.toContain('specific/no-who');
    }
  });
});

describe('an organisation named by its own name', () => {
  // Found by trial: "Citizens Advice will help Petra …" was read as a child called Citizens
  // Advice, so "Advice" was reported as a generic service and the help as the child's outcome.
  it.each([
    'Citizens Advice will help Petra check which benefits she can claim by 31 January 2027.',
    'Women’s Aid will offer Petra a place on the Freedom Programme by 1 March 2027.',
    'Horizon Recovery will see Dad every week until the review conference.',
  ])('reads "%s" as a named provider acting: who is said, and it is an action', (text) => {
    const verdict = check(text);
    const rules = verdict.findings.map((f) => f.ruleId);
    expect(rules).not.toContain('specific/no-who');
    expect(rules).not.toContain('specific/generic-service');
    expect(verdict.criteria.outcome.met).toBe(false);
  });

  it('still reads a person’s full name as the child, and "The Court" as before', () => {
    expect(
      check('Jaxon Brown will read a book each night by March 2027.').criteria.outcome.met,
    ).toBe(true);
    expect(
      check('The Court will decide where Jayden lives by 1 May 2027.').findings.map(
        (f) => f.ruleId,
      ),
    ).not.toContain('specific/no-who');
  });
});
