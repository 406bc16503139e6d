/**
 * Child process for bench/remind.bench.ts: starts the local lists service on a free port in a
 * fresh data folder, seeds N fictional plans straight through Graph $batch requests (the same
 * requests a tenant would get), prints one JSON line {graphUrl, seconds}, and runs until killed.
 * Each line `cpu` on its stdin is answered with {cpuSeconds}: the service's CPU time so far, so
 * the bench can tell its share of a run from the job's on a loaded machine.
 *
 * The fixture: one supervisor per 100 plans (a team's caseload stays the same size as the
 * organisation grows); all five plan types; six plans in seven are on track (meetings held,
 * progress recorded, objectives due later), one in seven is behind (nothing held, an objective
 * overdue), so a run has due and overdue items for about 1 plan in 7.
 */
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { GraphClient } from '../src/graph/client';
import { runBatch, type BatchStep } from '../src/graph/batch';
import { listPath } from '../src/graph/lists';
import { OBJECTIVES } from '../src/graph/schema/objectives';
import { PLANS } from '../src/graph/schema/plans';
import { REVIEWS } from '../src/graph/schema/reviews';
import { addDays } from '../src/plans/iso-date';
import {
  PLAN_TYPES,
  type Plan,
  type PlanObjective,
  type Review,
  type ReviewKind,
} from '../src/plans/model';
import { startServer } from '../src/server';

const MAIN_KIND: Record<Plan['type'], ReviewKind> = {
  'child-protection': 'review-conference',
  'looked-after': 'lac-review',
  ehc: 'ehcp-review',
  'child-in-need': 'cin-review',
  'early-help': 'early-help-review',
};

function fields(f: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== undefined));
}

async function main(): Promise<void> {
  const [dataDir, countArg, today] = process.argv.slice(2);
  const count = Number(countArg);
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir });
  const client = new GraphClient({ baseUrl: server.graphUrl, getToken: server.getToken });
  const items = (list: string) => `/${listPath('root', list)}/items`;
  const started = performance.now();
  const CHUNK = 500;
  for (let from = 0; from < count; from += CHUNK) {
    const plans: Plan[] = [];
    for (let i = from; i < Math.min(count, from + CHUNK); i++) {
      const type = PLAN_TYPES[i % PLAN_TYPES.length];
      const sup = Math.floor(i / 100);
      plans.push({
        childRef: `Child ${i} (fictional) FIC-${100000 + i}`,
        type,
        status: i % 11 === 0 ? 'closed' : 'active',
        leadProfessional: { name: `Lead ${i % 300}`, email: `lead${i % 300}@example.org` },
        supervisor: { name: `Supervisor ${sup}`, email: `supervisor${sup}@example.org` },
        members: [],
        startDate: addDays(today, -(60 + ((i * 37) % 600))),
      });
    }
    const created = await runBatch<{ id: string }>(
      client,
      plans.map((p) => ({
        method: 'POST',
        url: items('SMART Plans'),
        body: { fields: fields(PLANS.toFields(p)) },
      })),
    );
    const steps: BatchStep[] = [];
    created.forEach((outcome, k) => {
      if (!outcome.body?.id) throw new Error(`seeding failed: HTTP ${outcome.status}`);
      const planId = outcome.body.id;
      const i = from + k;
      const behind = i % 7 === 0;
      const plan = plans[k];
      const reviews: Review[] = behind
        ? []
        : [
            {
              planId,
              kind: MAIN_KIND[plan.type],
              scheduledDate: addDays(today, -20),
              heldDate: addDays(today, -20),
            },
            ...(plan.type === 'child-protection'
              ? [
                  {
                    planId,
                    kind: 'core-group' as const,
                    scheduledDate: addDays(today, -10),
                    heldDate: addDays(today, -10),
                  },
                ]
              : []),
          ];
      const objectives: PlanObjective[] = [1, 2].map((order) => ({
        planId,
        order,
        text: `Fictional objective ${order} for plan ${i}.`,
        owner: { name: `Owner ${i % 500}`, email: `owner${i % 500}@example.org` },
        dueDate: addDays(today, behind ? -3 : 60),
        status: 'active',
        progress: 'green',
        progressAt: behind ? undefined : `${addDays(today, -5)}T09:00:00Z`,
      }));
      for (const r of reviews)
        steps.push({
          method: 'POST',
          url: items('SMART Reviews'),
          body: { fields: fields(REVIEWS.toFields(r)) },
        });
      for (const o of objectives)
        steps.push({
          method: 'POST',
          url: items('SMART Objectives'),
          body: { fields: fields(OBJECTIVES.toFields(o)) },
        });
    });
    const done = await runBatch(client, steps);
    const bad = done.find((o) => o.status >= 300);
    if (bad) throw new Error(`seeding failed: HTTP ${bad.status}`);
  }
  process.stdout.write(
    `${JSON.stringify({ graphUrl: server.graphUrl, seconds: (performance.now() - started) / 1000 })}\n`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  const commands = createInterface({ input: process.stdin });
  commands.on('line', (line) => {
    if (line.trim() !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuSeconds: (user + system) / 1e6 })}\n`);
  });
  commands.on('close', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`remind-server: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
