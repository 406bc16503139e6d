/**
 * The demo plans local mode seeds (`--demo`) carry the letters the checker gives their
 * objectives, as a save from Word would: the tab had shown "Mum will attend all six sessions of
 * the parenting course" green on outcome, which the task pane marks as an action.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { startServer, type RunningServer } from '../../src/server';
import { checkObjectiveText, CRITERIA } from '../../src/smart';
import { localClient } from '../helpers/local-server';

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'smart-demo-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, demo: true });
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it("shows each demo objective's SMART letters as the task pane would check them", async () => {
  const store = new GraphPlanStore({ client: localClient(server) });
  const objectives = [];
  for (const plan of await store.listPlans())
    objectives.push(...(await store.getPlan(plan.id!)).objectives);
  expect(objectives.length).toBeGreaterThan(10);
  const course = objectives.find((o) => o.text.startsWith('Mum will attend all six sessions'));
  expect(course?.smart?.outcome).toBe(false);
  const differ = objectives.filter((o) => {
    const verdict = checkObjectiveText(o.text, { today: new Date() });
    return CRITERIA.some((c) => verdict.criteria[c].met !== o.smart?.[c]);
  });
  expect(differ.map((o) => o.text)).toEqual([]);
});
