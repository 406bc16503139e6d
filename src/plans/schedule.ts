/**
 * Review schedule rules, as data. Each plan type lists the meeting series it must hold (which
 * Review kind records the meeting, when the first is due, the second, and the rest) and whether a
 * timescale is statutory. An organisation may tighten any timescale through its house rules
 * (`mergeSchedule`), never loosen a statutory one. src/plans/due.ts turns these rules and a
 * plan's dates into due items; nothing else decides a due date.
 */
import { REGIONS, type Region } from './bank-holidays';
import { isIsoDate } from './iso-date';
import type { PlanStatus, PlanType, ReviewKind } from './model';
import { DEFAULT_CALENDAR, type WorkingCalendar } from './working-days';

export type IntervalUnit = 'working-days' | 'weeks' | 'months';

export interface Interval {
  unit: IntervalUnit;
  count: number;
  /** Set when the law or statutory guidance fixes this timescale: overrides may only shorten it. */
  statutory?: boolean;
}

export interface SeriesRule {
  /** The Review kind that records these meetings in the Reviews list. */
  kind: ReviewKind;
  /** Lower-case name used in messages: "core group", "review conference". */
  label: string;
  /** From the plan's start date to the first meeting. */
  first: Interval;
  /** From the first meeting to the second, when it differs from `then`. */
  second?: Interval;
  /** Between later meetings, at most. */
  then: Interval;
  /**
   * The plan's own frequency field, when the plan may set it (core groups every N weeks, child in
   * need reviews every N months); it replaces the intervals named in `appliesTo`.
   */
  planSets?: {
    field: 'coreGroupEveryWeeks' | 'reviewEveryMonths';
    unit: IntervalUnit;
    appliesTo: readonly ('first' | 'second' | 'then')[];
  };
  /** Where the timescale comes from, shown to people who ask "says who?". */
  source: string;
}

export interface DriftRule {
  /** Progress must be recorded after each meeting of this kind... */
  after: ReviewKind;
  /** ...within this many working days of it, or the plan is drifting. */
  graceWorkingDays: number;
}

export interface PlanTypeSchedule {
  /** What the plan's start date means for this type, for "cannot schedule: no ..." messages. */
  startLabel: string;
  series: readonly SeriesRule[];
  drift?: DriftRule;
}

export interface ScheduleConfig {
  planTypes: Record<PlanType, PlanTypeSchedule>;
  calendar: WorkingCalendar;
  /** Plans in these statuses are scheduled; drafts are not yet agreed, closed ones are finished. */
  statuses: readonly PlanStatus[];
  /**
   * A deadline counted in weeks or months that lands on a weekend or bank holiday moves to the
   * working day before, since the meeting cannot be held on that day and still be in time.
   */
  pullBackToWorkingDay: boolean;
}

const WT2023 = 'Working Together to Safeguard Children 2023';
const CPPCR2010 =
  'Care Planning, Placement and Case Review (England) Regulations 2010, reg. 33; IRO Handbook 2010';
const SEND2015 = 'SEND Code of Practice: 0 to 25 years (2015), paras 9.166-9.176';

