import { mkdtemp, mkdir, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRITERIA } from '../../src/smart';
import { runCheck, type CheckCommandOptions, type CliIo } from '../../src/cli/commands/check';
import { shouldUseColour } from '../../src/cli/format/colour';
import { listPlanDocx, tablePlanDocx } from '../fixtures/docx-plans';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function check(
  files: string[],
  options: Partial<CheckCommandOptions> = {},
  stdin = '',
): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readStdin: async () => new TextEncoder().encode(stdin),
    colour: false,
  };
  const code = await runCheck(files, { format: 'text', ...options }, io);
  return { code, out, err };
}

let dir: string;
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smart-plans-check-'));
  await writeFile(at('table-plan.docx'), await tablePlanDocx());
  await writeFile(at('list-plan.docx'), await listPlanDocx());
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('smart-plans check on plans', () => {
  it('reports each objective with its location, letters, messages with the flagged words, and the plan checks', async () => {
    const { code, out, err } = await check([at('table-plan.docx')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('3 objectives');
    // Row 3 of the table (header is row 1) is "Improve home conditions", which misses most letters.
    expect(out).toMatch(
      /Table 1, row 3 \(The plan\)\s+\[- - R - -\]\s+missing: Specific, Measurable, Timely, Outcome-focused/,
    );
    expect(out).toContain('("Improve")');
    expect(out).toContain('("Ongoing")');
    expect(out).toContain('Suggestion:');
    expect(out).toMatch(/Table 1, row 2 \(The plan\)\s+\[S M R T O\]\s+SMART/);
    expect(out).toContain('Plan checks');
    expect(out).toMatch(/Plan score \d+\/100 \((red|amber|green)\)/);
  });

  it('finds numbered and bulleted objectives under Outcomes and Actions in a list-style .docx', async () => {
    const { code, out } = await check([at('list-plan.docx')]);
    expect(code).toBe(0);
    expect(out).toContain('5 objectives');
    expect(out).toMatch(/Paragraph 5 \(Outcomes\)\s+\[- - R - -\]/);
    expect(out).toMatch(/Paragraph 9 \(Actions\)\s+\[S - - T -\]/);
  });

  it('gives the whole report as one JSON document with --format json', async () => {
    const { code, out } = await check([at('table-plan.docx')], { format: 'json' });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.errors).toEqual([]);
    const [file] = json.files;
    expect(file.file).toBe(at('table-plan.docx'));
    expect(file.objectives).toHaveLength(3);
    expect(file.objectives[1].location).toEqual({
      kind: 'table',
      table: 0,
      row: 2,
      paragraph: expect.any(Number),
    });
    expect(Object.keys(file.objectives[1].criteria)).toEqual([...CRITERIA]);
    expect(file.score.band).toMatch(/red|amber|green/);
    expect(file.checks.length).toBeGreaterThan(0);
  });

  it('gives one line an objective and one for the plan with --format jsonl', async () => {
    const { out } = await check([at('list-plan.docx')], { format: 'jsonl' });
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual([
      'objective',
      'objective',
      'objective',
      'objective',
      'objective',
      'plan',
    ]);
    expect(lines[1].text).toBe('Mum will attend a parenting course.');
    expect(lines[5].summary.objectives).toBe(5);
  });

  it('reads a plain-text plan from standard input with "-"', async () => {
    const { code, out } = await check(['-'], {}, 'Outcomes:\n- Improve home conditions.\n');
    expect(code).toBe(0);
    expect(out).toContain('standard input');
    expect(out).toContain('1 objective,');
  });
});

describe('smart-plans check on bad files', () => {
  it('names each bad file with what to do on one line, exits 2 and still checks the good files', async () => {
    await mkdir(at('a-folder.docx'));
    await writeFile(
      at('corrupt.docx'),
      'Leo Marsh child protection plan, typed into a file called .docx',
    );
    // An encrypted Word file is an OLE compound file holding an "EncryptedPackage" stream.
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 512);
    await writeFile(at('protected.docx'), ole);
    await writeFile(at('empty.txt'), '');
    await writeFile(at('blank.md'), '  \n\n ');
    await writeFile(at('binary.txt'), Buffer.from([0x01, 0x02, 0x00, 0xff, 0x00, 0x10, 0x41]));
    await writeFile(at('docx-renamed.txt'), await listPlanDocx());
    await writeFile(at('old.doc'), 'irrelevant');
    await writeFile(at('notes.rtf'), '{\\rtf1 Leo}');
    await writeFile(at('plan.xlsx'), 'irrelevant');
    // A sparse file: over the size limit without writing 100 MB.
    const big = await open(at('huge.docx'), 'w');
    await big.truncate(101 * 1024 * 1024);
    await big.close();

    const bad: Record<string, RegExp> = {
      'missing.docx': /was not found: check the path/,
      'a-folder.docx': /is a folder, not a file/,
      'corrupt.docx': /is not a Word \.docx file .*save it as \.docx/,
      'protected.docx':
        /protected with a password.*remove the password in Word \(File > Info > Protect Document\) and try again/,
      'empty.txt': /is empty \(0 bytes\)/,
      'blank.md': /has no text in it/,
      'binary.txt': /is a binary file, not \.txt text/,
      'docx-renamed.txt': /looks like a Word \.docx.*rename it to \.docx/,
      'old.doc': /Word 97-2003 \.doc file.*save it as \.docx/,
      'notes.rtf': /Rich Text file.*save it as \.docx/,
      'plan.xlsx': /unsupported extension \(\.xlsx\).*\.docx, \.txt or \.md/,
      'huge.docx': /101 MB, over the 100 MB limit/,
    };
    const files = [at('table-plan.docx'), ...Object.keys(bad).map(at), at('list-plan.docx')];
    const { code, out, err } = await check(files);

    expect(code).toBe(2);
    const errLines = err.trimEnd().split('\n');
    expect(errLines).toHaveLength(Object.keys(bad).length);
    for (const [name, pattern] of Object.entries(bad)) {
      const line = errLines.find((l) => l.startsWith(`smart-plans: ${at(name)}: `));
      expect(line).toMatch(pattern);
    }
    // Plan text never appears in an error.
    expect(err).not.toContain('Leo');
    // Both good files were still checked, and the summary says what happened.
    expect(out).toContain(`${at('table-plan.docx')}\n`);
    expect(out).toContain(`${at('list-plan.docx')}\n`);
    expect(out).toContain(
      `Checked 2 of ${files.length} files; ${Object.keys(bad).length} could not be read`,
    );
  });

  it('lists unreadable files under "errors" in --format json as well as on stderr', async () => {
    const { code, out, err } = await check([at('nope.txt'), at('list-plan.docx')], {
      format: 'json',
    });
    expect(code).toBe(2);
    const json = JSON.parse(out);
    expect(json.files).toHaveLength(1);
    expect(json.errors).toEqual([
      { file: at('nope.txt'), message: expect.stringContaining('was not found') },
    ]);
    expect(err).toContain('nope.txt');
  });
});

