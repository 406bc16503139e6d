/**
 * Dates a meeting can trust (issue 16): the plan's own dates are kept, a passed date is overdue
 * and never a suggestion, only the next deadline from today is pre-filled, and a past date about
 * to be saved is picked out for confirmation.
 */
import { dueItemsForPlan, pastDates, planDateAdvice } from '../../src/plans/due';
import type { Plan } from '../../src/plans/model';

const plan: Plan = {
  id: '7',
  childRef: 'Jamie Carter (fictional)',
  type: 'child-protection',
  status: 'active',
  leadProfessional: { name: 'Priya Shah' },
  supervisor: { name: 'Sam Taylor', email: 'sam.taylor@example.org' },
  members: [],
  startDate: '2026-02-03',
};
const TODAY = '2026-12-01';

function coreGroupDue(p: Plan, today: string) {
  return dueItemsForPlan({ plan: p, objectives: [], reviews: [] }, { today }).find(
    (d) => d.kind === 'core-group',
  );
}

test("the plan's own dates on 01/12/2026 are overdue, never replaced by the rules' first date", () => {
  const own = { ...plan, nextCoreGroup: '2026-03-17' };
  expect(planDateAdvice(own.nextCoreGroup, coreGroupDue(own, TODAY), TODAY)).toEqual({
    state: 'overdue',
    value: '2026-03-17',
    overdueSince: '2026-03-17',
  });
  expect(planDateAdvice('2027-01-12', coreGroupDue(own, TODAY), TODAY)).toEqual({
    state: 'own',
    value: '2027-01-12',
  });
});

test('with no date of its own, a passed statutory deadline is overdue and the field is left empty', () => {
  const due = coreGroupDue(plan, TODAY);
  expect(due?.dueDate).toBe('2026-02-17');
  expect(planDateAdvice(undefined, due, TODAY)).toEqual({
    state: 'overdue',
    value: '',
    overdueSince: '2026-02-17',
  });
});

test('only a deadline from today on is pre-filled', () => {
  const due = coreGroupDue(plan, '2026-02-05');
  expect(planDateAdvice(undefined, due, '2026-02-05')).toEqual({
    state: 'suggested',
    value: '2026-02-17',
  });
  expect(planDateAdvice(undefined, undefined, TODAY)).toEqual({ state: 'none', value: '' });
});

test('past dates about to be saved are picked out, unless they are already the plan’s own', () => {
  expect(
    pastDates(
      { nextCoreGroup: '2026-03-17', nextReview: '2027-01-05' },
      { nextCoreGroup: undefined },
      TODAY,
    ),
  ).toEqual(['nextCoreGroup']);
  expect(
    pastDates({ nextCoreGroup: '2026-03-17' }, { nextCoreGroup: '2026-03-17' }, TODAY),
  ).toEqual([]);
});
