/**
 * The pure logic behind a meeting's own flow: who the Who list offers (everyone the plan names,
 * each once). Names are fictional.
 */
import type { Agreement, Plan, PlanObjective } from '../../src/plans/model';
import { latestViews, participantLabel, participantsOf } from '../../src/teams/people';

const plan = (over: Partial<Plan> = {}): Plan => ({
  id: '1',
  childRef: 'Ada (fictional)',
  type: 'child-in-need',
  status: 'active',
  leadProfessional: { name: 'Pat Lead', email: 'pat.lead@example.org' },
  supervisor: { name: 'Sue Visor', email: 'sue.visor@example.org' },
  members: [],
  ...over,
});

const objective = (order: number, over: Partial<PlanObjective> = {}): PlanObjective => ({
  id: `o${order}`,
  planId: '1',
  order,
  text: `Objective ${order}`,
  status: 'active',
  ...over,
});

const agreement = (over: Partial<Agreement>): Agreement => ({
  planId: '1',
  person: { name: 'Someone' },
  role: 'professional',
  stance: 'agreed',
  date: '2027-01-01',
  ...over,
});

describe('the Who list: everyone the plan names', () => {
  it('offers objective owners, the supervisor and members as well as the lead and recorded views', () => {
    const people = participantsOf({
      plan: plan({ members: [{ name: 'Dr Rhys Nurse', email: 'rhys@example.org' }] }),
      agreements: [agreement({ person: { name: 'Jo Parent' }, role: 'parent-carer' })],
      objectives: [
        objective(2, { owner: { name: 'Mr Ellis (school DSL)', email: 'ellis@example.org' } }),
        objective(1, { owner: { name: 'Nana Bea' } }),
      ],
    });
    expect(people.map((p) => [p.person.name, p.role])).toEqual([
      ['Ada (fictional)', 'child'],
      ['Jo Parent', 'parent-carer'],
      ['Pat Lead', 'professional'],
      ['Sue Visor', 'professional'],
      ['Dr Rhys Nurse', 'professional'],
      // In objective order; their role is not guessed.
      ['Nana Bea', undefined],
      ['Mr Ellis (school DSL)', undefined],
    ]);
    expect(people.map(participantLabel).slice(-2)).toEqual([
      'Nana Bea (objective owner)',
      'Mr Ellis (school DSL) (objective owner)',
    ]);
  });

  it('names each person once, whatever the case, spacing or a missing email', () => {
    const people = participantsOf({
      plan: plan({
        members: [
          { name: 'pat  lead' },
          { name: 'Sue Visor', email: ' SUE.VISOR@example.org ' },
          { name: 'Parent or carer' },
        ],
      }),
      agreements: [agreement({ person: { name: ' parent or  carer ' }, role: 'parent-carer' })],
      objectives: [
        objective(1, { owner: { name: 'PAT LEAD', email: 'pat.lead@example.org' } }),
        objective(2, { owner: { name: 'Parent or carer' } }),
        objective(3, { owner: { name: 'Kim Aunt' } }),
        objective(4, { owner: { name: 'kim aunt', email: 'kim@example.org' } }),
      ],
    });
    expect(people.map((p) => [p.person.name, p.person.email, p.role])).toEqual([
      ['Ada (fictional)', undefined, 'child'],
      ['parent or carer', undefined, 'parent-carer'],
      ['Pat Lead', 'pat.lead@example.org', 'professional'],
      ['Sue Visor', 'sue.visor@example.org', 'professional'],
      // The same name met later with an email is the same person, now with the email.
      ['Kim Aunt', 'kim@example.org', undefined],
    ]);
    expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
  });

  it('keeps two people who share a name but not an email apart, and skips blank names', () => {
    const people = participantsOf({
      plan: plan({ members: [{ name: 'Sam Jones', email: 'sam.jones@example.org' }] }),
      agreements: [],
      objectives: [
        objective(1, { owner: { name: 'Sam Jones', email: 's.jones@school.example.org' } }),
        objective(2, { owner: { name: '  ' } }),
        objective(3, { owner: { name: 'Withdrawn Owner' }, status: 'withdrawn' }),
      ],
    });
    expect(people.filter((p) => p.person.name === 'Sam Jones')).toHaveLength(2);
    expect(people.some((p) => !p.person.name.trim())).toBe(false);
    expect(people.some((p) => p.person.name === 'Withdrawn Owner')).toBe(false);
  });

  it('takes views on the whole plan apart from views on objectives', () => {
    const agreements = [
      agreement({ person: { name: 'Jo Parent' }, stance: 'disagreed', date: '2027-01-02' }),
      agreement({ person: { name: 'Jo Parent' }, objectiveId: 'o1', date: '2027-01-03' }),
    ];
    expect(latestViews(agreements, undefined).map((v) => v.agreement.stance)).toEqual([
      'disagreed',
    ]);
    expect(latestViews(agreements, 'o1').map((v) => v.agreement.stance)).toEqual(['agreed']);
  });
});
