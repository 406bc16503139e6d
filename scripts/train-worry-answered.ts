/**
 * `npm run train:worry-answered`: fits the model that decides whether anything answers a worry
 * (src/smart/worries/answered.ts) to the read plans' hand-made links (test/worries/tune*, never
 * the blind plans, which stay for measuring) and writes src/smart/worries/answered-weights.json.
 * The threshold is the one that gives the best mean F1 of the warnings over the read sets.
 *
 * `npm run train:worry-answered -- --cv` leaves each read set out in turn: fits the weights and
 * chooses the threshold on the others, and scores the left-out set, as new plans would be.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractObjectives, readTextPlan } from '../src/smart';
import { findWorries } from '../src/smart/worries/find-worries';
import { THRESHOLD, weighWorries } from '../src/smart/worries/pair';
import { answeredFeatures, trainAnswered, type AnsweredModel } from '../src/smart/worries/answered';
import { labelledIds, measureWorryPairing } from '../src/cli/worry-metrics';
import { READ_SETS, loadSet, type LabelledSet } from './worry-sets';

const ROOT = join(__dirname, '..');
export const ANSWERED_WEIGHTS_FILE = join(ROOT, 'src/smart/worries/answered-weights.json');
/**
 * Each worry the model would decide (one the matcher found that no table row or hand link
 * answers, and that shares anything with an objective), with whether its labeller linked it to
 * nothing. A worry the labeller did not list should raise no warning, so it counts as answered.
 */
export function trainingRows(sets: readonly LabelledSet[]) {
  const rows: { x: number[]; unanswered: boolean }[] = [];
  for (const set of sets)
    for (const { labels, markdown } of set.plans) {
      const doc = readTextPlan(markdown, 'markdown');
      const { weighed } = weighWorries(findWorries(doc), extractObjectives(doc));
      const linked = new Set(labels.links.map(([w]) => w));
      for (const w of weighed) {
        if (!w.evidence || w.answers.length > 0) continue;
        const ids = labelledIds(w.worry.text, labels.worries);
        rows.push({
          x: answeredFeatures(w.evidence, THRESHOLD),
          unanswered: ids.some((id) => !linked.has(id)),
        });
      }
    }
  return rows;
}

const THRESHOLDS = Array.from(
  { length: 33 },
  (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000,
);

/** Fits the weights to the sets, then the threshold that gives their best mean warning F1. */
export function fit(sets: readonly LabelledSet[]): AnsweredModel {
  const weights = trainAnswered(trainingRows(sets));
  let best = { f1: -1, threshold: 0.5 };
  for (const threshold of THRESHOLDS) {
    const model = { ...weights, threshold };
    const f1 =
      sets.reduce((sum, s) => sum + measureWorryPairing(s.plans, model).unanswered.f1, 0) /
      sets.length;
    if (f1 > best.f1) best = { f1, threshold };
  }
  return { ...weights, threshold: best.threshold };
}

function main(): void {
  const sets = READ_SETS.map((name) => loadSet(name));
  const f = (x: number) => x.toFixed(3);
  if (process.argv.includes('--cv')) {
    const scores: number[] = [];
    for (const left of sets) {
      const model = fit(sets.filter((s) => s !== left));
      const m = measureWorryPairing(left.plans, model).unanswered;
      scores.push(m.f1);
      console.log(
        `${left.name} left out: threshold ${model.threshold}, warnings precision ${f(m.precision)} recall ${f(m.recall)} F1 ${f(m.f1)}`,
      );
    }
    console.log(
      `mean F1 of the left-out sets ${f(scores.reduce((a, b) => a + b, 0) / scores.length)}`,
    );
    return;
  }
  const model = fit(sets);
  const rows = trainingRows(sets);
  writeFileSync(
    ANSWERED_WEIGHTS_FILE,
    `${JSON.stringify({ ...model, trainedOn: { sets: READ_SETS, worries: rows.length } }, null, 1)}\n`,
  );
  console.log(
    `Fitted to ${rows.length} worries of ${READ_SETS.join(', ')}; threshold ${model.threshold}. Wrote ${ANSWERED_WEIGHTS_FILE}.`,
  );
}

if (require.main === module) main();
