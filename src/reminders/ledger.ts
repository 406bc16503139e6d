/**
 * The Reminders list as a ledger: one record per due item and recipient. Before a digest goes
 * out each of its items is claimed (created "scheduled", or updated with If-Match, with the
 * attempt counted and the attempt time in SentAt); after it goes out each is marked "sent" or
 * "failed". A re-run skips items already sent; a second run at the same time loses the If-Match
 * race, or sees a fresh claim, and skips them too. SentAt holds the time of the last attempt
 * until the record is sent, when it holds the time it was sent: the list has no other column for
 * it, and the backoff needs it.
 */
import type { Person, Reminder } from '../plans/model';
import { ConflictError, type PlanStore } from '../plans/store';

export interface RetryPolicy {
  /** A claim younger than this belongs to a run still sending; older, the run died. */
  leaseMinutes: number;
  /** Wait after the first failure; doubles with each further failure. */
  backoffMinutes: number;
  maxBackoffMinutes: number;
  /** After this many failed attempts the item is left for a person to look at. */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  leaseMinutes: 15,
  backoffMinutes: 5,
  // Below a day, so a daily job always retries on its next run.
  maxBackoffMinutes: 12 * 60,
  maxAttempts: 6,
};

export type SkipReason = 'already-sent' | 'in-flight' | 'waiting-to-retry' | 'gave-up';

export type Decision =
  { action: 'skip'; reason: SkipReason; record: Reminder } | { action: 'send'; record?: Reminder };

export function sameRecipient(a: Person, email: string): boolean {
  return (a.email ?? '').toLowerCase() === email.toLowerCase();
}

/** Oldest first by list item id (numeric where the ids are numbers, as SharePoint's are). */
function byId(a: Reminder, b: Reminder): number {
  const [x, y] = [Number(a.id), Number(b.id)];
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return String(a.id).localeCompare(String(b.id));
}

export function backoffMinutes(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.maxBackoffMinutes, policy.backoffMinutes * 2 ** Math.max(0, attempts - 1));
}

/**
 * What to do about one due item for one recipient, given the records already in the list for
 * that item (any recipient: they are filtered here).
 */