export const DEFAULT_SCHEDULE: ScheduleConfig = {
  planTypes: {
    'child-protection': {
      startLabel: 'initial conference date',
      series: [
        {
          kind: 'core-group',
          label: 'core group',
          // WT2023: the first core group meets within 10 working days of the initial conference.
          first: { unit: 'working-days', count: 10, statutory: true },
          // No national frequency after the first: the plan sets it; six weeks is common practice.
          then: { unit: 'weeks', count: 6 },
          planSets: { field: 'coreGroupEveryWeeks', unit: 'weeks', appliesTo: ['then'] },
          source: WT2023,
        },
        {
          kind: 'review-conference',
          label: 'review conference',
          // WT2023: first review conference within 3 months of the initial conference...
          first: { unit: 'months', count: 3, statutory: true },
          // ...and further reviews at intervals of not more than 6 months.
          then: { unit: 'months', count: 6, statutory: true },
          source: WT2023,
        },
      ],
      // Drift: no progress recorded against the objectives since the last core group.
      drift: { after: 'core-group', graceWorkingDays: 10 },
    },
    'looked-after': {
      startLabel: 'date the child became looked after',
      series: [
        {
          kind: 'lac-review',
          label: 'looked-after review',
          // Reg. 33(1)-(3): first review within 20 working days of the child becoming looked
          // after, the second not more than 3 months after the first, then not more than 6 months.
          first: { unit: 'working-days', count: 20, statutory: true },
          second: { unit: 'months', count: 3, statutory: true },
          then: { unit: 'months', count: 6, statutory: true },
          source: CPPCR2010,
        },
      ],
    },
    ehc: {
      startLabel: 'date the EHC plan was issued',
      series: [
        {
          kind: 'ehcp-review',
          label: 'EHC plan annual review',
          // SEND Code 9.166: the plan must be reviewed at least every 12 months (from issue, then
          // from the previous review). For under-fives 9.178 advises every 3 to 6 months: set that
          // through house rules where the organisation follows it.
          first: { unit: 'months', count: 12, statutory: true },
          then: { unit: 'months', count: 12, statutory: true },
          source: SEND2015,
        },
      ],
    },
    'child-in-need': {
      startLabel: 'plan start date',
      series: [
        {
          kind: 'cin-review',
          label: 'child in need review',
          // WT2023 asks for child in need plans to be reviewed regularly without fixing a period;
          // the plan's own frequency applies, three months where it sets none (common practice).
          first: { unit: 'months', count: 3 },
          then: { unit: 'months', count: 3 },
          planSets: { field: 'reviewEveryMonths', unit: 'months', appliesTo: ['first', 'then'] },
          source: `${WT2023} (local timescale)`,
        },
      ],
    },
    'early-help': {
      startLabel: 'plan start date',
      series: [
        {
          kind: 'early-help-review',
          label: 'early help review',
          // WT2023 leaves early help reviews to local arrangements: the plan's frequency, else 3 months.
          first: { unit: 'months', count: 3 },
          then: { unit: 'months', count: 3 },
          planSets: { field: 'reviewEveryMonths', unit: 'months', appliesTo: ['first', 'then'] },
          source: `${WT2023} (local early help arrangements)`,
        },
      ],
    },
  },
  calendar: DEFAULT_CALENDAR,
  statuses: ['active'],
  pullBackToWorkingDay: true,
};

/** An organisation's changes to the schedule: only what it sets differs from the default. */
export interface ScheduleOverrides {
  region?: Region;
  extraClosures?: string[];
  extraBankHolidays?: string[];
  statuses?: PlanStatus[];
  planTypes?: Partial<
    Record<
      PlanType,
      {
        series?: Partial<
          Record<
            ReviewKind,
            Partial<Record<'first' | 'second' | 'then', Omit<Interval, 'statutory'>>>
          >
        >;
        driftGraceWorkingDays?: number;
      }
    >
  >;
}

/** One thing the schedule cannot honour, and where in the overrides it is. */
export interface ScheduleProblem {
  /** Keys into ScheduleOverrides: ["planTypes", "ehc", "series", "ehcp-review", "first"]. */
  path: string[];
  message: string;
}

/** Thrown when house rules ask for something the schedule cannot honour. */
export class ScheduleConfigError extends Error {
  constructor(readonly issues: ScheduleProblem[]) {
    super(issues.map((i) => i.message).join('\n'));
    this.name = 'ScheduleConfigError';
  }

  /** The messages alone, in the order found. */
  get problems(): string[] {
    return this.issues.map((i) => i.message);
  }
}

// Calendar-day bounds of an interval, so that timescales in different units can be compared
// safely: an override is accepted only if its longest possible span fits in the statutory
// timescale's shortest one.
function spanDays(interval: Omit<Interval, 'statutory'>): { min: number; max: number } {
  const n = interval.count;
  switch (interval.unit) {
    case 'weeks':
      return { min: 7 * n, max: 7 * n };
    case 'months':
      // n consecutive months are at least n*365/12 - 2 days (February) and at most that + 2.
      return { min: Math.floor((n * 365) / 12 - 2), max: Math.ceil((n * 365) / 12 + 2) };
    case 'working-days':
      // Weekends add 2 days per 5 working days; Christmas and Easter can add up to 4 more.
      return { min: n + 2 * Math.floor(n / 5), max: n + 2 * Math.ceil(n / 5) + 4 };
  }
}

/** Each unit's name, singular, for messages and the settings page. */
export const INTERVAL_UNIT_NAME: Record<IntervalUnit, string> = {
  'working-days': 'working day',
  weeks: 'week',
  months: 'month',
};

/** "10 working days", "1 month". */
export function describeInterval(interval: Omit<Interval, 'statutory'>): string {
  const unit = INTERVAL_UNIT_NAME[interval.unit];
  return `${interval.count} ${unit}${interval.count === 1 ? '' : 's'}`;
}

