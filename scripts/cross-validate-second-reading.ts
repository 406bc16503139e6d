/**
 * `npm run cv:second-reading [-- 0.001 0.01 …]`: how the second reading would do on text it was
 * never fitted to. Each real set's tune half is left out in turn, the weights are fitted to the
 * rest (as `npm run train:second-reading` fits them to all), and the left-out half is scored as
 * the checker would score it. Prints the mean macro F1 over the left-out halves for each L2
 * penalty and flag threshold, beside the rules alone. Blind and held-out sets are never read.
 *
 * `-- --first-contact` scores each left-out half with the rules as they stood when it arrived
 * (scripts/first-contact-verdicts.ts) rather than today's, which were fitted to its wording and
 * leave the second reading less to catch than new text does. Choose on that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMetrics, parseLabelledJsonl, type Scored } from '../src/cli/eval-metrics';
import { analyse } from '../src/smart/analyse';
import type { EarlierFinding } from '../src/smart/rule';
import { checkObjectiveText } from '../src/smart/check';
import { readText } from '../src/smart/reading';
import { mayReadAgain, outcomeSettled } from '../src/smart/second-reading/check';
import { chanceOf, trainLetter, vocabulary } from '../src/smart/second-reading/train';
import { CRITERIA, type Criterion } from '../src/smart/types';
import { firstContactVerdicts } from './first-contact-verdicts';
import { MIN_COUNT, trainingFiles, trainingRows } from './train-second-reading';

const ROOT = join(__dirname, '..');
const TODAY = new Date(2026, 11, 1);
const RULE = 'outcome/second-reading';
const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.3];

interface Case {
  file: string;
  scored: Scored;
  /** Whether the second reading is asked at all (see second-reading/check.ts and its rule). */
  asked: boolean;
}

/**
 * Each objective with the rules' own verdict, the second reading's finding taken out: today's
 * rules, or those of the set's first contact.
 */
function cases(file: string, firstContact: boolean): Case[] {
  const { items } = parseLabelledJsonl(readFileSync(join(ROOT, file), 'utf8'));
  const then = firstContact ? firstContactVerdicts(file) : undefined;
  return items.map((item, i) => {
    if (then && then[i]?.id !== item.id) throw new Error(`${file}: line ${i + 1} has changed`);
    const earlier: EarlierFinding[] = then
      ? then[i].errors.map((criterion) => ({ ruleId: 'then', criterion, severity: 'error' }))
      : checkObjectiveText(item.text, { today: TODAY }).findings.filter((f) => f.ruleId !== RULE);
    const predicted = Object.fromEntries(
      CRITERIA.map((c) => [c, !earlier.some((f) => f.criterion === c && f.severity === 'error')]),
    ) as Record<Criterion, boolean>;
    const analysis = analyse(readText(item.text)?.text ?? item.text, { today: TODAY });
    const asked = mayReadAgain('outcome', earlier) && !outcomeSettled(analysis);
    return { file, scored: { item, predicted }, asked };
  });
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

function main(): void {
  const args = process.argv.slice(2);
  const firstContact = args.includes('--first-contact');
  const penalties = args.filter((a) => !a.startsWith('--')).map(Number);
  const l2s = penalties.length > 0 ? penalties : [0.001, 0.003, 0.01, 0.03];
  const files = trainingFiles(ROOT);
  const rows = trainingRows(ROOT, files);
  const held = files.filter((f) => f.startsWith('test/corpus/'));
  const byFile = new Map(held.map((f) => [f, cases(f, firstContact)]));
  const rulesAlone = mean(
    held.map((f) => computeMetrics(byFile.get(f)!.map((c) => c.scored)).macro.f1),
  );
  console.log(
    `${held.length} tune halves left out in turn, with ${firstContact ? 'the rules at their first contact' : "today's rules"}; the rules alone: ${rulesAlone.toFixed(4)}`,
  );
  for (const l2 of l2s) {
    const perThreshold = THRESHOLDS.map(() => [] as number[]);
    for (const file of held) {
      const rest = rows.filter((r) => r.file !== file);
      const features = vocabulary(
        rest.map((r) => r.features),
        MIN_COUNT,
      );
      const letter = trainLetter(
        rest.map((r) => ({ features: r.features, met: r.labels.outcome })),
        features,
        1,
        l2,
      );
      const index = new Map(features.map((f, i) => [f, i]));
      const left = rows.filter((r) => r.file === file);
      const own = byFile.get(file)!;
      const chance = left.map((r) => chanceOf(letter, index, r.features));
      THRESHOLDS.forEach((threshold, k) => {
        const scored = own.map((c, i) => ({
          item: c.scored.item,
          predicted: {
            ...c.scored.predicted,
            outcome: c.scored.predicted.outcome && !(c.asked && chance[i] < threshold),
          },
        }));
        perThreshold[k].push(computeMetrics(scored).macro.f1);
      });
    }
    console.log(
      `L2 ${l2}: ` +
        THRESHOLDS.map((t, k) => `below ${t} ${mean(perThreshold[k]).toFixed(4)}`).join(', '),
    );
  }
}

main();
