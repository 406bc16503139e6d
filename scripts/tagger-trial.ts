/**
 * Issue 13's trial: the hand-written reading against the tagged one (wink-nlp) on labelled
 * sets. Prints, per file and reader, macro F1 of the not-met class, F1 for specific and outcome,
 * SMART objectives passed clean and short ones flagged.
 *
 *   npx tsx scripts/tagger-trial.ts FILE.jsonl...            the table
 *   npx tsx scripts/tagger-trial.ts --errors tagged FILE     that reader's disagreements
 *   npx tsx scripts/tagger-trial.ts --cost                   loading the model, and a 200-objective
 *                                                            plan checked by each reader (as bench core)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  computeMetrics,
  findDisagreements,
  parseLabelledJsonl,
  type Scored,
} from '../src/cli/eval-metrics';
import { performance } from 'node:perf_hooks';
import {
  CRITERIA,
  checkObjectiveText,
  checkPlan,
  readTextPlan,
  type CheckOptions,
} from '../src/smart';
import { textPlan } from '../test/fixtures/large-plan';
import { taggedReader } from '../src/smart/analysis/tagged/reader';
import { winkTagger } from '../src/smart/analysis/tagged/wink';

function score(file: string, options: CheckOptions): Scored[] {
  const { items, errors } = parseLabelledJsonl(readFileSync(file, 'utf8'));
  if (errors.length) throw new Error(`${file}: line ${errors[0].line} ${errors[0].message}`);
  return items.map((item) => {
    const v = checkObjectiveText(item.text, options);
    return {
      item,
      predicted: Object.fromEntries(
        CRITERIA.map((c) => [c, v.criteria[c].met]),
      ) as Scored['predicted'],
    };
  });
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${Math.round((100 * a) / b)}%`);

/** As bench/core.bench.ts: 20 runs to warm up, then the median of 50. */
function medianMs(fn: () => void): number {
  for (let i = 0; i < 20; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[24];
}

function cost(): void {
  const start = performance.now();
  const tagger = winkTagger();
  tagger('Mum will attend.');
  console.log(
    `model load and first tagging in this process: ${(performance.now() - start).toFixed(0)} ms`,
  );
  const text = textPlan(200);
  const readers: Record<string, CheckOptions> = {
    hand: {},
    tagged: { reader: taggedReader(tagger) },
  };
  for (const [name, options] of Object.entries(readers))
    console.log(
      `${name}: 200-objective text plan (read + check), median of 50: ` +
        `${medianMs(() => checkPlan(readTextPlan(text, 'text'), options)).toFixed(1)} ms`,
    );
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--cost') return cost();
  const readers: Record<string, CheckOptions> = {
    hand: {},
    tagged: { reader: taggedReader(winkTagger()) },
  };
  if (args[0] === '--errors') {
    const scored = score(args[2], readers[args[1]]);
    for (const d of findDisagreements(scored)) {
      const item = scored.find((s) => s.item.line === d.line)!.item;
      console.log(`${d.criterion}\tlabel ${d.expected ? 'met' : 'not'}\t${item.text}`);
    }
    return;
  }
  console.log(
    '| set | n | macro F1 hand | macro F1 tagged | specific F1 hand / tagged | outcome F1 hand / tagged | SMART passed clean hand / tagged | short flagged hand / tagged |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const file of args) {
    const [h, t] = ['hand', 'tagged'].map((r) => computeMetrics(score(file, readers[r])));
    const f = (n: number): string => n.toFixed(3);
    console.log(
      `| \`${basename(file)}\` | ${h.objectives} | ${f(h.macro.f1)} | ${f(t.macro.f1)} | ` +
        `${f(h.perCriterion.specific.f1)} / ${f(t.perCriterion.specific.f1)} | ` +
        `${f(h.perCriterion.outcome.f1)} / ${f(t.perCriterion.outcome.f1)} | ` +
        `${pct(h.smartPassClean.passed, h.smartPassClean.of)} / ${pct(t.smartPassClean.passed, t.smartPassClean.of)} | ` +
        `${pct(h.shortFlagged.flagged, h.shortFlagged.of)} / ${pct(t.shortFlagged.flagged, t.shortFlagged.of)} |`,
    );
  }
}

main();
