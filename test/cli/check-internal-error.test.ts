import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/commands/check';

// A checker failure whose message quotes the plan, as a careless throw deep in a rule might.
jest.mock('../../src/smart', () => {
  const actual = jest.requireActual('../../src/smart');
  return {
    ...actual,
    checkPlan: (doc: { blocks: { text?: string }[] }) => {
      if (doc.blocks.some((b) => b.text?.includes('BREAK')))
        throw new TypeError(`cannot read "${doc.blocks[0].text}"`);
      return actual.checkPlan(doc);
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smart-plans-internal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('reports an internal failure on one file without quoting the plan, and checks the rest', async () => {
  await writeFile(join(dir, 'bad.txt'), 'Outcomes:\n- Kai Fenwick will BREAK the checker.\n');
  await writeFile(join(dir, 'good.txt'), 'Outcomes:\n- Improve home conditions.\n');
  let out = '';
  let err = '';
  const code = await runCheck(
    [join(dir, 'bad.txt'), join(dir, 'good.txt')],
    { format: 'text' },
    {
      out: (t) => void (out += t),
      err: (t) => void (err += t),
      readStdin: async () => new Uint8Array(),
      colour: false,
    },
  );
  expect(code).toBe(2);
  expect(err).toBe(
    `smart-plans: ${join(dir, 'bad.txt')}: could not be checked because of an internal error (TypeError): please report it with the command you ran, not the file\n`,
  );
  expect(err).not.toContain('Kai');
  expect(out).toContain('1 objective,');
});
