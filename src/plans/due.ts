/**
 * Due items from a plan's dates: the next meeting of each series its type must hold, objective
 * deadlines, drift, and plans that cannot be scheduled. Pure (no I/O, no clock: `today` is given)
 * so that the reminder job and the Teams tab show the same dates.
 */
import { calendarCovers, addWorkingDays, onOrBeforeWorkingDay } from './working-days';
import { addDays, addMonths, datePart, formatUkDate, isIsoDate, yearOf } from './iso-date';
import type { IsoDate, Person, PlanBundle, PlanType, ReviewKind } from './model';
import { DEFAULT_SCHEDULE, type Interval, type ScheduleConfig, type SeriesRule } from './schedule';

export type DueKind = ReviewKind | 'objective' | 'drift' | 'cannot-schedule';
/** overdue: the date has passed; due: within the window; upcoming: later; unschedulable: no date. */
export type DueState = 'overdue' | 'due' | 'upcoming' | 'unschedulable';

export interface DueItem {
  /** Stable key of the due item, e.g. "12/review-conference/2027-03-01": one reminder per key. */
  key: string;
  planId: string;
  childRef: string;
  planType: PlanType;
  kind: DueKind;
  /** What is due, without any plan text: "First core group", "Objective 2 due". */
  title: string;
  /** Absent only when the item is unschedulable. */
  dueDate?: IsoDate;
  state: DueState;
  /** Who, besides the supervisor, this is for: the objective's owner, else the lead professional. */
  owner?: Person;
  /** A meeting already booked for this series and not yet held. */
  bookedFor?: IsoDate;
  /** Caveats a reader must see: a booking after the deadline, a year with no bank holiday data. */
  notes: string[];
  /** The rule's source, for series items. */
  source?: string;
}

export interface DueOptions {
  /** The date the items are judged against (the job's --now). */
  today: IsoDate;
  /** Items due within this many days from today count as due. Default 7. */
  withinDays?: number;
  schedule?: ScheduleConfig;
}

export type SchedulableBundle = Pick<PlanBundle, 'plan' | 'objectives' | 'reviews'>;