export function decide(
  records: readonly Reminder[],
  dueItem: string,
  email: string,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Decision {
  const mine = records
    .filter((r) => r.dueItem === dueItem && sameRecipient(r.recipient, email))
    .sort(byId);
  const sent = mine.find((r) => r.status === 'sent');
  if (sent) return { action: 'skip', reason: 'already-sent', record: sent };
  // Concurrent first runs can each create a record; the oldest one is the one that counts.
  const record = mine[0];
  if (!record) return { action: 'send' };
  const lastAttempt = record.sentAt ? Date.parse(record.sentAt) : NaN;
  const minutesSince = Number.isNaN(lastAttempt)
    ? Infinity
    : (now.getTime() - lastAttempt) / 60_000;
  if (record.status === 'scheduled' && record.attempts > 0 && minutesSince < policy.leaseMinutes) {
    return { action: 'skip', reason: 'in-flight', record };
  }
  if (record.status === 'failed') {
    if (record.attempts >= policy.maxAttempts) return { action: 'skip', reason: 'gave-up', record };
    if (minutesSince < backoffMinutes(record.attempts, policy)) {
      return { action: 'skip', reason: 'waiting-to-retry', record };
    }
  }
  return { action: 'send', record };
}

export interface ClaimRequest {
  planId: string;
  dueItem: string;
  dueDate: string;
  recipient: Person;
  /** The record `decide` chose, when there is one. */
  record?: Reminder;
}

/** The fields of a claim: a new record, or the chosen one with the attempt counted. */
function claimWrite(req: ClaimRequest, at: string): Reminder {
  if (req.record)
    return { ...req.record, status: 'scheduled', attempts: req.record.attempts + 1, sentAt: at };
  return {
    planId: req.planId,
    dueItem: req.dueItem,
    recipient: { name: req.recipient.name, email: req.recipient.email ?? '' },
    dueDate: req.dueDate,
    status: 'scheduled',
    attempts: 1,
    sentAt: at,
  };
}

/**
 * A record created here against the records made for the same item and recipient by other runs:
 * the oldest wins. A younger one is closed as failed, with a message saying so, so that nothing
 * is ever sent for it; then the older one is claimed if its run has given it up.
 */
async function settleRace(
  store: PlanStore,
  req: ClaimRequest,
  created: Reminder,
  others: readonly Reminder[],
  now: Date,
  policy: RetryPolicy,
): Promise<Reminder | undefined> {
  const email = req.recipient.email ?? '';
  const rivals = others.filter(
    (r) => r.dueItem === req.dueItem && sameRecipient(r.recipient, email) && r.id !== created.id,
  );
  const oldest = [created, ...rivals].sort(byId)[0];
  if (oldest.id === created.id) return created;
  try {
    await store.saveReminder({
      ...created,
      status: 'failed',
      attempts: 0,
      lastError: `Duplicate of reminder ${oldest.id}, made by another run at the same time; nothing was sent for this record.`,
    });
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
  }
  // The older record belongs to the other run: it sends, or it failed and a later run retries.
  return decide([oldest], req.dueItem, email, now, policy).action === 'send'
    ? claim(store, { ...req, record: oldest }, now, policy)
    : undefined;
}

/**
 * Claims an item for this run: returns the claimed record (its ETag current), or undefined when
 * another run holds it. A record created here is checked against records created at the same
 * moment by another run (settleRace).
 */
export async function claim(
  store: PlanStore,
  req: ClaimRequest,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<Reminder | undefined> {
  const write = claimWrite(req, now.toISOString());
  if (req.record) {
    try {
      return await store.saveReminder(write);
    } catch (err) {
      if (err instanceof ConflictError) return undefined;
      throw err;
    }
  }
  const created = await store.saveReminder(write);
  return settleRace(
    store,
    req,
    created,
    await store.listReminders({ dueItem: req.dueItem }),
    now,
    policy,
  );
}

/**
 * claim for many items at once, with the same outcome item by item (results in order): the
 * writes go in $batch requests, and the check for records made at the same moment by another
 * run reads the reminders of all the items' plans together (an item's records carry its plan).
 */
export async function claimMany(
  store: PlanStore,
  reqs: readonly ClaimRequest[],
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<(Reminder | undefined)[]> {
  const at = now.toISOString();
  const results = await store.saveReminders(reqs.map((req) => claimWrite(req, at)));
  const claimed: (Reminder | undefined)[] = new Array(reqs.length);
  const created: { index: number; record: Reminder }[] = [];
  results.forEach((result, i) => {
    if (!result.ok) {
      // Another run changed the record since it was read: that run holds it.
      if (result.error instanceof ConflictError) return;
      throw result.error;
    }
    if (reqs[i].record) claimed[i] = result.value;
    else created.push({ index: i, record: result.value });
  });
  if (created.length > 0) {
    const planIds = [...new Set(created.map((c) => reqs[c.index].planId))];
    const others = await store.listReminders({ planIds });
    for (const { index, record } of created)
      claimed[index] = await settleRace(store, reqs[index], record, others, now, policy);
  }
  return claimed;
}

/** Marks claimed records sent or failed. A 412 here means a person edited the record: theirs stands. */
export async function settle(
  store: PlanStore,
  claimed: readonly Reminder[],
  outcome: { ok: true; at: Date } | { ok: false; at: Date; error: string },
): Promise<number> {
  const at = outcome.at.toISOString();
  // Independent records: written together, in $batch requests.
  const results = await store.saveReminders(
    claimed.map((record) =>
      outcome.ok
        ? { ...record, status: 'sent', sentAt: at, lastError: undefined }
        : { ...record, status: 'failed', sentAt: at, lastError: outcome.error },
    ),
  );
  let conflicts = 0;
  for (const result of results) {
    if (result.ok) continue;
    if (result.error instanceof ConflictError) conflicts += 1;
    else throw result.error;
  }
  return conflicts;
}