describe('smart-plans check --format json, streamed', () => {
  it('writes each file as soon as it is checked, in the shape JSON.stringify gives', async () => {
    const writes: string[] = [];
    const io: CliIo = {
      out: (t) => void writes.push(t),
      err: () => undefined,
      readStdin: async () => new Uint8Array(),
      colour: false,
    };
    const files = [at('table-plan.docx'), at('nope.txt'), at('list-plan.docx')];
    const code = await runCheck(files, { format: 'json' }, io);
    expect(code).toBe(2);
    // One write a checked file, then the errors and the closing brace.
    expect(writes).toHaveLength(3);
    const whole = JSON.parse(writes.join(''));
    expect(whole.files.map((f: { file: string }) => f.file)).toEqual([
      at('table-plan.docx'),
      at('list-plan.docx'),
    ]);
    expect(writes.join('')).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it('gives valid JSON when no file could be read', async () => {
    const { out } = await check([at('nope.txt')], { format: 'json' });
    expect(out).toBe(
      `${JSON.stringify({ files: [], errors: [JSON.parse(out).errors[0]] }, null, 2)}\n`,
    );
  });
});

describe('smart-plans check --objectives', () => {
  const objectives = [
    'Mum will attend a parenting course.',
    '',
    'Dad will meet his Turning Point recovery worker every week and reduce his drinking to no more than 14 units a week by the end of March 2027, confirmed by monthly blood tests shared with the social worker.',
    '   ',
    'Improve home conditions.',
  ];

  it('writes one JSON object per non-empty line, in input order, in the eval shape', async () => {
    await writeFile(at('objectives.txt'), objectives.join('\r\n'));
    const { code, out } = await check([at('objectives.txt')], {
      objectives: true,
      format: 'jsonl',
    });
    expect(code).toBe(0);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.text, l.line])).toEqual([
      [objectives[0], 1],
      [objectives[2], 3],
      [objectives[4], 5],
    ]);
    for (const line of lines) {
      expect(Object.keys(line.criteria)).toEqual([...CRITERIA]);
      for (const c of CRITERIA) {
        expect(typeof line.criteria[c].met).toBe('boolean');
        for (const f of line.criteria[c].findings) {
          expect(typeof f.ruleId).toBe('string');
          expect(typeof f.message).toBe('string');
          if (f.start !== undefined)
            expect(line.text.slice(f.start, f.end).length).toBeGreaterThan(0);
        }
      }
    }
    expect(lines[1].smart).toBe(true);
    expect(lines[0].criteria.specific.met).toBe(false);
    const flagged = lines[2].criteria.specific.findings.find(
      (f: { start?: number }) => f.start !== undefined,
    );
    expect(lines[2].text.slice(flagged.start, flagged.end)).toBe('Improve');
  });

  it('reads objectives from standard input', async () => {
    const { out } = await check(
      ['-'],
      { objectives: true, format: 'jsonl' },
      'Improve home conditions.\n',
    );
    expect(JSON.parse(out).file).toBe('standard input');
  });

  it('turns a .docx away with advice, since --objectives reads one objective a line', async () => {
    const { code, err } = await check([at('list-plan.docx')], {
      objectives: true,
      format: 'jsonl',
    });
    expect(code).toBe(2);
    expect(err).toMatch(/is not plain text: --objectives reads a text file/);
  });

  it('exits 1 with --fail-on when an objective misses that criterion, 0 when none does', async () => {
    await writeFile(at('good.txt'), `${objectives[2]}\n`);
    await writeFile(at('mixed.txt'), `${objectives[2]}\n${objectives[0]}\n`);
    expect((await check([at('good.txt')], { objectives: true, failOn: 'any' })).code).toBe(0);
    expect((await check([at('mixed.txt')], { objectives: true, failOn: 'any' })).code).toBe(1);
    expect((await check([at('mixed.txt')], { objectives: true, failOn: 'realistic' })).code).toBe(
      0,
    );
    expect((await check([at('mixed.txt')], { objectives: true, failOn: 'timely' })).code).toBe(1);
  });
});