/** Items a reminder should go out for: overdue, due within the window, or unschedulable. */
export function needsReminder(item: DueItem): boolean {
  return item.state !== 'upcoming';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function stateOf(dueDate: IsoDate, today: IsoDate, withinDays: number): DueState {
  if (dueDate < today) return 'overdue';
  return dueDate <= addDays(today, withinDays) ? 'due' : 'upcoming';
}

function applyInterval(
  from: IsoDate,
  interval: Interval,
  schedule: ScheduleConfig,
  notes: string[],
): IsoDate {
  if (interval.unit === 'working-days') {
    const end = addWorkingDays(from, interval.count, schedule.calendar);
    if (!calendarCovers(from) || !calendarCovers(end)) {
      notes.push(
        `Bank holidays are not listed for ${yearOf(calendarCovers(from) ? end : from)}: only weekends were skipped.`,
      );
    }
    return end;
  }
  const end =
    interval.unit === 'weeks' ? addDays(from, 7 * interval.count) : addMonths(from, interval.count);
  return schedule.pullBackToWorkingDay ? onOrBeforeWorkingDay(end, schedule.calendar) : end;
}

/** The plan's own frequency replaces the rule's interval where the rule lets it. */
function intervalFor(
  rule: SeriesRule,
  part: 'first' | 'second' | 'then',
  plan: SchedulableBundle['plan'],
): Interval {
  const base = part === 'second' ? (rule.second ?? rule.then) : rule[part];
  const own = rule.planSets ? plan[rule.planSets.field] : undefined;
  if (rule.planSets && rule.planSets.appliesTo.includes(part) && own !== undefined) {
    if (Number.isInteger(own) && own > 0) return { unit: rule.planSets.unit, count: own };
  }
  return base;
}

function heldDates(bundle: SchedulableBundle, kind: ReviewKind, start: IsoDate): IsoDate[] {
  return bundle.reviews
    .filter((r) => r.kind === kind && isIsoDate(r.heldDate) && r.heldDate >= start)
    .map((r) => r.heldDate as IsoDate)
    .sort();
}

function seriesItem(
  bundle: SchedulableBundle,
  rule: SeriesRule,
  start: IsoDate,
  planId: string,
  options: Required<DueOptions>,
): DueItem {
  const { plan } = bundle;
  const held = heldDates(bundle, rule.kind, start);
  const notes: string[] = [];
  let from: IsoDate;
  let part: 'first' | 'second' | 'then';
  let ordinal: string;
  if (held.length === 0) {
    [from, part, ordinal] = [start, 'first', 'first'];
  } else if (held.length === 1 && rule.second) {
    [from, part, ordinal] = [held[0], 'second', 'second'];
  } else {
    [from, part, ordinal] = [held[held.length - 1], 'then', 'next'];
  }
  const dueDate = applyInterval(from, intervalFor(rule, part, plan), options.schedule, notes);
  const planBooking = rule.kind === 'core-group' ? plan.nextCoreGroup : plan.nextReview;
  const bookings = [
    ...bundle.reviews
      .filter((r) => r.kind === rule.kind && !r.heldDate && isIsoDate(r.scheduledDate))
      .map((r) => r.scheduledDate),
    ...(isIsoDate(planBooking) ? [planBooking] : []),
  ]
    .filter((date) => date > from)
    .sort();
  const bookedFor = bookings[0];
  if (bookedFor && bookedFor > dueDate) {
    notes.push(
      `Booked for ${formatUkDate(bookedFor)}, after the deadline of ${formatUkDate(dueDate)}.`,
    );
  }
  return {
    key: `${planId}/${rule.kind}/${dueDate}`,
    planId,
    childRef: plan.childRef,
    planType: plan.type,
    kind: rule.kind,
    title: capitalise(`${ordinal} ${rule.label}`),
    dueDate,
    state: stateOf(dueDate, options.today, options.withinDays),
    owner: plan.leadProfessional,
    bookedFor,
    notes,
    source: rule.source,
  };
}

function driftItem(
  bundle: SchedulableBundle,
  schedule: ScheduleConfig,
  start: IsoDate,
  planId: string,
  options: Required<DueOptions>,
): DueItem | undefined {
  const rule = schedule.planTypes[bundle.plan.type]?.drift;
  if (!rule) return undefined;
  const held = heldDates(bundle, rule.after, start);
  const lastMeeting = held[held.length - 1];
  if (!lastMeeting) return undefined;
  const active = bundle.objectives.filter((o) => o.status === 'active');
  const stale = active.filter((o) => {
    const progressed = datePart(o.progressAt);
    return !progressed || progressed < lastMeeting;
  });
  if (stale.length === 0) return undefined;
  const notes: string[] = [];
  const dueDate = applyInterval(
    lastMeeting,
    { unit: 'working-days', count: rule.graceWorkingDays },
    schedule,
    notes,
  );
  const series = schedule.planTypes[bundle.plan.type].series.find((s) => s.kind === rule.after);
  return {
    key: `${planId}/drift/${lastMeeting}`,
    planId,
    childRef: bundle.plan.childRef,
    planType: bundle.plan.type,
    kind: 'drift',
    title:
      `No progress recorded since the ${series?.label ?? 'meeting'} on ${formatUkDate(lastMeeting)} ` +
      `(${stale.length} of ${active.length} objective${active.length === 1 ? '' : 's'})`,
    dueDate,
    state: stateOf(dueDate, options.today, options.withinDays),
    owner: bundle.plan.leadProfessional,
    notes,
  };
}

/**
 * Every due item of one plan, in date order (unschedulable first). Plans whose status the schedule
 * does not cover (drafts, closed plans by default) have none.
 */
export function dueItemsForPlan(bundle: SchedulableBundle, options: DueOptions): DueItem[] {
  const opts: Required<DueOptions> = {
    withinDays: 7,
    schedule: DEFAULT_SCHEDULE,
    ...options,
  };
  if (!isIsoDate(opts.today))
    throw new RangeError(`"${opts.today}" is not a date written YYYY-MM-DD.`);
  const { plan } = bundle;
  const schedule = opts.schedule;
  if (!schedule.statuses.includes(plan.status)) return [];
  const planId = plan.id ?? 'unsaved';
  const typeRules = schedule.planTypes[plan.type];
  const items: DueItem[] = [];

  if (!typeRules) {
    items.push(
      unschedulable(
        bundle,
        planId,
        `Cannot schedule: plan type "${plan.type}" has no review rules`,
      ),
    );
  } else if (!plan.startDate) {
    items.push(unschedulable(bundle, planId, `Cannot schedule: no ${typeRules.startLabel}`));
  } else if (!isIsoDate(plan.startDate)) {
    items.push(
      unschedulable(
        bundle,
        planId,
        `Cannot schedule: the ${typeRules.startLabel} "${plan.startDate}" is not a date`,
      ),
    );
  } else {
    for (const rule of typeRules.series)
      items.push(seriesItem(bundle, rule, plan.startDate, planId, opts));
    const drift = driftItem(bundle, schedule, plan.startDate, planId, opts);
    if (drift) items.push(drift);
  }

  for (const objective of bundle.objectives) {
    if (objective.status !== 'active' || !isIsoDate(objective.dueDate)) continue;
    const ref = objective.id ?? objective.sourceKey ?? String(objective.order);
    items.push({
      key: `${planId}/objective-${ref}/${objective.dueDate}`,
      planId,
      childRef: plan.childRef,
      planType: plan.type,
      kind: 'objective',
      title: `Objective ${objective.order} due`,
      dueDate: objective.dueDate,
      state: stateOf(objective.dueDate, opts.today, opts.withinDays),
      owner: objective.owner ?? plan.leadProfessional,
      notes: [],
    });
  }
  return items.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}

function unschedulable(bundle: SchedulableBundle, planId: string, title: string): DueItem {
  return {
    key: `${planId}/cannot-schedule/start-date`,
    planId,
    childRef: bundle.plan.childRef,
    planType: bundle.plan.type,
    kind: 'cannot-schedule',
    title,
    state: 'unschedulable',
    owner: bundle.plan.leadProfessional,
    notes: [],
  };
}

/**
 * What a plan date field shows, so that a meeting can trust it:
 *  - 'own': the plan's own date, today or later;
 *  - 'overdue': a date that has passed (the plan's own date, or the rules' deadline when the
 *    plan has none): shown as "Overdue since ...", never offered as a suggestion;
 *  - 'suggested': no date of its own, so the rules' next deadline, only when it is today or later;
 *  - 'none': nothing to show.
 */
export interface PlanDateAdvice {
  state: 'own' | 'overdue' | 'suggested' | 'none';
  /** The date to put in the field; '' when the field starts empty. */
  value: IsoDate | '';
  /** For 'overdue': the date that passed. */
  overdueSince?: IsoDate;
}

export function planDateAdvice(
  own: IsoDate | undefined,
  due: DueItem | undefined,
  today: IsoDate,
): PlanDateAdvice {
  if (isIsoDate(own)) {
    // A passed date of the plan's own stays what the plan says, shown as overdue until the next
    // meeting's date is entered: it is never swapped for a suggestion.
    return own >= today
      ? { state: 'own', value: own }
      : { state: 'overdue', value: own, overdueSince: own };
  }
  if (!due?.dueDate) return { state: 'none', value: '' };
  if (due.dueDate >= today) return { state: 'suggested', value: due.dueDate };
  return { state: 'overdue', value: '', overdueSince: due.dueDate };
}

/**
 * Dates about to be saved that have already passed (and are not already the plan's own): they
 * need the user to confirm them, since a meeting is not booked in the past.
 */
export function pastDates(
  changes: Partial<Record<'nextCoreGroup' | 'nextReview', IsoDate | undefined>>,
  stored: Partial<Record<'nextCoreGroup' | 'nextReview', IsoDate | undefined>>,
  today: IsoDate,
): ('nextCoreGroup' | 'nextReview')[] {
  return (['nextCoreGroup', 'nextReview'] as const).filter((f) => {
    const v = changes[f];
    return isIsoDate(v) && v < today && v !== stored[f];
  });
}
