import type { Plan } from '../../src/plans/model';
import type { RenderedDigest } from '../../src/reminders/digest';
import { runReminders, type RemindEvent, type RemindOptions } from '../../src/reminders/job';
import { SendError, type Sender } from '../../src/reminders/send';
import { MemoryStore } from './memory-store';

const PAT = { name: 'Pat Super', email: 'pat.super@example.org' };
const ALEX = { name: 'Alex Super', email: 'alex.super@example.org' };
const SAM = { name: 'Sam Lead', email: 'sam.lead@example.org' };
const OWEN = { name: 'Owen Owner', email: 'owen.owner@example.org' };

function plan(overrides: Partial<Plan>): Plan {
  return {
    childRef: 'Child A (fictional)',
    type: 'child-protection',
    status: 'active',
    leadProfessional: SAM,
    supervisor: PAT,
    members: [],
    ...overrides,
  };
}

class RecordingSender implements Sender {
  sent: { to: string; digest: RenderedDigest; dueItems: string[] }[] = [];
  failNext = 0;
  async send(recipient: { email?: string }, digest: RenderedDigest, meta: { dueItems: string[] }) {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new SendError(
        'The email failed: HTTP 503 serviceUnavailable. It will be retried on the next run.',
        true,
      );
    }
    this.sent.push({ to: recipient.email ?? '', digest, dueItems: meta.dueItems });
    return 'outbox' as const;
  }
}

function demo(): MemoryStore {
  const store = new MemoryStore();
  // First core group due 15/02/2027 (10 working days after Monday 01/02/2027).
  store.addPlan(plan({ childRef: 'Child A (fictional)', startDate: '2027-02-01' }));
  // Missing start date.
  store.addPlan(plan({ childRef: 'Child B (fictional)', startDate: undefined }));
  // Another supervisor: objective owned by Owen due soon.
  store.addPlan(
    plan({
      childRef: 'Child C (fictional)',
      type: 'child-in-need',
      supervisor: ALEX,
      startDate: '2027-01-20',
    }),
    [
      {
        order: 1,
        text: 'Secret objective text that must not travel',
        status: 'active',
        dueDate: '2027-02-16',
        owner: OWEN,
        id: 'o1',
      },
    ],
  );
  // Nothing due for a month: no digest.
  store.addPlan(
    plan({
      childRef: 'Child D (fictional)',
      supervisor: { name: 'Quiet', email: 'quiet@example.org' },
      startDate: '2027-02-10',
      type: 'ehc',
    }),
  );
  // Closed plans are never scheduled.
  store.addPlan(
    plan({ childRef: 'Child E (fictional)', status: 'closed', startDate: '2020-01-01' }),
  );
  return store;
}

const base = (
  store: MemoryStore,
  sender: Sender,
  extra: Partial<RemindOptions> = {},
): RemindOptions => ({
  store,
  sender,
  today: '2027-02-12',
  clock: () => new Date('2027-02-12T07:00:00Z'),
  ...extra,
});

