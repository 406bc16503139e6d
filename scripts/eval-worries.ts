/**
 * Scores the pairing of worries with objectives on a folder of labelled plans:
 *   npm run eval:worries -- test/worries/tune [--errors] [--second-labeller]
 * The folder holds plans/*.md and labels.jsonl (one labelled plan per line). With
 * --second-labeller, the folder's second-labeller.jsonl (another person's links on the same
 * plans) is scored against labels.jsonl by the same measures, for how far people agree.
 */
import {
  measureLabellerAgreement,
  measureWorryPairing,
  type SecondLabels,
} from '../src/cli/worry-metrics';
import { loadLabelledPlans, readJsonl } from './worry-sets';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run eval:worries -- FOLDER [--errors] [--second-labeller]');
  process.exit(2);
}
const plans = loadLabelledPlans(dir);
const labels = plans.map((p) => p.labels);
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
  `objectives listed as answering no worry: precision ${f(m.unanchored.precision)} recall ${f(m.unanchored.recall)} (tp ${m.unanchored.tp} fp ${m.unanchored.fp} fn ${m.unanchored.fn})`,
);
console.log(
  `labelled worries not found: ${m.worriesMissed}; warnings on text not labelled a worry: ${m.worriesExtra}`,
);
if (process.argv.includes('--errors'))
  for (const e of m.errors) console.log(`${e.plan}\t${e.kind}\t${e.text}`);

if (process.argv.includes('--second-labeller')) {
  const agreement = measureLabellerAgreement(
    labels,
    readJsonl<SecondLabels>(dir, 'second-labeller.jsonl'),
  );
  console.log(
    `a second labeller's warnings against the labels: precision ${f(agreement.unanswered.precision)} recall ${f(agreement.unanswered.recall)} (tp ${agreement.unanswered.tp} fp ${agreement.unanswered.fp} fn ${agreement.unanswered.fn})`,
  );
  console.log(
    `a second labeller's links against the labels: precision ${f(agreement.links.precision)} recall ${f(agreement.links.recall)} (tp ${agreement.links.tp} fp ${agreement.links.fp} fn ${agreement.links.fn})`,
  );
}
