/**
 * The command as a user runs it: `npx smart-plans ...` runs bin/smart-plans.js, which runs the
 * CLI compiled into dist/node by `npm install` (the prepare script). After changing src, run
 * `npm run prepare` (or `npx tsc -p tsconfig.build.json`) before this test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listPlanDocx, tablePlanDocx } from '../fixtures/docx-plans';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/smart-plans.js');

function smartPlans(args: string[], input?: string) {
  // Jest's workers may carry FORCE_COLOR; a user piping the output would not.
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

let dir: string;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/node/cli/index.js'))) {
    throw new Error(
      'dist/node is missing: run `npm install` (or `npm run prepare`) to build the CLI first',
    );
  }
  dir = await mkdtemp(join(tmpdir(), 'smart-plans-bin-'));
  await writeFile(join(dir, 'table-plan.docx'), await tablePlanDocx());
  await writeFile(join(dir, 'list-plan.docx'), await listPlanDocx());
  await writeFile(
    join(dir, 'objectives.txt'),
    'Improve home conditions.\n\nMum will attend a parenting course.\n',
  );
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the smart-plans bin', () => {
  it('checks a table-style and a list-style .docx, in plain text when piped', () => {
    const { code, out, err } = smartPlans([
      'check',
      join(dir, 'table-plan.docx'),
      join(dir, 'list-plan.docx'),
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('3 objectives');
    expect(out).toContain('5 objectives');
    expect(out).not.toContain('\u001b[');
  });

  it('writes the eval JSONL shape for --objectives --format jsonl, reading "-" from stdin too', () => {
    const fromFile = smartPlans([
      'check',
      '--objectives',
      '--format',
      'jsonl',
      join(dir, 'objectives.txt'),
    ]);
    const fromStdin = smartPlans(
      ['check', '--objectives', '--format', 'jsonl', '-'],
      'Improve home conditions.\n\nMum will attend a parenting course.\n',
    );
    for (const run of [fromFile, fromStdin]) {
      expect(run.code).toBe(0);
      const lines = run.out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.text)).toEqual([
        'Improve home conditions.',
        'Mum will attend a parenting course.',
      ]);
      expect(lines[0].criteria.specific).toEqual({ met: false, findings: expect.any(Array) });
    }
  });

  it('exits 2 with a one-line error for a bad file and still checks the others', () => {
    const { code, out, err } = smartPlans([
      'check',
      join(dir, 'missing.docx'),
      join(dir, 'list-plan.docx'),
    ]);
    expect(code).toBe(2);
    expect(err).toBe(
      `smart-plans: ${join(dir, 'missing.docx')}: was not found: check the path and the file name, and try again\n`,
    );
    expect(out).toContain('5 objectives');
  });

  it('exits 1 for --fail-on and 2 for a usage error', () => {
    expect(smartPlans(['check', '--fail-on', 'any', join(dir, 'list-plan.docx')]).code).toBe(1);
    const usage = smartPlans(['check', '--fail-on', 'sometimes', join(dir, 'list-plan.docx')]);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("argument 'sometimes' is invalid");
  });
});

describe('before `npm install` has built anything', () => {
  // `npx smart-plans` in a fresh clone links the folder into npx's cache and runs the prepare
  // script, then the bin, before the dependencies are there. A prepare that fails leaves npx's
  // cache half-written, and every later `npx smart-plans` fails with ENOENT even after installing.
  let bare: string;

  beforeAll(async () => {
    bare = await mkdtemp(join(tmpdir(), 'smart-plans-bare-'));
    await mkdir(join(bare, 'bin'));
    await mkdir(join(bare, 'scripts'));
    await copyFile(bin, join(bare, 'bin/smart-plans.js'));
    await copyFile(join(root, 'scripts/prepare.cjs'), join(bare, 'scripts/prepare.cjs'));
  });

  afterAll(async () => {
    if (bare) await rm(bare, { recursive: true, force: true });
  });

  it('the prepare script succeeds without TypeScript and says to run npm install', () => {
    const run = spawnSync(process.execPath, [join(bare, 'scripts/prepare.cjs')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`run \`npm install\` in ${bare}`);
  });

  it('the command says it is not built yet and how to build it', () => {
    const run = spawnSync(process.execPath, [join(bare, 'bin/smart-plans.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `smart-plans: not built yet: run \`npm install\` in ${bare} (it compiles the command), then try again\n`,
    );
  });
});
