/**
 * `npm run cv:vetoes`: how the vetoes (src/smart/second-reading/veto.ts) would do on text they
 * were never fitted to. Each real tune half is left out in turn; the vetoes are trained on the
 * other halves' first-contact flags (test/corpus/first-contact-flags.json), as
 * `npm run train:second-reading` trains them on all; and the left-out half's single doubtful
 * letters are vetoed in two sets of verdicts:
 * - today's rules: fitted to these halves, so they leave the veto only what they still get wrong;
 * - the rules at their first contact with the half (the recorded flags): text the rules had not
 *   read, as a blind set or a plan in use is.
 * Prints, for each threshold, the mean macro F1 over the left-out halves, the objectives
 * labelled SMART that pass clean and those short of it that are flagged, beside the verdicts
 * without a veto. Blind and held-out sets are never read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMetrics, parseLabelledJsonl, type Scored } from '../src/cli/eval-metrics';
import { checkObjectiveText, smartLetters } from '../src/smart/check';
import { VETO_LETTERS } from '../src/smart/second-reading/letters';
import { chanceOf, trainLetter, vocabulary } from '../src/smart/second-reading/train';
import { CRITERIA, type Criterion } from '../src/smart/types';
import { FIRST_CONTACT_FILE, lettersOf, type FirstContactFlags } from './record-first-contact';
import { MIN_COUNT, trainingFiles, trainingRows } from './train-second-reading';

const ROOT = join(__dirname, '..');
const TODAY = new Date(2026, 11, 1);
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];

type Verdict = Record<Criterion, boolean>;
interface Tally {
  f1: number[];
  passed: number;
  smart: number;
  flagged: number;
  short: number;
}
const tally = (): Tally => ({ f1: [], passed: 0, smart: 0, flagged: 0, short: 0 });

function add(into: Tally, items: Scored['item'][], verdicts: Verdict[]): void {
  into.f1.push(computeMetrics(items.map((item, i) => ({ item, predicted: verdicts[i] }))).macro.f1);
  items.forEach((item, i) => {
    const clean = CRITERIA.every((c) => verdicts[i][c]);
    if (CRITERIA.every((c) => item.labels[c])) {
      into.smart++;
      if (clean) into.passed++;
    } else {
      into.short++;
      if (!clean) into.flagged++;
    }
  });
}

function show(name: string, t: Tally): string {
  const mean = t.f1.reduce((s, x) => s + x, 0) / t.f1.length;
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  return `${name}: macro F1 ${mean.toFixed(4)}, SMART passed clean ${t.passed}/${t.smart} (${pct(t.passed, t.smart)}), short flagged ${t.flagged}/${t.short} (${pct(t.flagged, t.short)})`;
}

/** The verdicts with each single unmet letter vetoed when its chance is above the threshold. */
function vetoed(
  verdicts: Verdict[],
  chance: Map<Criterion, number[]>,
  threshold: number,
): Verdict[] {
  return verdicts.map((v, i) => {
    const unmet = CRITERIA.filter((c) => !v[c]);
    const [letter] = unmet;
    if (unmet.length !== 1 || !chance.has(letter)) return v;
    return chance.get(letter)![i] > threshold ? { ...v, [letter]: true } : v;
  });
}

function main(): void {
  const flags = JSON.parse(readFileSync(FIRST_CONTACT_FILE, 'utf8')) as FirstContactFlags;
  const files = trainingFiles(ROOT);
  const rows = trainingRows(ROOT, files);
  const held = files.filter((f) => f.startsWith('test/corpus/'));
  const today = { alone: tally(), vetoed: THRESHOLDS.map(tally) };
  const first = { alone: tally(), vetoed: THRESHOLDS.map(tally) };
  for (const file of held) {
    const rest = rows.filter((r) => r.file !== file && flags[r.file] !== undefined);
    const features = vocabulary(
      rows.filter((r) => r.file !== file).map((r) => r.features),
      MIN_COUNT,
    );
    const index = new Map(features.map((f, i) => [f, i]));
    const left = rows.filter((r) => r.file === file);
    const chance = new Map<Criterion, number[]>();
    for (const letter of VETO_LETTERS) {
      const examples = rest
        .filter((r) => lettersOf(flags[r.file].unmet[r.id] ?? '').includes(letter))
        .map((r) => ({ features: r.features, met: r.labels[letter] }));
      const w = trainLetter(examples, features);
      chance.set(
        letter,
        left.map((r) => chanceOf(w, index, r.features)),
      );
    }
    const { items } = parseLabelledJsonl(readFileSync(join(ROOT, file), 'utf8'));
    const rules: Verdict[] = items.map((item) =>
      smartLetters(checkObjectiveText(item.text, { today: TODAY, vetoes: false })),
    );
    add(today.alone, items, rules);
    THRESHOLDS.forEach((t, k) => add(today.vetoed[k], items, vetoed(rules, chance, t)));
    const recorded = flags[file];
    if (!recorded) continue;
    const atFirst: Verdict[] = items.map((item) => {
      const unmet = lettersOf(recorded.unmet[item.id] ?? '');
      return Object.fromEntries(CRITERIA.map((c) => [c, !unmet.includes(c)])) as Verdict;
    });
    add(first.alone, items, atFirst);
    THRESHOLDS.forEach((t, k) => add(first.vetoed[k], items, vetoed(atFirst, chance, t)));
  }
  console.log(`${held.length} tune halves left out in turn`);
  console.log("Today's rules:");
  console.log(show('  no veto', today.alone));
  THRESHOLDS.forEach((t, k) => console.log(show(`  vetoed above ${t}`, today.vetoed[k])));
  console.log(
    `The rules at their first contact with each half (${first.alone.f1.length} halves recorded):`,
  );
  console.log(show('  no veto', first.alone));
  THRESHOLDS.forEach((t, k) => console.log(show(`  vetoed above ${t}`, first.vetoed[k])));
}

main();
