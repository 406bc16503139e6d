/**
 * House rules benchmark (issue 10). Goal: loading the house rules (parse, validate, compile)
 * and checking a 200-objective text plan with them stays within the core's budget of 20 ms
 * median, and a 1,000-service, 500-word house-rules document still loads quickly.
 */
import { performance } from 'node:perf_hooks';
import { parseHouseRules } from '../src/house-rules/load';
import { HOUSE_RULES_EXAMPLE } from '../src/house-rules/schema';
import { checkPlan, readTextPlan } from '../src/smart';
import { textPlan } from '../test/fixtures/large-plan';

const OBJECTIVES = 200;
const WARM_UP = 20;
const RUNS = 50;
const GOAL_MS = 20;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

export default async function run(): Promise<void> {
  const text = textPlan(OBJECTIVES);
  const source = JSON.stringify(HOUSE_RULES_EXAMPLE);
  const large = JSON.stringify({
    version: 1,
    rules: {
      'specific/vague-verb': { words: Array.from({ length: 500 }, (_, i) => `vagueword${i}`) },
    },
    services: Array.from({ length: 1000 }, (_, i) => `Oakfield programme number ${i}`),
  });
  const both = () =>
    checkPlan(readTextPlan(text, 'text'), { ruleSet: parseHouseRules(source).ruleSet });
  time(WARM_UP, both);
  const plain = median(time(RUNS, () => checkPlan(readTextPlan(text, 'text'))));
  const withRules = median(time(RUNS, both));
  const load = median(time(RUNS, () => parseHouseRules(source)));
  const loadLarge = median(time(RUNS, () => parseHouseRules(large)));
  const largeCheck = median(
    time(RUNS, () =>
      checkPlan(readTextPlan(text, 'text'), { ruleSet: parseHouseRules(large).ruleSet }),
    ),
  );
  console.log(
    `house rules: ${OBJECTIVES}-objective plan, median of ${RUNS}: built-in ${plain.toFixed(1)} ms; ` +
      `load the README example and check ${withRules.toFixed(1)} ms (load alone ${load.toFixed(2)} ms); ` +
      `1,000 services and 500 words: load ${loadLarge.toFixed(2)} ms, load and check ${largeCheck.toFixed(1)} ms ` +
      `(goal <= ${GOAL_MS} ms: ${withRules <= GOAL_MS ? 'meets the goal' : 'MISSES the goal'})`,
  );
}
