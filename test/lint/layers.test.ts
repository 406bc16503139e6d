/**
 * The layers run one way (eslint.config.mjs): each case imports across a fence from a file deep
 * inside its layer, and lint must refuse it; the allowed direction must pass.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * ESLint loads its flat config with a dynamic import, which jest's module sandbox refuses, so
 * every case is linted in one plain Node process and the verdicts come back as JSON.
 */
function lintCases(cases: [string, string][]): boolean[] {
  const script = `
    const { ESLint } = require('eslint');
    const path = require('node:path');
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const cases = JSON.parse(process.argv[1]);
      const out = [];
      for (const [file, source] of cases) {
        const [r] = await eslint.lintText(source, { filePath: path.join(process.cwd(), file) });
        out.push(r.messages.some((m) => m.ruleId === 'no-restricted-imports'));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const json = execFileSync(process.execPath, ['-e', script, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(json) as boolean[];
}

const BREAKS: [string, string][] = [
  ['src/smart/rules/specific/x.ts', "import { GraphClient } from '../../../graph/client';"],
  ['src/smart/rules/specific/x.ts', "import { schedule } from '../../../plans/schedule';"],
  ['src/plans/x.ts', "import { GraphClient } from '../graph/client';"],
  ['src/graph/x.ts', "import { remind } from '../reminders/job';"],
  ['src/graph/x.ts', "import { Pane } from '../ui/Pane';"],
  ['src/reminders/x.ts', "import { startServer } from '../server/index';"],
  ['src/docx/x.ts', "import { GraphClient } from '../graph/client';"],
  ['src/audit/x.ts', "import { startServer } from '../server/index';"],
  ['src/connect/x.ts', "import { tab } from '../teams/tab';"],
  ['src/server/x.ts', "import { run } from '../cli/index';"],
  ['src/ui/x.ts', "import { WordAdapter } from '../word/word-adapter';"],
  ['src/pane/x.ts', "import { WordAdapter } from '../word/word-adapter';"],
];

const ALLOWED: [string, string][] = [
  ['src/graph/x.ts', "import { DEFAULT_SCHEDULE } from '../plans/schedule';"],
  ['src/server/x.ts', "import { GraphClient } from '../graph/client';"],
  ['src/ui/x.ts', "import { savePlan } from '../pane/save-plan';"],
  ['src/smart/rules/specific/x.ts', "import { hasWho } from '../../features';"],
];

describe('layer fences', () => {
  const verdicts = lintCases(
    [...BREAKS, ...ALLOWED].map(([file, source]) => [file, `${source}\nexport {};\n`]),
  );

  it.each(BREAKS.map((c, i) => [...c, i] as const))('%s may not: %s', (_file, _source, i) => {
    expect(verdicts[i]).toBe(true);
  });

  it.each(ALLOWED.map((c, i) => [...c, BREAKS.length + i] as const))(
    '%s may: %s',
    (_file, _source, i) => {
      expect(verdicts[i]).toBe(false);
    },
  );
});
