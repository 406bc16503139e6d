/**
 * Scores the pairing of worries with objectives on a folder of labelled plans:
 *   npm run eval:worries -- test/worries/tune [--errors]
 * The folder holds plans/*.md and labels.jsonl (one labelled plan per line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureWorryPairing, type LabelledPlan } from '../src/cli/worry-metrics';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run eval:worries -- FOLDER [--errors]');
  process.exit(2);
}
const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as LabelledPlan);
const plans = labels.map((l) => ({
  labels: l,
  markdown: readFileSync(join(dir, 'plans', `${l.plan}.md`), 'utf8'),
}));
const m = measureWorryPairing(plans);
const f = (x: number) => x.toFixed(3);
console.log(`${m.plans} plans`);
console.log(
  `unanswered-worry warnings: precision ${f(m.unanswered.precision)} recall ${f(m.unanswered.recall)} (tp ${m.unanswered.tp} fp ${m.unanswered.fp} fn ${m.unanswered.fn})`,
);
console.log(
  `links: precision ${f(m.links.precision)} recall ${f(m.links.recall)} (tp ${m.links.tp} fp ${m.links.fp} fn ${m.links.fn})`,
);
console.log(
  `labelled worries not found: ${m.worriesMissed}; warnings on text not labelled a worry: ${m.worriesExtra}`,
);
if (process.argv.includes('--errors'))
  for (const e of m.errors) console.log(`${e.plan}\t${e.kind}\t${e.text}`);