function isLooser(proposed: Omit<Interval, 'statutory'>, statutory: Interval): boolean {
  if (proposed.unit === statutory.unit) return proposed.count > statutory.count;
  return spanDays(proposed).max > spanDays(statutory).min;
}

export const PART_LABEL = { first: 'first', second: 'second', then: 'later' } as const;

/**
 * The default schedule with an organisation's overrides applied. Refuses (ScheduleConfigError,
 * listing every problem) a timescale looser than the statutory one, a series the plan type does
 * not have, and counts that are not positive whole numbers.
 */
export function mergeSchedule(
  overrides: ScheduleOverrides,
  base: ScheduleConfig = DEFAULT_SCHEDULE,
): ScheduleConfig {
  const problems: ScheduleProblem[] = [];
  const planTypes = { ...base.planTypes };
  for (const [type, typeOverride] of Object.entries(overrides.planTypes ?? {}) as [
    PlanType,
    NonNullable<ScheduleOverrides['planTypes']>[PlanType],
  ][]) {
    const current = planTypes[type];
    if (!current) {
      problems.push({
        path: ['planTypes', type],
        message: `There is no plan type "${type}": use one of ${Object.keys(planTypes).join(', ')}.`,
      });
      continue;
    }
    if (!typeOverride) continue;
    const series = current.series.map((rule) => {
      const change = typeOverride.series?.[rule.kind];
      if (!change) return rule;
      const next: SeriesRule = { ...rule };
      for (const part of ['first', 'second', 'then'] as const) {
        const proposed = change[part];
        if (!proposed) continue;
        const where = `The ${PART_LABEL[part]} ${rule.label} (${type})`;
        const path = ['planTypes', type, 'series', rule.kind, part];
        if (!Number.isInteger(proposed.count) || proposed.count < 1) {
          problems.push({
            path: [...path, 'count'],
            message: `${where}: the count must be a whole number of at least 1; got ${proposed.count}.`,
          });
          continue;
        }
        const existing = rule[part] ?? (part === 'second' ? rule.then : undefined);
        if (existing?.statutory && isLooser(proposed, existing)) {
          problems.push({
            path,
            message:
              `${where} within ${describeInterval(proposed)} is looser than the statutory ${describeInterval(existing)} ` +
              `(${rule.source}). An organisation may set stricter timescales, not looser ones.`,
          });
          continue;
        }
        next[part] = { ...proposed, statutory: existing?.statutory };
      }
      return next;
    });
    for (const kind of Object.keys(typeOverride.series ?? {})) {
      if (!current.series.some((rule) => rule.kind === kind)) {
        problems.push({
          path: ['planTypes', type, 'series', kind],
          message: `Plans of type "${type}" have no "${kind}" meetings to reschedule: use ${current.series
            .map((r) => r.kind)
            .join(', ')}.`,
        });
      }
    }
    let drift = current.drift;
    if (typeOverride.driftGraceWorkingDays !== undefined) {
      const grace = typeOverride.driftGraceWorkingDays;
      if (!Number.isInteger(grace) || grace < 0) {
        problems.push({
          path: ['planTypes', type, 'driftGraceWorkingDays'],
          message: `The drift grace for "${type}" must be a whole number of working days; got ${grace}.`,
        });
      } else if (!drift) {
        problems.push({
          path: ['planTypes', type, 'driftGraceWorkingDays'],
          message: `Plans of type "${type}" have no drift rule to change.`,
        });
      } else {
        drift = { ...drift, graceWorkingDays: grace };
      }
    }
    planTypes[type] = { ...current, series, drift };
  }
  if (overrides.region !== undefined && !REGIONS.includes(overrides.region)) {
    problems.push({
      path: ['region'],
      message: `There is no region "${overrides.region}": use one of ${REGIONS.join(', ')}.`,
    });
  }
  for (const list of ['extraClosures', 'extraBankHolidays'] as const) {
    (overrides[list] ?? []).forEach((date, i) => {
      if (!isIsoDate(date))
        problems.push({
          path: [list, String(i)],
          message: `"${date}" is not a date: write closure days as YYYY-MM-DD.`,
        });
    });
  }
  if (problems.length > 0) throw new ScheduleConfigError(problems);
  return {
    ...base,
    planTypes,
    statuses: overrides.statuses ?? base.statuses,
    calendar: {
      region: overrides.region ?? base.calendar.region,
      extraClosures: [...(base.calendar.extraClosures ?? []), ...(overrides.extraClosures ?? [])],
      extraBankHolidays: [
        ...(base.calendar.extraBankHolidays ?? []),
        ...(overrides.extraBankHolidays ?? []),
      ],
    },
  };
}
