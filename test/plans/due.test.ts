import {
  dueItemsForPlan,
  needsReminder,
  type DueItem,
  type SchedulableBundle,
} from '../../src/plans/due';
import type { Plan, PlanObjective, Review } from '../../src/plans/model';
import { mergeSchedule } from '../../src/plans/schedule';

function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: '12',
    childRef: 'Child A (fictional)',
    type: 'child-protection',
    status: 'active',
    leadProfessional: { name: 'Sam Lead', email: 'sam.lead@example.org' },
    supervisor: { name: 'Pat Super', email: 'pat.super@example.org' },
    members: [],
    startDate: '2027-02-01',
    ...overrides,
  };
}

function bundle(
  p: Partial<Plan>,
  reviews: Partial<Review>[] = [],
  objectives: Partial<PlanObjective>[] = [],
): SchedulableBundle {
  return {
    plan: plan(p),
    reviews: reviews.map((r) => ({
      planId: '12',
      kind: 'core-group',
      scheduledDate: '2027-01-01',
      ...r,
    })),
    objectives: objectives.map((o, i) => ({
      planId: '12',
      order: i + 1,
      text: 'x',
      status: 'active',
      ...o,
    })),
  };
}

const byKind = (items: DueItem[], kind: string) => items.filter((i) => i.kind === kind);
const one = (items: DueItem[], kind: string) => {
  const found = byKind(items, kind);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('child protection', () => {
  it('first core group within 10 working days, first review conference within 3 months', () => {
    const items = dueItemsForPlan(bundle({ startDate: '2027-02-01' }), { today: '2027-02-10' });
    const core = one(items, 'core-group');
    expect(core).toMatchObject({
      title: 'First core group',
      dueDate: '2027-02-15',
      state: 'due',
      key: '12/core-group/2027-02-15',
    });
    expect(core.source).toMatch(/Working Together to Safeguard Children 2023/);
    expect(one(items, 'review-conference')).toMatchObject({
      title: 'First review conference',
      dueDate: '2027-04-30',
      state: 'upcoming',
    });
  });

  it('counts the first core group across Easter (Good Friday and Easter Monday)', () => {
    // Initial conference Wed 17/03/2027; 10 working days skip 26/03 and 29/03.
    const core = one(
      dueItemsForPlan(bundle({ startDate: '2027-03-17' }), { today: '2027-03-17' }),
      'core-group',
    );
    expect(core.dueDate).toBe('2027-04-02');
  });

  it('counts the first core group across Christmas and New Year', () => {
    // Mon 20/12/2027: 21,22,23,24 (4), 27,28 substitutes, 29,30,31 (7), 03/01 substitute, 04,05,06 (10).
    const core = one(
      dueItemsForPlan(bundle({ startDate: '2027-12-20' }), { today: '2027-12-20' }),
      'core-group',
    );
    expect(core.dueDate).toBe('2028-01-06');
  });

  it('clamps the 3-month review at month ends and in a leap year, pulled back off the weekend', () => {
    // 30/11/2027 + 3 months = 29/02/2028 (leap year), a Tuesday.
    expect(
      one(
        dueItemsForPlan(bundle({ startDate: '2027-11-30' }), { today: '2027-12-01' }),
        'review-conference',
      ).dueDate,
    ).toBe('2028-02-29');
    // 30/11/2026 + 3 months = 28/02/2027, a Sunday: the Friday before.
    expect(
      one(
        dueItemsForPlan(bundle({ startDate: '2026-11-30' }), { today: '2026-12-01' }),
        'review-conference',
      ).dueDate,
    ).toBe('2027-02-26');
  });

  it('then every 6 months from the last review conference held, and core groups at the plan’s frequency', () => {
    const items = dueItemsForPlan(
      bundle({ startDate: '2027-02-01', coreGroupEveryWeeks: 4 }, [
        { kind: 'core-group', heldDate: '2027-02-12' },
        { kind: 'core-group', heldDate: '2027-03-12' },
        { kind: 'review-conference', heldDate: '2027-04-28' },
      ]),
      { today: '2027-04-02' },
    );
    expect(one(items, 'core-group')).toMatchObject({
      title: 'Next core group',
      dueDate: '2027-04-09',
      state: 'due',
    });
    expect(one(items, 'review-conference')).toMatchObject({
      title: 'Next review conference',
      dueDate: '2027-10-28',
    });
  });

  it('defaults core groups to every 6 weeks and marks a missed one overdue', () => {
    // 12/02/2027 + 6 weeks is Good Friday 26/03/2027: the meeting is due the day before.
    const items = dueItemsForPlan(bundle({}, [{ kind: 'core-group', heldDate: '2027-02-12' }]), {
      today: '2027-04-01',
    });
    expect(one(items, 'core-group')).toMatchObject({ dueDate: '2027-03-25', state: 'overdue' });
    expect(items.filter(needsReminder).map((i) => i.kind)).toContain('core-group');
  });

  it('notes a booking after the deadline', () => {
    const items = dueItemsForPlan(bundle({ nextReview: '2027-05-10' }), { today: '2027-04-25' });
    const review = one(items, 'review-conference');
    expect(review.bookedFor).toBe('2027-05-10');
    expect(review.notes).toEqual(['Booked for 10/05/2027, after the deadline of 30/04/2027.']);
  });

  it('reports drift: no progress recorded since the last core group', () => {
    const items = dueItemsForPlan(
      bundle(
        {},
        [{ kind: 'core-group', heldDate: '2027-02-12' }],
        [
          { id: 'o1', progressAt: '2027-02-20T10:00:00Z' },
          { id: 'o2', progressAt: '2027-02-01T10:00:00Z' },
          { id: 'o3' },
          { id: 'o4', status: 'achieved' },
        ],
      ),
      { today: '2027-03-01' },
    );
    expect(one(items, 'drift')).toMatchObject({
      key: '12/drift/2027-02-12',
      title: 'No progress recorded since the core group on 12/02/2027 (2 of 3 objectives)',
      dueDate: '2027-02-26',
      state: 'overdue',
    });
  });

  it('no drift when every active objective has progress since the core group', () => {
    const items = dueItemsForPlan(
      bundle(
        {},
        [{ kind: 'core-group', heldDate: '2027-02-12' }],
        [{ id: 'o1', progressAt: '2027-02-12T16:00:00Z' }],
      ),
      { today: '2027-03-01' },
    );
    expect(byKind(items, 'drift')).toHaveLength(0);
  });
});

describe('looked-after, EHC, child in need and early help', () => {
  it('LAC: 20 working days, then 3 months after the first, then 6 months', () => {
    const first = one(
      dueItemsForPlan(bundle({ type: 'looked-after', startDate: '2027-03-15' }), {
        today: '2027-03-15',
      }),
      'lac-review',
    );
    // 20 working days from Mon 15/03/2027, skipping Good Friday 26/03 and Easter Monday 29/03.
    expect(first).toMatchObject({ title: 'First looked-after review', dueDate: '2027-04-14' });
    const second = one(
      dueItemsForPlan(
        bundle({ type: 'looked-after', startDate: '2027-03-15' }, [
          { kind: 'lac-review', heldDate: '2027-04-13' },
        ]),
        { today: '2027-04-14' },
      ),
      'lac-review',
    );
    expect(second).toMatchObject({ title: 'Second looked-after review', dueDate: '2027-07-13' });
    const third = one(
      dueItemsForPlan(
        bundle({ type: 'looked-after', startDate: '2027-03-15' }, [
          { kind: 'lac-review', heldDate: '2027-04-13' },
          { kind: 'lac-review', heldDate: '2027-07-08' },
        ]),
        { today: '2027-07-09' },
      ),
      'lac-review',
    );
    expect(third).toMatchObject({ title: 'Next looked-after review', dueDate: '2028-01-07' });
  });

  it('EHC: annual review 12 months on, 29 February becomes 28 February', () => {
    const item = one(
      dueItemsForPlan(bundle({ type: 'ehc', startDate: '2028-02-29' }), { today: '2029-02-22' }),
      'ehcp-review',
    );
    expect(item).toMatchObject({ dueDate: '2029-02-28', state: 'due' });
    expect(item.source).toMatch(/SEND Code of Practice/);
  });

  it('child in need and early help: the plan’s own frequency, else 3 months', () => {
    expect(
      one(
        dueItemsForPlan(bundle({ type: 'child-in-need', startDate: '2027-01-31' }), {
          today: '2027-01-31',
        }),
        'cin-review',
      ).dueDate,
    ).toBe('2027-04-30');
    expect(
      one(
        dueItemsForPlan(
          bundle({ type: 'early-help', startDate: '2027-01-31', reviewEveryMonths: 1 }),
          { today: '2027-01-31' },
        ),
        'early-help-review',
      ).dueDate,
    ).toBe('2027-02-26'); // 28/02/2027 is a Sunday
  });
});

describe('missing and odd dates', () => {
  it('a plan without a start date gives a clear unschedulable item, not a crash', () => {
    const items = dueItemsForPlan(
      bundle({ startDate: undefined }, [], [{ id: 'o1', dueDate: '2027-03-03' }]),
      { today: '2027-03-01' },
    );
    expect(one(items, 'cannot-schedule')).toMatchObject({
      title: 'Cannot schedule: no initial conference date',
      state: 'unschedulable',
    });
    expect(one(items, 'cannot-schedule').dueDate).toBeUndefined();
    // Objective deadlines still come through.
    expect(one(items, 'objective')).toMatchObject({
      title: 'Objective 1 due',
      dueDate: '2027-03-03',
      state: 'due',
    });
  });

  it('names the start date for the plan type, and rejects a start date that is not a date', () => {
    expect(
      one(
        dueItemsForPlan(bundle({ type: 'looked-after', startDate: undefined }), {
          today: '2027-03-01',
        }),
        'cannot-schedule',
      ).title,
    ).toBe('Cannot schedule: no date the child became looked after');
    expect(
      one(
        dueItemsForPlan(bundle({ startDate: '31/02/2027' }), { today: '2027-03-01' }),
        'cannot-schedule',
      ).title,
    ).toBe('Cannot schedule: the initial conference date "31/02/2027" is not a date');
  });

  it('ignores draft and closed plans, and withdrawn or achieved objectives', () => {
    expect(dueItemsForPlan(bundle({ status: 'closed' }), { today: '2027-03-01' })).toEqual([]);
    expect(dueItemsForPlan(bundle({ status: 'draft' }), { today: '2027-03-01' })).toEqual([]);
    const items = dueItemsForPlan(
      bundle({}, [], [{ id: 'a', dueDate: '2027-03-02', status: 'withdrawn' }]),
      { today: '2027-03-01' },
    );
    expect(byKind(items, 'objective')).toHaveLength(0);
  });

  it('says when bank holidays are not listed for a year', () => {
    const core = one(
      dueItemsForPlan(bundle({ startDate: '2019-06-03' }), { today: '2027-03-01' }),
      'core-group',
    );
    expect(core.dueDate).toBe('2019-06-17');
    expect(core.state).toBe('overdue');
    expect(core.notes).toEqual([
      'Bank holidays are not listed for 2019: only weekends were skipped.',
    ]);
  });

  it('an organisation’s stricter timescale applies', () => {
    const schedule = mergeSchedule({
      planTypes: {
        'child-protection': {
          series: { 'core-group': { first: { unit: 'working-days', count: 5 } } },
        },
      },
    });
    expect(
      one(dueItemsForPlan(bundle({}), { today: '2027-02-01', schedule }), 'core-group').dueDate,
    ).toBe('2027-02-08');
  });
});
