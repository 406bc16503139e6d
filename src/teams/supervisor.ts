/**
 * Groups the due items src/plans computed for a team's plans into what a supervisor scans: due
 * this week, overdue, drifting, cannot be scheduled, and counts by week for the chart. Every
 * date and every state comes from src/plans/due.ts; this only sorts them into piles.
 */
import type { DueItem } from '../plans/due';
import { addDays, dayOfWeek } from '../plans/iso-date';

export interface WeekBucket {
  /** Monday of the week, YYYY-MM-DD. */
  start: string;
  count: number;
}

export interface SupervisorSummary {
  dueThisWeek: DueItem[];
  overdue: DueItem[];
  drifting: DueItem[];
  cannotSchedule: DueItem[];
  /** Overdue items, then this week and the weeks after it. */
  overdueCount: number;
  weeks: WeekBucket[];
}

export function mondayOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

export function summarise(items: DueItem[], today: string, weeksAhead = 8): SupervisorSummary {
  const byDate = (a: DueItem, b: DueItem) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '');
  const drifting = items.filter((i) => i.kind === 'drift').sort(byDate);
  const dated = items.filter((i) => i.kind !== 'drift' && i.state !== 'unschedulable');
  const firstWeek = mondayOf(today);
  const weeks: WeekBucket[] = Array.from({ length: weeksAhead }, (_, n) => ({
    start: addDays(firstWeek, 7 * n),
    count: 0,
  }));
  for (const item of dated) {
    if (item.state === 'overdue' || !item.dueDate) continue;
    const bucket = weeks.find((w) => w.start === mondayOf(item.dueDate as string));
    if (bucket) bucket.count++;
  }
  const overdue = dated.filter((i) => i.state === 'overdue').sort(byDate);
  return {
    dueThisWeek: dated.filter((i) => i.state === 'due').sort(byDate),
    overdue,
    drifting,
    cannotSchedule: items.filter((i) => i.state === 'unschedulable'),
    overdueCount: overdue.length,
    weeks,
  };
}
