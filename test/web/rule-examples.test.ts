/**
 * The rules' example tables stay beside each rule for the tests and the rule docs, but the
 * browser pages leave them out (scripts/strip-rule-examples-loader.cjs): about 12 KB of the task
 * pane's 300 KB gzipped budget that no page reads. The findings a page shows must not change.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { RULES } from '../../src/smart/rules';
import { CONCERNS } from '../../src/smart/worries/concerns';
import { CARE_PLAN_AREAS, PATHWAY_AREAS, PLACEMENT_PLAN_AREAS } from '../../src/smart/plan-areas';

// The loader is CommonJS for webpack; its `this` is webpack's loader context.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const strip = require('../../scripts/strip-rule-examples-loader.cjs') as (
  this: { resourcePath: string },
  source: string,
) => string;

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
const RULE_FILE = join(ROOT, 'src/smart/rules/specific/vague-verb.ts');

const CONCERNS_FILE = join(ROOT, 'src/smart/worries/specific-concerns.ts');
const AREAS_FILE = join(ROOT, 'src/smart/plan-areas.ts');
// A placement plan shares four of the care plan's areas; the loader sees each area once.
const AREAS = [...new Set([...PATHWAY_AREAS, ...CARE_PLAN_AREAS, ...PLACEMENT_PLAN_AREAS])];
const run = (source: string) => strip.call({ resourcePath: RULE_FILE }, source);

describe('the rule examples loader', () => {
  it('replaces the table with undefined and leaves the rest of the rule as written', () => {
    const source = readFileSync(RULE_FILE, 'utf8');
    const out = run(source);
    expect(out).not.toContain('A trained monitor will stay in the room');
    expect(out).toContain('examples: undefined');
    expect(out).toContain("id: 'specific/vague-verb'");
    expect(out).toContain('check({ analysis, options })');
    // What is left still parses.
    const parsed = ts.transpileModule(out, { reportDiagnostics: true });
    expect(parsed.diagnostics ?? []).toEqual([]);
  });

  it("replaces every concern's examples in a concerns file, and keeps its phrases", () => {
    const source = readFileSync(CONCERNS_FILE, 'utf8');
    const out = strip.call({ resourcePath: CONCERNS_FILE }, source);
    const concerns = (out.match(/\bid: '/g) ?? []).length;
    expect(concerns).toBeGreaterThan(50);
    expect((out.match(/examples: undefined/g) ?? []).length).toBe(concerns);
    expect(out).toContain('housing register');
    expect(ts.transpileModule(out, { reportDiagnostics: true }).diagnostics ?? []).toEqual([]);
  });

  it("replaces every plan area's examples, and keeps its words", () => {
    const out = strip.call({ resourcePath: AREAS_FILE }, readFileSync(AREAS_FILE, 'utf8'));
    expect((out.match(/examples: undefined/g) ?? []).length).toBe(AREAS.length);
    // The interface's own `examples` type is a declaration, not a value: it stays.
    expect(out).toContain('examples: { covers: string; not: string }');
    expect(out).toContain('personal advis');
    expect(ts.transpileModule(out, { reportDiagnostics: true }).diagnostics ?? []).toEqual([]);
  });

  it('leaves a file alone when it holds no rule, or a string that only says "examples:"', () => {
    const notARule =
      "export const note = { examples: ['a'], kind: 'x' };\nconst s = 'examples: {';\n";
    expect(run(notARule)).toBe(notARule);
  });
});

describe('the built task pane', () => {
  // test/global-setup.ts builds the pages before the tests run.
  const bundle = () => {
    const file = readdirSync(WEB).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f));
    expect(file).toBeDefined();
    return readFileSync(join(WEB, file!), 'utf8');
  };

  it('carries every rule and its messages, but none of their example tables', () => {
    const js = bundle();
    for (const rule of RULES) {
      expect(js).toContain(rule.id);
      for (const valid of rule.examples.valid.slice(0, 2)) expect(js).not.toContain(valid);
    }
    expect(js).toContain('is vague: say exactly what will be done or will change');
  });

  it("carries every concern's label but none of its examples", () => {
    const js = bundle();
    for (const concern of CONCERNS) {
      expect(js).toContain(concern.label);
      expect(js).not.toContain(concern.examples.answer);
    }
  });

  it("carries every plan area's name but none of its example lines", () => {
    const js = bundle();
    // Listed rather than asserted one by one, so a failure names the lines, not the bundle.
    expect(AREAS.filter((area) => !js.includes(area.name)).map((a) => a.id)).toEqual([]);
    const kept = AREAS.flatMap((a) => [a.examples.covers, a.examples.not]).filter((line) =>
      js.includes(line),
    );
    expect(kept).toEqual([]);
  });
});
