/**
 * Working days: Monday to Friday, less the bank holidays of the chosen UK jurisdiction and any
 * closure days an organisation adds. Statutory timescales such as "within 10 working days" count
 * these days; the count starts the day after the event, so 10 working days from Monday 1st (no
 * holidays) is Monday 15th.
 */
import {
  BANK_HOLIDAYS,
  BANK_HOLIDAYS_FROM_YEAR,
  BANK_HOLIDAYS_TO_YEAR,
  type Region,
} from './bank-holidays';
import { addDays, dayOfWeek, isIsoDate, yearOf } from './iso-date';
import type { IsoDate } from './model';

export interface WorkingCalendar {
  region: Region;
  /** An organisation's own non-working days (e.g. a closure between Christmas and New Year). */
  extraClosures?: readonly IsoDate[];
  /** Bank holidays announced after this release (a one-off proclamation), until the data catches up. */
  extraBankHolidays?: readonly IsoDate[];
}

export const DEFAULT_CALENDAR: WorkingCalendar = { region: 'england-and-wales' };

// Built once per distinct calendar: the job asks about thousands of dates against the same one.
const holidaySets = new WeakMap<WorkingCalendar, ReadonlySet<IsoDate>>();

function holidaysOf(calendar: WorkingCalendar): ReadonlySet<IsoDate> {
  let set = holidaySets.get(calendar);
  if (!set) {
    const listed = BANK_HOLIDAYS[calendar.region];
    if (!listed)
      throw new RangeError(
        `Unknown region "${calendar.region}": use one of england-and-wales, scotland, northern-ireland.`,
      );
    set = new Set<IsoDate>([
      ...listed.map(([date]) => date),
      ...(calendar.extraClosures ?? []),
      ...(calendar.extraBankHolidays ?? []),
    ]);
    holidaySets.set(calendar, set);
  }
  return set;
}

/** True when the bank holiday list covers the date's year; outside it only weekends are skipped. */
export function calendarCovers(date: IsoDate): boolean {
  const year = yearOf(date);
  return year >= BANK_HOLIDAYS_FROM_YEAR && year <= BANK_HOLIDAYS_TO_YEAR;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !holidaysOf(calendar).has(date);
}

/** The date `count` working days after `date` (count >= 0; 0 gives `date` itself). */
export function addWorkingDays(
  date: IsoDate,
  count: number,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date written YYYY-MM-DD.`);
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(
      `A number of working days must be a whole number from 0 up; got ${count}.`,
    );
  }
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** `date` itself when it is a working day, else the last working day before it. */
export function onOrBeforeWorkingDay(
  date: IsoDate,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): IsoDate {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}
