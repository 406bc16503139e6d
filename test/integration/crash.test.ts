/**
 * Durability: the server runs as a child process; it is killed with SIGKILL right after writes
 * it acknowledged (with more in flight). On restart every acknowledged write is there and the
 * database passes SQLite's integrity check.
 */
import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { killed, localClient, startChildServer } from '../helpers/local-server';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { samplePlan, sampleObjectives, tempDir } from './helpers';

const startChild = startChildServer;

test('acknowledged writes survive SIGKILL and the database opens cleanly', async () => {
  const dataDir = tempDir('smart-plans-crash-');
  let child: ChildProcess | undefined;
  try {
    const first = await startChild(dataDir);
    child = first.child;
    const store = new GraphPlanStore({
      client: localClient(first, { retry: { maxRetries: 0 } }),
    });
    const saved = await store.savePlan(
      samplePlan({ childRef: 'Crash test (fictional)' }),
      sampleObjectives(5, 'k'),
    );
    expect(saved.failures).toEqual([]);
    const planId = saved.plan.id!;

    // 40 writes at once; kill the server the moment the 20th is acknowledged.
    const acked: string[] = [];
    let killing: Promise<void> | undefined;
    const writes = Array.from({ length: 40 }, async (_, i) => {
      const words = `ack-${i}`;
      try {
        await store.addAgreement({
          planId,
          person: { name: `Person ${i}` },
          role: 'professional',
          stance: 'agreed',
          words,
          date: '2027-01-10',
        });
        acked.push(words);
        if (acked.length === 20) killing = killed(child!);
      } catch {
        /* in flight when the server died: not acknowledged, may or may not be there */
      }
    });
    await Promise.all(writes);
    await killing;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(20);
    // The last acknowledged write before the kill is an update with If-Match, too.
    const lastUpdate = saved.objectives[0];

    const second = await startChild(dataDir);
    child = second.child;
    const after = new GraphPlanStore({ client: localClient(second) });
    const bundle = await after.getPlan(planId);
    const present = new Set(bundle.agreements.map((a) => a.words));
    for (const w of acked) expect(present.has(w)).toBe(true);
    expect(bundle.objectives).toHaveLength(5);

    // An update acknowledged right before a kill survives as well.
    const updated = await after.updateObjective({
      ...bundle.objectives[0],
      progressNote: 'saved before the crash',
    });
    expect(updated.etag).not.toBe(lastUpdate.etag);
    await killed(child);
    const third = await startChild(dataDir);
    child = third.child;
    const again = await new GraphPlanStore({
      client: localClient(third),
    }).getPlan(planId);
    expect(again.objectives[0].progressNote).toBe('saved before the crash');
    await killed(child);
    child = undefined;

    const db = new Database(path.join(dataDir, 'lists.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  } finally {
    if (child) await killed(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 180000);
