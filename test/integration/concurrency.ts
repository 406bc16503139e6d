/**
 * Many people editing the same objectives at once, each with the ETag of the version they last
 * saw. Every writer appends its own token to the objective's progress note; a write that the
 * store acknowledged must be in the final note, a write it rejected (412) must not be, and each
 * objective's version must equal one plus the writes acknowledged for it: nothing lost, nothing
 * silently overwritten. Shared by the jest test (a few seconds) and the bench (10 s).
 */
import { GraphClient } from '../../src/graph/client';

import { GraphPlanStore } from '../../src/graph/plan-store';
import type { PlanObjective } from '../../src/plans/model';
import { ConflictError } from '../../src/plans/store';

export interface ConcurrencyReport {
  clients: number;
  objectives: number;
  durationMs: number;
  acknowledged: number;
  rejected: number;
  /** Rejections that did not carry the other person's version. */
  rejectedWithoutTheirs: number;
  /** Errors other than a 412 conflict. */
  otherErrors: string[];
  /** Acknowledged tokens missing from the final notes. */
  lost: string[];
  /** Rejected tokens found in the final notes. */
  leaked: string[];
  /** Objectives whose final version is not 1 + their acknowledged writes. */
  versionMismatches: string[];
}

function versionOf(etag: string | undefined): number {
  const m = /,(\d+)"?$/.exec(etag ?? '');
  return m ? Number(m[1]) : NaN;
}

export async function runConcurrency(opts: {
  graphUrl: string;
  /** The local server's token. */
  token: string;
  clients?: number;
  objectives?: number;
  durationMs: number;
}): Promise<ConcurrencyReport> {
  const nClients = opts.clients ?? 50;
  const nObjectives = opts.objectives ?? 10;
  const setup = new GraphPlanStore({
    client: new GraphClient({
      baseUrl: opts.graphUrl,
      getToken: () => Promise.resolve(opts.token),
    }),
  });
  const saved = await setup.savePlan(
    {
      childRef: `Concurrency (fictional) ${Date.now()}`,
      type: 'child-in-need',
      status: 'active',
      leadProfessional: { name: 'Lead', email: 'lead@example.org' },
      supervisor: { name: 'Sam Taylor', email: 'sam.taylor@example.org' },
      members: [],
    },
    Array.from({ length: nObjectives }, (_, i) => ({
      planId: '',
      order: i + 1,
      text: `Shared objective ${i + 1}`,
      status: 'active' as const,
      progressNote: 'start',
    })),
  );
  if (saved.failures.length) throw new Error(`setup failed: ${JSON.stringify(saved.failures)}`);
  const planId = saved.plan.id!;

  const acked = new Map<string, string[]>(); // objective id -> tokens
  const rejected = new Set<string>();
  let rejectedWithoutTheirs = 0;
  const otherErrors: string[] = [];
  // Everyone opens the plan first, so all start from version 1 and the first round conflicts.
  const clients = await Promise.all(
    Array.from({ length: nClients }, async () => {
      const store = new GraphPlanStore({
        client: new GraphClient({
          baseUrl: opts.graphUrl,
          getToken: () => Promise.resolve(opts.token),
        }),
      });
      return { store, copies: (await store.getPlan(planId)).objectives };
    }),
  );
  const started = Date.now();
  const deadline = started + opts.durationMs;

  async function client(ci: number): Promise<void> {
    const { store, copies } = clients[ci];
    for (let seq = 0; seq === 0 || Date.now() < deadline; seq++) {
      const idx = Math.floor(Math.random() * copies.length);
      const mine = copies[idx];
      const token = `c${ci}.${seq}`;
      try {
        const after = await store.updateObjective({
          ...mine,
          progressNote: `${mine.progressNote ?? ''} ${token}`,
        });
        acked.set(after.id!, [...(acked.get(after.id!) ?? []), token]);
        copies[idx] = after;
      } catch (e) {
        if (e instanceof ConflictError) {
          rejected.add(token);
          const theirs = e.theirs as PlanObjective | undefined;
          if (theirs) copies[idx] = theirs;
          else rejectedWithoutTheirs++;
        } else {
          otherErrors.push(e instanceof Error ? e.message : String(e));
          if (otherErrors.length > 20) return;
        }
      }
    }
  }
  await Promise.all(Array.from({ length: nClients }, (_, i) => client(i)));
  const durationMs = Date.now() - started;

  const final = (await setup.getPlan(planId)).objectives;
  const lost: string[] = [];
  const leaked: string[] = [];
  const versionMismatches: string[] = [];
  let acknowledged = 0;
  for (const o of final) {
    const present = new Set((o.progressNote ?? '').split(' ').filter(Boolean));
    const mineAcked = acked.get(o.id!) ?? [];
    acknowledged += mineAcked.length;
    for (const t of mineAcked) if (!present.has(t)) lost.push(t);
    for (const t of present) if (rejected.has(t)) leaked.push(t);
    if (versionOf(o.etag) !== 1 + mineAcked.length)
      versionMismatches.push(
        `objective ${o.order}: version ${versionOf(o.etag)}, ${mineAcked.length} writes acknowledged`,
      );
  }
  return {
    clients: nClients,
    objectives: nObjectives,
    durationMs,
    acknowledged,
    rejected: rejected.size,
    rejectedWithoutTheirs,
    otherErrors,
    lost,
    leaked,
    versionMismatches,
  };
}
