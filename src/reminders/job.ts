/**
 * The reminder job behind `smart-plans remind`. It streams plans through PlanStore in two passes
 * so that memory follows one supervisor's caseload, never the number of plans:
 *   1. list the supervisors of scheduled plans (a set of addresses);
 *   2. per supervisor, stream their plans with their objectives and reviews (iterateBundles:
 *      many plans per request), work out due items (src/plans/due.ts), read the Reminders list
 *      for the plans that have some (many plans per request again), claim what is new, send one
 *      digest, and mark each item sent or failed (claims and marks in $batch requests).
 * The number of requests so follows the number of pages and batches, not of plans or items.
 * With `owners`, each item's owner (the objective's owner, else the lead professional) gets a
 * digest of their items too, after the supervisors'.
 */
import { dueItemsForPlan, needsReminder, type DueItem } from '../plans/due';
import type { Person, Plan, Reminder } from '../plans/model';
import { DEFAULT_SCHEDULE, type ScheduleConfig } from '../plans/schedule';
import type { PlanStore } from '../plans/store';
import { renderDigest, type DigestEntry } from './digest';
import {
  claimMany,
  decide,
  DEFAULT_RETRY_POLICY,
  settle,
  type RetryPolicy,
  type SkipReason,
} from './ledger';
import { SendError, type Channel, type Sender } from './send';

export interface RemindOptions {
  store: PlanStore;
  sender: Sender;
  /** The date due items are judged against. */
  today: string;
  withinDays?: number;
  owners?: boolean;
  dryRun?: boolean;
  schedule?: ScheduleConfig;
  retry?: RetryPolicy;
  /** The job's clock for claims and backoff (tests move it on). */
  clock?: () => Date;
  /** Where a reader opens a plan. */
  planLink?: (plan: Plan) => string | undefined;
  /** Plans whose reminder records are read together (default 100). */
  recordsBatch?: number;
  /** One event per recipient, and warnings; for --json lines and the console. */
  onEvent?: (event: RemindEvent) => void;
}

export type RemindEvent =
  | {
      type: 'digest';
      /** Masked address: enough for an operator to tell recipients apart, not to harvest them. */
      recipient: string;
      role: 'supervisor' | 'owner';
      status: 'sent' | 'failed' | 'skipped' | 'would-send';
      channel?: Channel;
      items: number;
      overdue: number;
      skippedItems: Partial<Record<SkipReason | 'claimed-elsewhere', number>>;
      /** The due item keys (plan id, kind, date): no names. */
      dueItems: string[];
      error?: string;
    }
  | { type: 'warning'; message: string };

export interface RemindSummary {
  sent: number;
  skipped: number;
  failed: number;
  /** Dry run only: digests that would have gone out. */
  wouldSend?: number;
  plans: number;
  dueItems: number;
}

/** p***@example.org */
export function maskEmail(email: string): string {
  const [user, domain] = email.split('@');
  return domain ? `${user.charAt(0)}***@${domain}` : '***';
}

interface Pending {
  item: DueItem;
  link?: string;
  /** Reminders already in the list for the item's plan. */
  records: readonly Reminder[];
}

