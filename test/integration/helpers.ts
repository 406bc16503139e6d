/** Starts local mode on a free port with a fresh data folder, for tests over real HTTP. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphClient, RetryOptions } from '../../src/graph/client';
import { GraphPlanStore } from '../../src/graph/plan-store';
import type { Plan, PlanObjective } from '../../src/plans/model';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server';
import { localClient } from '../helpers/local-server';

export interface Harness {
  server: RunningServer;
  client: GraphClient;
  store: GraphPlanStore;
  dataDir: string;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'smart-plans-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startHarness(
  opts: ServerOptions & { retry?: RetryOptions } = {},
): Promise<Harness> {
  const dataDir = opts.dataDir ?? tempDir();
  const server = await startServer({ port: 0, testHooks: true, ...opts, dataDir });
  const client = localClient(server, { retry: opts.retry });
  const store = new GraphPlanStore({ client });
  return {
    server,
    client,
    store,
    dataDir,
    async stop() {
      await server.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function samplePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    childRef: 'Test child (fictional) T-1',
    type: 'child-protection',
    status: 'active',
    leadProfessional: { name: 'Jordan Lee', email: 'jordan.lee@example.org' },
    supervisor: { name: 'Sam Taylor', email: 'sam.taylor@example.org' },
    members: [{ name: 'Dana Price', email: 'dana.price@example.org' }],
    startDate: '2027-01-04',
    nextReview: '2027-03-01',
    ...overrides,
  };
}

export function sampleObjectives(n: number, prefix = 'obj'): PlanObjective[] {
  return Array.from({ length: n }, (_, i) => ({
    planId: '',
    order: i + 1,
    text: `Objective ${i + 1}: the child will attend school at least 9 of 10 sessions each week, checked weekly.`,
    owner: { name: 'School DSL', email: 'dsl@example.org' },
    dueDate: '2027-03-01',
    status: 'active' as const,
    sourceKey: `${prefix}-${i + 1}`,
  }));
}
