/**
 * The pure logic behind a meeting's own flow: who the Who list offers (everyone the plan names,
 * each once), the last progress record shown beside this meeting's empty one, and what saving
 * this meeting's record sends. Names are fictional.
 */
import type { Agreement, Plan, PlanObjective } from '../../src/plans/model';
import type { PlanStore } from '../../src/plans/store';
import { DraftBook, objectiveDraftKey, type KeyValueStorage } from '../../src/teams/drafts';
import { latestViews, nameAndRole, participantLabel, participantsOf } from '../../src/teams/people';
import {
  lastRecordText,
  recordChange,
  recordedOn,
  recordProblem,
} from '../../src/teams/progress-record';
import { DraftSync } from '../../src/teams/sync';

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

  it('gives a name that is the role itself once, not twice', () => {
    expect(nameAndRole('Parent or carer', 'parent or carer')).toBe('Parent or carer');
    expect(nameAndRole('Jo Parent', 'parent or carer')).toBe('Jo Parent (parent or carer)');
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

describe("this meeting's progress record", () => {
  it('describes the last record with its date, rating and note, or says there is none', () => {
    expect(
      lastRecordText({
        progress: 'amber',
        progressNote: ' Attendance 8/10. ',
        progressAt: '2026-11-17T10:00:00Z',
      }),
    ).toBe('Last recorded 17/11/2026: Amber – Attendance 8/10.');
    expect(lastRecordText({ progress: 'green' })).toBe('Last recorded: Green');
    expect(lastRecordText({})).toBe('No progress recorded before this meeting.');
  });

  it('dates a record by the day it was where the user is, not in UTC', () => {
    const at = new Date(2026, 6, 1, 0, 30); // 00:30 local time on 1 July 2026
    expect(recordedOn(at.toISOString())).toBe('2026-07-01');
    expect(recordedOn('2026-07-01')).toBe('2026-07-01');
    expect(recordedOn(undefined)).toBeUndefined();
  });

  it('needs a rating, and carries the note typed so far with it', () => {
    expect(recordProblem(undefined)).toMatch(/Choose a rating/);
    expect(recordProblem({ progressNote: 'Note only' })).toMatch(/Choose a rating/);
    expect(recordProblem({ progress: 'red' })).toBeUndefined();
    expect(recordChange(undefined, { progress: 'green' })).toEqual({
      progress: 'green',
      progressNote: '',
    });
    expect(recordChange({ progressNote: 'Seen at home.' }, { progress: 'amber' })).toEqual({
      progress: 'amber',
      progressNote: 'Seen at home.',
    });
  });

  it('saves a rating with no note as a record with no note, not last time’s note', async () => {
    let stored: PlanObjective = objective(1, {
      etag: '"v1"',
      progress: 'amber',
      progressNote: 'Attendance 8/10.',
      progressAt: '2026-11-17T10:00:00Z',
    });
    const store = {
      async updateObjective(o: PlanObjective) {
        stored = { ...o, etag: '"v2"' };
        return stored;
      },
    } as unknown as PlanStore;
    const memory = new Map<string, string>();
    const storage: KeyValueStorage = {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
    };
    const book = new DraftBook(storage);
    book.editObjective(stored, recordChange(undefined, { progress: 'green' }));
    book.queue(objectiveDraftKey('o1'));
    await new DraftSync(store, book, { now: () => new Date('2027-01-05T11:00:00Z') }).flush();
    expect(stored).toMatchObject({ progress: 'green', progressAt: '2027-01-05T11:00:00.000Z' });
    expect(stored.progressNote).toBeUndefined();
  });
});