describe('runReminders', () => {
  it('sends one digest per supervisor, then nothing on an immediate re-run', async () => {
    const store = demo();
    const sender = new RecordingSender();
    const first = await runReminders(base(store, sender));
    expect(first).toMatchObject({ sent: 2, skipped: 0, failed: 0, plans: 4 });
    expect(sender.sent.map((s) => s.to).sort()).toEqual([
      'alex.super@example.org',
      'pat.super@example.org',
    ]);
    const pat = sender.sent.find((s) => s.to === PAT.email)!;
    expect(pat.dueItems).toEqual(['1/core-group/2027-02-15', '2/cannot-schedule/start-date']);
    expect(pat.digest.text).toContain(
      'Child B (fictional): Cannot schedule: no initial conference date.',
    );
    expect(pat.digest.text).toContain(
      'Child A (fictional): First core group, due 15/02/2027 (in 3 days).',
    );
    // No objective text in any digest.
    for (const s of sender.sent)
      expect(s.digest.text + s.digest.html).not.toContain('Secret objective');
    expect(
      [...store.reminders.values()].every((r) => r.status === 'sent' && r.attempts === 1),
    ).toBe(true);

    const second = await runReminders(
      base(store, sender, { clock: () => new Date('2027-02-12T07:05:00Z') }),
    );
    expect(second).toMatchObject({ sent: 0, skipped: 2, failed: 0 });
    expect(sender.sent).toHaveLength(2);
  });

  it('a new due item the next day goes out alone; sent ones stay sent', async () => {
    const store = demo();
    const sender = new RecordingSender();
    await runReminders(base(store, sender));
    const id = [...store.plans.values()].find((p) => p.childRef === 'Child A (fictional)')!.id!;
    store.objectives.push({
      planId: id,
      order: 1,
      text: 'x',
      status: 'active',
      dueDate: '2027-02-18',
      id: 'oa',
    });
    const next = await runReminders(
      base(store, sender, { today: '2027-02-13', clock: () => new Date('2027-02-13T07:00:00Z') }),
    );
    expect(next).toMatchObject({ sent: 1, skipped: 1 });
    expect(sender.sent[2].dueItems).toEqual([`${id}/objective-oa/2027-02-18`]);
  });

  it('records a failed send, waits out the backoff, then retries it once and only once', async () => {
    const store = demo();
    const sender = new RecordingSender();
    sender.failNext = 1;
    const events: RemindEvent[] = [];
    const first = await runReminders(base(store, sender, { onEvent: (e) => events.push(e) }));
    expect(first.failed).toBe(1);
    expect(first.sent).toBe(1);
    const failed = [...store.reminders.values()].filter((r) => r.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]).toMatchObject({
      attempts: 1,
      lastError: expect.stringContaining('HTTP 503'),
    });
    expect(events.find((e) => e.type === 'digest' && e.status === 'failed')).toBeTruthy();

    // Two minutes later: still inside the 5-minute backoff.
    const early = await runReminders(
      base(store, sender, { clock: () => new Date('2027-02-12T07:02:00Z') }),
    );
    expect(early).toMatchObject({ sent: 0, failed: 0, skipped: 2 });

    const retry = await runReminders(
      base(store, sender, { clock: () => new Date('2027-02-12T08:00:00Z') }),
    );
    expect(retry).toMatchObject({ sent: 1, failed: 0, skipped: 1 });
    expect(failed.every((f) => store.reminders.get(f.id!)!.status === 'sent')).toBe(true);
    expect(store.reminders.get(failed[0].id!)!.attempts).toBe(2);

    const after = await runReminders(
      base(store, sender, { clock: () => new Date('2027-02-13T08:00:00Z') }),
    );
    expect(after.sent).toBe(0);
    expect(sender.sent).toHaveLength(2);
  });

  it('two runs at once never send the same item twice', async () => {
    const store = demo();
    const sender = new RecordingSender();
    // Yield between every reminder write so the runs interleave.
    store.beforeReminderWrite = () => new Promise((r) => setImmediate(r));
    const [a, b] = await Promise.all([
      runReminders(base(store, sender)),
      runReminders(base(store, sender)),
    ]);
    expect(a.sent + b.sent).toBe(2);
    const keys = sender.sent.flatMap((s) => s.dueItems.map((k) => `${s.to} ${k}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(3);
  });

  it('with owners, each owner gets their own items too', async () => {
    const store = demo();
    const sender = new RecordingSender();
    const summary = await runReminders(base(store, sender, { owners: true }));
    expect(summary.sent).toBe(4);
    const owen = sender.sent.find((s) => s.to === OWEN.email)!;
    expect(owen.dueItems).toEqual(['3/objective-o1/2027-02-16']);
    expect(owen.digest.text).toContain('these items are yours');
    expect(sender.sent.find((s) => s.to === SAM.email)!.dueItems).toHaveLength(2);
  });

  it('dry run sends and writes nothing', async () => {
    const store = demo();
    const sender = new RecordingSender();
    const summary = await runReminders(base(store, sender, { dryRun: true }));
    expect(summary).toMatchObject({ sent: 0, wouldSend: 2 });
    expect(sender.sent).toHaveLength(0);
    expect(store.reminders.size).toBe(0);
  });

  it('warns about a plan without a supervisor address instead of failing', async () => {
    const store = demo();
    store.addPlan(plan({ supervisor: { name: 'Nobody' }, startDate: '2027-02-01' }));
    const events: RemindEvent[] = [];
    await runReminders(base(store, new RecordingSender(), { onEvent: (e) => events.push(e) }));
    expect(events).toContainEqual({
      type: 'warning',
      message: expect.stringContaining('has no supervisor email address'),
    });
  });
});
