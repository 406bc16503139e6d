/**
 * The remind command against the real local lists service (src/server) seeded with --demo data,
 * over HTTP: the same GraphPlanStore and Graph requests a tenant gets, with the SMART Outbox list
 * standing in for email and Teams.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { remindCommand, ukToday, type RemindCommandOptions } from '../../src/cli/commands/remind';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { startServer, type RunningServer } from '../../src/server';
import { localClient } from '../helpers/local-server';

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'smart-remind-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, demo: true, testHooks: true });
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function capture() {
  const lines: string[] = [];
  return {
    lines,
    io: { out: (t: string) => lines.push(...t.trimEnd().split('\n')), err: () => undefined },
  };
}

async function outbox(): Promise<{ fields: Record<string, string> }[]> {
  const client = localClient(server);
  return client.all(`sites/root/lists/${encodeURIComponent('SMART Outbox')}/items?$expand=fields`);
}

const today = ukToday();
const opts = (): RemindCommandOptions => ({
  graphUrl: server.graphUrl,
  // The token is found as the CLI finds it: in the data folder's local-token file.
  data: dataDir,
  site: 'root',
  now: today,
  within: 7,
  json: true,
});
const summaryOf = (lines: string[]) =>
  JSON.parse(lines[lines.length - 1]) as { sent: number; skipped: number; failed: number };

describe('smart-plans remind in local mode', () => {
  it('first run sends digests to the outbox, an immediate second run sends none', async () => {
    const first = capture();
    const a = await remindCommand(opts(), first.io);
    expect(a.exitCode).toBe(0);
    const s1 = summaryOf(first.lines);
    expect(s1.sent).toBeGreaterThan(0);
    expect(s1.failed).toBe(0);
    const messages = await outbox();
    expect(messages).toHaveLength(s1.sent);
    const body = messages[0].fields.BodyText;
    expect(body).toMatch(/^Hello /);
    expect(body).toMatch(/\(fictional\)/);
    expect(body).toContain(`/tab.html#/plan/`);
    // Every line but the last is a JSON event; the last is the summary with exactly the three counts.
    expect(Object.keys(s1)).toEqual(['sent', 'skipped', 'failed']);
    for (const line of first.lines.slice(0, -1)) expect(() => JSON.parse(line)).not.toThrow();

    const store = new GraphPlanStore({
      client: localClient(server),
      siteId: 'root',
    });
    const reminders = await store.listReminders();
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((r) => r.status === 'sent' && r.attempts === 1 && r.sentAt)).toBe(true);

    const second = capture();
    await remindCommand(opts(), second.io);
    expect(summaryOf(second.lines)).toEqual({ sent: 0, skipped: s1.sent, failed: 0 });
    expect(await outbox()).toHaveLength(s1.sent);
  });

  it('a send that fails is recorded, retried on the next run and then sent once', async () => {
    // A new plan with a core group due, for a new supervisor.
    const store = new GraphPlanStore({
      client: localClient(server),
      siteId: 'root',
    });
    await store.savePlan(
      {
        childRef: 'Mia (fictional) FIC-2001',
        type: 'child-protection',
        status: 'active',
        leadProfessional: { name: 'Jordan Lee', email: 'jordan.lee@example.org' },
        supervisor: { name: 'Robin Hale', email: 'robin.hale@example.org' },
        members: [],
        startDate: undefined,
      },
      [],
    );
    const before = (await outbox()).length;
    // Every attempt to write to the outbox in this run fails.
    server.faults.add({
      method: 'POST',
      path: 'SMART%20Outbox/items',
      status: 500,
      times: 3,
      scope: 'request',
    });
    const failing = capture();
    const run1 = await remindCommand(opts(), failing.io, {
      sendRetry: { tries: 3, baseDelayMs: 1 },
    });
    expect(run1.exitCode).toBe(1);
    expect(summaryOf(failing.lines)).toMatchObject({ sent: 0, failed: 1 });
    const failedEvent = failing.lines.map((l) => JSON.parse(l)).find((e) => e.status === 'failed');
    expect(failedEvent).toMatchObject({ recipient: 'r***@example.org', role: 'supervisor' });
    const failed = (await store.listReminders()).filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      attempts: 1,
      lastError: expect.stringContaining('HTTP 500'),
    });
    expect(await outbox()).toHaveLength(before);

    // The next run (after the 5-minute backoff) sends it, once.
    const later = () => new Date(Date.now() + 60 * 60_000);
    const retry = capture();
    const run2 = await remindCommand(opts(), retry.io, { clock: later });
    expect(run2.exitCode).toBe(0);
    expect(summaryOf(retry.lines)).toMatchObject({ sent: 1, failed: 0 });
    const after = await store.listReminders({ dueItem: failed[0].dueItem });
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await outbox()).toHaveLength(before + 1);

    const again = capture();
    await remindCommand(opts(), again.io, { clock: later });
    expect(summaryOf(again.lines).sent).toBe(0);
    expect(await outbox()).toHaveLength(before + 1);
  });

  it('two runs at once send each digest once', async () => {
    const store = new GraphPlanStore({
      client: localClient(server),
      siteId: 'root',
    });
    await store.savePlan(
      {
        childRef: 'Leo (fictional) FIC-2002',
        type: 'looked-after',
        status: 'active',
        leadProfessional: { name: 'Alex Morgan', email: 'alex.morgan@example.org' },
        supervisor: { name: 'Kim Vale', email: 'kim.vale@example.org' },
        members: [],
      },
      [],
    );
    const before = (await outbox()).length;
    const [a, b] = [capture(), capture()];
    await Promise.all([remindCommand(opts(), a.io), remindCommand(opts(), b.io)]);
    expect(summaryOf(a.lines).sent + summaryOf(b.lines).sent).toBe(1);
    const after = await outbox();
    expect(after).toHaveLength(before + 1);
    expect(after.filter((m) => m.fields.Recipient === 'kim.vale@example.org')).toHaveLength(1);
  });

  it('finds the token from --token, else the data folder; without one it stops with exit 2', async () => {
    const errs: string[] = [];
    const io = { out: () => undefined, err: (t: string) => void errs.push(t) };
    const empty = mkdtempSync(path.join(tmpdir(), 'smart-remind-empty-'));
    const saved = process.env.SMART_PLANS_TOKEN;
    delete process.env.SMART_PLANS_TOKEN;
    try {
      const none = await remindCommand({ ...opts(), data: empty, dryRun: true }, io);
      expect(none.exitCode).toBe(2);
      expect(errs.join('')).toMatch(/No local-mode token: give --token/);
      const wrong = remindCommand({ ...opts(), token: 'wrong', dryRun: true }, io);
      await expect(wrong).rejects.toThrow();
      const given = await remindCommand(
        { ...opts(), data: empty, token: server.token, dryRun: true },
        io,
      );
      expect(given.exitCode).toBe(0);
    } finally {
      if (saved !== undefined) process.env.SMART_PLANS_TOKEN = saved;
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('with nothing listening, names the URL it tried and the --graph-url flag', async () => {
    // A port nothing listens on: a server started and closed again.
    const gone = await startServer({ port: 0, host: '127.0.0.1', dataDir });
    const graphUrl = gone.graphUrl;
    await gone.close();
    const errors: string[] = [];
    const result = await remindCommand(
      { ...opts(), graphUrl, json: false, token: 'any' },
      { out: () => undefined, err: (t) => void errors.push(t) },
    );
    expect(result.exitCode).toBe(2);
    const last = errors[errors.length - 1];
    expect(last).toContain(`Could not reach the plan store at ${graphUrl}`);
    expect(last).toContain('--graph-url');
    expect(last).toContain('--port');
  });
});