describe('smart-plans check --rules', () => {
  it("checks with the organisation's house rules", async () => {
    await writeFile(at('vague.txt'), 'Improve home conditions.\n');
    await writeFile(
      at('rules.json'),
      JSON.stringify({ version: 1, rules: { 'specific/vague-verb': 'off' } }),
    );
    const ruleIds = (run: Run): string[] =>
      JSON.parse(run.out).criteria.specific.findings.map((f: { ruleId: string }) => f.ruleId);
    const plain = await check([at('vague.txt')], { objectives: true, format: 'jsonl' });
    const local = await check([at('vague.txt')], {
      objectives: true,
      format: 'jsonl',
      rules: at('rules.json'),
    });
    expect(ruleIds(plain)).toContain('specific/vague-verb');
    expect(local.code).toBe(0);
    expect(ruleIds(local)).not.toContain('specific/vague-verb');
  });

  it('stops with exit 2 and one line naming the rules file and the bad field', async () => {
    await writeFile(
      at('bad-rules.json'),
      JSON.stringify({ version: 1, rules: { 'specific/no-such-rule': 'off' } }),
    );
    const { code, out, err } = await check([at('list-plan.docx')], { rules: at('bad-rules.json') });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(`smart-plans: ${at('bad-rules.json')}: `);
    expect(err).toContain('specific/no-such-rule');
  });
});

describe('colour', () => {
  it('is used on a terminal only, and never when NO_COLOR is set', () => {
    expect(shouldUseColour({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColour({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColour({}, {})).toBe(false);
    expect(shouldUseColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });
});
