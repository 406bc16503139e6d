/**
 * One plan, one score: `smart-plans check`, the audit and the tab (the score the pane saves with
 * the plan, read back from the store as the tab's plan list reads it) give the same number, with
 * the built-in rules and with house rules that change it. And the tab's band for a stored number
 * is the core's band for every possible score.
 */
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/commands/check';
import { runAudit } from '../../src/audit/run-audit';
import { readPlanFile } from '../../src/docx/read-plan-file';
import { parseHouseRules } from '../../src/house-rules/load';
import { checkPlan, scorePlan, type ObjectiveVerdict } from '../../src/smart';
import type { PlanCheck } from '../../src/smart/plan-checks';
import { scoreBand, scoreSentence } from '../../src/teams/score';
import { tablePlanDocx } from '../fixtures/docx-plans';
import { samplePlan, startHarness, type Harness } from '../integration/helpers';

const HOUSE_RULES = {
  version: 1,
  rules: { 'outcome/action-only': 'off', 'measurable/no-measure': 'off' },
};

let dir: string;
let h: Harness;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'smart-score-'));
  await writeFile(join(dir, 'plan.docx'), await tablePlanDocx());
  await writeFile(join(dir, 'house.json'), JSON.stringify(HOUSE_RULES));
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function cliScore(rules?: string): Promise<number> {
  let out = '';
  const code = await runCheck(
    [join(dir, 'plan.docx')],
    { format: 'json', ...(rules ? { rules } : {}) },
    {
      out: (t) => void (out += t),
      err: () => undefined,
      readStdin: async () => new Uint8Array(),
      colour: false,
    },
  );
  expect(code).toBeLessThan(2);
  const parsed = JSON.parse(out) as { files: { score: { value: number } }[] };
  return parsed.files[0].score.value;
}

async function auditScore(rules?: string): Promise<number> {
  const ruleSet = rules ? parseHouseRules(HOUSE_RULES).ruleSet : undefined;
  const result = await runAudit(dir, { jobs: 1, settings: ruleSet ? { ruleSet } : {} });
  expect(result.plans.map((p) => p.file)).toEqual(['plan.docx']);
  return result.plans[0].score.value;
}

/** What the pane saves with the plan ("Save to Teams"), then what the tab's plan list reads. */
async function tabScore(rules?: string): Promise<number> {
  const doc = await readPlanFile(join(dir, 'plan.docx'));
  const ruleSet = rules ? parseHouseRules(HOUSE_RULES).ruleSet : undefined;
  const report = checkPlan(doc, ruleSet ? { ruleSet } : {});
  const saved = await h.store.savePlan(
    samplePlan({
      childRef: `Score ${rules ? 'house' : 'built-in'} (fictional)`,
      score: report.score.value,
    }),
    [],
  );
  const listed = (await h.store.listPlans()).find((p) => p.id === saved.plan.id)!;
  expect(scoreSentence(listed.score!)).toContain(`score ${listed.score} out of 100`);
  return listed.score!;
}

test('the same plan scores the same in the CLI, the audit and the tab', async () => {
  const cli = await cliScore();
  expect(await auditScore()).toBe(cli);
  expect(await tabScore()).toBe(cli);
});

test('with house rules the score changes, and changes the same everywhere', async () => {
  const rules = join(dir, 'house.json');
  const builtIn = await cliScore();
  const cli = await cliScore(rules);
  expect(cli).not.toBe(builtIn);
  expect(await auditScore(rules)).toBe(cli);
  expect(await tabScore(rules)).toBe(cli);
});

test("the tab's band for a stored score is the core's band for every score", () => {
  // Build verdicts and checks that give each score, and compare the bands.
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 }),
      fc.array(fc.boolean(), { maxLength: 8 }),
      (mets, checks) => {
        const verdicts = mets.map((met) => ({ met }) as ObjectiveVerdict);
        const planChecks = checks.map((met) => ({ met }) as PlanCheck);
        const score = scorePlan(verdicts, planChecks);
        expect(scoreBand(score.value)).toBe(score.band);
      },
    ),
  );
  for (let v = 0; v <= 100; v++) {
    const expected = v >= 80 ? 'green' : v >= 50 ? 'amber' : 'red';
    expect(scoreBand(v)).toBe(expected);
  }
});
