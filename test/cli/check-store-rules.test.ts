/**
 * `check --store` uses the house rules saved in the plans site's settings list, as the pane, the
 * tab and `remind` do, so "everyone uses these house rules" holds on the command line too.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck, type CheckCommandOptions, type CliIo } from '../../src/cli/commands/check';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { HouseRulesStore } from '../../src/house-rules/store';
import { startServer, type RunningServer } from '../../src/server/index';
import { localClient } from '../helpers/local-server';

let dir: string;
let server: RunningServer;
let file: string;

async function check(options: Partial<CheckCommandOptions>) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readStdin: async () => new Uint8Array(),
    colour: false,
  };
  const code = await runCheck([file], { format: 'jsonl', objectives: true, ...options }, io);
  const first = out.trim().split('\n')[0];
  return {
    code,
    err,
    timely: first ? (JSON.parse(first).criteria.timely.met as boolean) : undefined,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'check-store-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir: join(dir, 'data') });
  const store = new GraphPlanStore({ client: localClient(server) });
  await new HouseRulesStore(store).save(
    { version: 1, rules: { 'timely/no-timescale': 'off' } },
    undefined,
  );
  file = join(dir, 'objectives.txt');
  writeFileSync(file, 'Mum will take Amy to school on time, as recorded on the register.\n');
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('without the store, the built-in rules apply', async () => {
  expect((await check({})).timely).toBe(false);
});

test('with --store, the house rules saved in the settings list apply', async () => {
  const run = await check({ store: server.graphUrl, data: join(dir, 'data') });
  expect(run.code).toBe(0);
  expect(run.timely).toBe(true);
});

test('a store that cannot be reached is an error naming the address, not the defaults', async () => {
  const run = await check({ store: 'http://127.0.0.1:9/graph/v1.0', token: 'x' });
  expect(run.code).toBe(2);
  expect(run.err).toContain('could not read the house rules at http://127.0.0.1:9/graph/v1.0');
});
