/**
 * Progress in a core group is this meeting's record: the form opens empty, with the last record
 * (its rating, note and date) shown beside it, so nobody takes last time's rating for today's.
 * A record needs a rating; its note belongs to it alone, so a record saved without one clears
 * the last record's note instead of carrying it over.
 */
import { datePart, formatUkDate } from '../plans/iso-date';
import type { PlanObjective, Rag } from '../plans/model';
import type { ObjectiveChanges } from './drafts';
import { localToday } from './today';

export const RAG_LABEL: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

type Recorded = Pick<PlanObjective, 'progress' | 'progressNote' | 'progressAt'>;

/**
 * The calendar day a record was made where the user is: a timestamp is UTC, and 00:30 in a
 * British summer is still the day before in UTC.
 */
export function recordedOn(progressAt: string | undefined): string | undefined {
  if (!progressAt) return undefined;
  if (progressAt.length > 10) {
    const at = new Date(progressAt);
    if (!Number.isNaN(at.getTime())) return localToday(at);
  }
  return datePart(progressAt);
}

/** "Last recorded 17/11/2026: Amber – Attendance 8/10.", or that there is none. */
export function lastRecordText(objective: Recorded): string {
  const note = objective.progressNote?.trim();
  if (!objective.progress && !note) return 'No progress recorded before this meeting.';
  const day = recordedOn(objective.progressAt);
  const rating = objective.progress ? RAG_LABEL[objective.progress] : 'No rating';
  return `Last recorded${day ? ` ${formatUkDate(day)}` : ''}: ${rating}${note ? ` – ${note}` : ''}`;
}

/** What stops this meeting's record being saved, in words for the user; undefined when nothing. */
export function recordProblem(changes: ObjectiveChanges | undefined): string | undefined {
  return changes?.progress ? undefined : 'Choose a rating for progress since the last meeting.';
}

/**
 * The change a field makes to this meeting's record. The note always goes with the rating, so
 * a rating saved with no note typed replaces the last note rather than appearing to repeat it.
 */
export function recordChange(
  current: ObjectiveChanges | undefined,
  change: ObjectiveChanges,
): ObjectiveChanges {
  return { progressNote: current?.progressNote ?? '', ...change };
}