export async function runReminders(options: RemindOptions): Promise<RemindSummary> {
  const opts = {
    withinDays: 7,
    owners: false,
    dryRun: false,
    schedule: DEFAULT_SCHEDULE,
    retry: DEFAULT_RETRY_POLICY,
    clock: () => new Date(),
    planLink: (plan: Plan) => plan.documentUrl,
    recordsBatch: 100,
    onEvent: () => undefined,
    // An option passed as undefined (a CLI flag not given) keeps its default.
    ...(Object.fromEntries(
      Object.entries(options).filter(([, v]) => v !== undefined),
    ) as RemindOptions),
  };
  const { store } = opts;
  const summary: RemindSummary = { sent: 0, skipped: 0, failed: 0, plans: 0, dueItems: 0 };
  if (opts.dryRun) summary.wouldSend = 0;
  const warn = (message: string) => opts.onEvent({ type: 'warning', message });

  // Pass 1: who supervises scheduled plans.
  const supervisors = new Map<string, Person>();
  for (const status of opts.schedule.statuses) {
    for await (const plan of store.iteratePlans({ status })) {
      const email = plan.supervisor?.email?.toLowerCase();
      if (email) {
        if (!supervisors.has(email)) supervisors.set(email, plan.supervisor);
      } else {
        warn(
          `Plan ${plan.id ?? '(unsaved)'} has no supervisor email address, so nobody is reminded about it: add one in the plan.`,
        );
      }
    }
  }

  const ownerItems = new Map<string, { person: Person; pending: Pending[] }>();

  /** A supervisor's due items, with the reminder records of their plans. Reads only. */
  async function gather(email: string): Promise<Pending[]> {
    const pending: Pending[] = [];
    /** Plans with items whose reminder records are still to be read. */
    let waiting: { plan: Plan; items: DueItem[] }[] = [];
    const readRecords = async () => {
      if (waiting.length === 0) return;
      const batch = waiting;
      waiting = [];
      const records = await store.listReminders({ planIds: batch.map((w) => w.plan.id!) });
      const byPlan = new Map<string, Reminder[]>();
      for (const r of records) {
        const list = byPlan.get(r.planId) ?? [];
        list.push(r);
        byPlan.set(r.planId, list);
      }
      for (const { plan, items } of batch) {
        const planRecords = byPlan.get(plan.id!) ?? [];
        const link = opts.planLink(plan);
        for (const item of items) {
          pending.push({ item, link, records: planRecords });
          const owner = item.owner;
          const ownerEmail = owner?.email?.toLowerCase();
          if (opts.owners && owner && ownerEmail && ownerEmail !== email) {
            const entry = ownerItems.get(ownerEmail) ?? { person: owner, pending: [] };
            entry.pending.push({ item, link, records: planRecords });
            ownerItems.set(ownerEmail, entry);
          }
        }
      }
    };
    for (const status of opts.schedule.statuses) {
      const reads = store.iterateBundles({ supervisor: email, status }, { agreements: false });
      for await (const { bundle, error } of reads) {
        if (!bundle) {
          warn(
            `A plan could not be read, so its reminders wait for the next run: ${error.message}`,
          );
          continue;
        }
        // The filter is the store's; the address is checked again in case it matched loosely.
        if ((bundle.plan.supervisor?.email ?? '').toLowerCase() !== email) continue;
        summary.plans += 1;
        const items = dueItemsForPlan(bundle, {
          today: opts.today,
          withinDays: opts.withinDays,
          schedule: opts.schedule,
        }).filter(needsReminder);
        if (items.length === 0) continue;
        summary.dueItems += items.length;
        waiting.push({ plan: bundle.plan, items });
        if (waiting.length >= opts.recordsBatch) await readRecords();
      }
    }
    await readRecords();
    return pending;
  }

  // Pass 2: one supervisor at a time; the next one's plans are read while this one's digest
  // goes out, so that the job's work and the store's overlap (a team's plans are not another
  // team's, so reading early changes nothing). Memory: two caseloads at most.
  const queue = [...supervisors];
  let next = queue.length > 0 ? gather(queue[0][0]) : undefined;
  for (let i = 0; i < queue.length; i++) {
    const pending = await next!;
    next = i + 1 < queue.length ? gather(queue[i + 1][0]) : undefined;
    // Awaited on the next turn; until then a failure must not count as unhandled.
    next?.catch(() => undefined);
    if (pending.length > 0) await deliver(queue[i][1], 'supervisor', pending);
  }

  // Pass 3: owners.
  for (const { person, pending } of ownerItems.values()) await deliver(person, 'owner', pending);
  return summary;

  async function deliver(
    recipient: Person,
    role: 'supervisor' | 'owner',
    pending: Pending[],
  ): Promise<void> {
    const email = recipient.email!;
    const now = opts.clock();
    const skippedItems: Partial<Record<SkipReason | 'claimed-elsewhere', number>> = {};
    const skip = (reason: SkipReason | 'claimed-elsewhere') => {
      skippedItems[reason] = (skippedItems[reason] ?? 0) + 1;
    };
    const toSend: { pending: Pending; record?: Reminder }[] = [];
    for (const p of pending) {
      const decision = decide(p.records, p.item.key, email, now, opts.retry);
      if (decision.action === 'skip') {
        skip(decision.reason);
        if (decision.reason === 'gave-up') {
          warn(
            `Reminder ${decision.record.id} (${p.item.key}) failed ${decision.record.attempts} times and is no longer retried: ` +
              `check its last error in the Reminders list, then set its status to scheduled to try again.`,
          );
        }
      } else toSend.push({ pending: p, record: decision.record });
    }
    const event = {
      type: 'digest' as const,
      recipient: maskEmail(email),
      role,
      items: toSend.length,
      overdue: toSend.filter((t) => t.pending.item.state === 'overdue').length,
      skippedItems,
      dueItems: toSend.map((t) => t.pending.item.key),
    };
    if (toSend.length === 0) {
      summary.skipped += 1;
      opts.onEvent({ ...event, status: 'skipped' });
      return;
    }
    if (opts.dryRun) {
      summary.wouldSend = (summary.wouldSend ?? 0) + 1;
      opts.onEvent({ ...event, status: 'would-send' });
      return;
    }

    const claimed: { pending: Pending; record: Reminder }[] = [];
    const records = await claimMany(
      store,
      toSend.map((t) => ({
        planId: t.pending.item.planId,
        dueItem: t.pending.item.key,
        dueDate: t.pending.item.dueDate ?? opts.today,
        recipient,
        record: t.record,
      })),
      now,
      opts.retry,
    );
    toSend.forEach((t, i) => {
      const record = records[i];
      if (record) claimed.push({ pending: t.pending, record });
      else skip('claimed-elsewhere');
    });
    const sending = {
      ...event,
      items: claimed.length,
      overdue: claimed.filter((c) => c.pending.item.state === 'overdue').length,
      dueItems: claimed.map((c) => c.pending.item.key),
    };
    if (claimed.length === 0) {
      summary.skipped += 1;
      opts.onEvent({ ...sending, status: 'skipped' });
      return;
    }
    const entries: DigestEntry[] = claimed.map((c) => ({
      item: c.pending.item,
      link: c.pending.link,
    }));
    const rendered = renderDigest({
      recipient,
      role,
      today: opts.today,
      withinDays: opts.withinDays,
      entries,
    });
    let channel: Channel;
    try {
      channel = await opts.sender.send(recipient, rendered, { dueItems: sending.dueItems });
    } catch (err) {
      const message =
        err instanceof SendError
          ? err.message
          : `Sending failed: ${err instanceof Error ? err.message : String(err)}`;
      await settle(
        store,
        claimed.map((c) => c.record),
        { ok: false, at: opts.clock(), error: message },
      );
      summary.failed += 1;
      opts.onEvent({ ...sending, status: 'failed', error: message });
      return;
    }
    const conflicts = await settle(
      store,
      claimed.map((c) => c.record),
      { ok: true, at: opts.clock() },
    );
    if (conflicts > 0) {
      warn(
        `${conflicts} reminder record(s) were changed by someone during sending; the digest was sent and their changes were kept.`,
      );
    }
    summary.sent += 1;
    opts.onEvent({ ...sending, status: 'sent', channel });
  }
}
