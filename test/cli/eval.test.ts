import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEval } from '../../src/cli/commands/eval';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smart-plans-eval-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function evaluate(content: string, options: Parameters<typeof runEval>[1] = {}) {
  const file = join(dir, `set-${Math.random().toString(36).slice(2)}.jsonl`);
  await writeFile(file, content);
  let out = '';
  let err = '';
  const code = await runEval(file, options, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    colour: false,
  });
  return { code, out, err, file };
}

const labelled = (id: string, text: string, met: boolean[]): string =>
  JSON.stringify({
    id,
    text,
    specific: met[0],
    measurable: met[1],
    realistic: met[2],
    timely: met[3],
    outcome: met[4],
  });

// Labels written by hand, following ../shared/eval/README.md's rules; the last is deliberately mislabelled.
const SET = [
  labelled('a', 'Mum will attend a parenting course.', [false, false, true, false, false]),
  labelled('b', 'Improve home conditions.', [false, false, true, false, false]),
  labelled(
    'c',
    'Dad will meet his Turning Point recovery worker every week and reduce his drinking to no more than 14 units a week by the end of March 2027, confirmed by monthly blood tests shared with the social worker.',
    [true, true, true, true, true],
  ),
  labelled('d', 'Improve home conditions.', [true, true, true, true, true]),
].join('\n');

describe('smart-plans eval', () => {
  it('prints per-criterion precision, recall and F1 of the not-met class, the macro average and whole-objective agreement', async () => {
    const { code, out } = await evaluate(SET);
    expect(code).toBe(0);
    expect(out).toContain('4 labelled objectives');
    expect(out).toMatch(/criterion\s+precision\s+recall\s+F1/);
    for (const c of ['specific', 'measurable', 'realistic', 'timely', 'outcome', 'macro'])
      expect(out).toMatch(new RegExp(`\\n\\s+${c}\\s+\\d\\.\\d{3}`));
    // "d" is labelled SMART but is not: the checker disagrees on the whole verdict there.
    expect(out).toContain('3/4 agree (75.0%)');
  });

  it('gives the figures and the disagreements as JSON', async () => {
    const { out } = await evaluate(SET, { json: true, showErrors: true });
    const json = JSON.parse(out);
    expect(json.objectives).toBe(4);
    expect(json.perCriterion.specific.falsePositives).toBeGreaterThan(0);
    const d = json.disagreements.find(
      (x: { id: string; criterion: string }) => x.id === 'd' && x.criterion === 'specific',
    );
    expect(d).toMatchObject({
      expected: true,
      predicted: false,
      ruleIds: expect.arrayContaining(['specific/vague-verb']),
    });
  });

  it('lists disagreements with --show-errors', async () => {
    const { out } = await evaluate(SET, { showErrors: true });
    expect(out).toMatch(/Disagreements \(\d+\)/);
    expect(out).toMatch(
      /\n {2}d {2}Improve home conditions\.\n\s+Specific: label met, checker: not met \(specific\/vague-verb/,
    );
  });

  it('exits 1 with --fail-under when the macro F1 is below it', async () => {
    expect((await evaluate(SET, { failUnder: 0.999 })).code).toBe(1);
    expect((await evaluate(SET, { failUnder: 0.1 })).code).toBe(0);
  });

  it('exits 2 naming the bad lines, without quoting them', async () => {
    const { code, err, file } = await evaluate(
      `${SET}\n{"text": "Secret name", "specific": true}\n`,
    );
    expect(code).toBe(2);
    expect(err).toContain(`smart-plans: ${file}: line 5 needs true/false labels`);
    expect(err).not.toContain('Secret');
  });
});
