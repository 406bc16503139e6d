/**
 * How well the checker agrees with human labels (../shared/eval/README.md): per criterion,
 * precision, recall and F1 of the NOT-MET class (the checker's job is to catch what fails),
 * their macro average, and agreement on whole-objective verdicts. Pure: no I/O.
 */
import { CRITERIA, type Criterion } from '../smart/types';

export type CriterionFlags = Record<Criterion, boolean>;

export interface LabelledObjective {
  id: string;
  /** 1-based line in the labelled file. */
  line: number;
  text: string;
  /** true = the criterion is met, as the human labelled it. */
  labels: CriterionFlags;
}

export interface LabelError {
  line: number;
  message: string;
}

export interface ClassMetrics {
  /** Not met, and the checker said not met. */
  truePositives: number;
  /** Met, but the checker said not met. */
  falsePositives: number;
  /** Not met, but the checker said met. */
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** How many objectives the labels say do not meet the criterion. */
  support: number;
}

export interface EvalMetrics {
  objectives: number;
  perCriterion: Record<Criterion, ClassMetrics>;
  macro: { precision: number; recall: number; f1: number };
  /** Whole-objective verdicts (all five met vs not) that match the labels. */
  wholeObjective: { agreed: number; agreement: number };
  /** Of the objectives labelled SMART on all five, how many the checker passes clean. */
  smartPassClean: { passed: number; of: number };
  /** Of the objectives labelled short of SMART, how many the checker flags on some letter. */
  shortFlagged: { flagged: number; of: number };
}

export interface Disagreement {
  id: string;
  line: number;
  criterion: Criterion;
  /** What the label says. */
  expected: boolean;
  /** What the checker said. */
  predicted: boolean;
}

export interface Scored {
  item: LabelledObjective;
  predicted: CriterionFlags;
}

/** Parses a labelled JSONL file; bad lines are reported by number, never by their text. */
export function parseLabelledJsonl(content: string): {
  items: LabelledObjective[];
  errors: LabelError[];
} {
  const items: LabelledObjective[] = [];
  const errors: LabelError[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push({ line, message: 'is not valid JSON' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ line, message: 'is not a JSON object' });
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      errors.push({ line, message: 'has no "text" string' });
      return;
    }
    const missing = CRITERIA.filter((c) => typeof record[c] !== 'boolean');
    if (missing.length > 0) {
      errors.push({ line, message: `needs true/false labels for ${missing.join(', ')}` });
      return;
    }
    const labels = Object.fromEntries(
      CRITERIA.map((c) => [c, record[c] as boolean]),
    ) as CriterionFlags;
    const id =
      typeof record.id === 'string' || typeof record.id === 'number'
        ? String(record.id)
        : `line ${line}`;
    items.push({ id, line, text: record.text, labels });
  });
  return { items, errors };
}

/** Precision with no predicted positives (or recall with no actual ones) is 1 when nothing was missed, else 0. */
function ratio(numerator: number, denominator: number, emptyIsPerfect: boolean): number {
  if (denominator === 0) return emptyIsPerfect ? 1 : 0;
  return numerator / denominator;
}

function classMetrics(scored: Scored[], criterion: Criterion): ClassMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { item, predicted } of scored) {
    const actualNotMet = !item.labels[criterion];
    const predictedNotMet = !predicted[criterion];
    if (actualNotMet && predictedNotMet) tp++;
    else if (!actualNotMet && predictedNotMet) fp++;
    else if (actualNotMet && !predictedNotMet) fn++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp, fn === 0);
  const recall = ratio(tp, tp + fn, fp === 0);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision,
    recall,
    f1,
    support: tp + fn,
  };
}

export function computeMetrics(scored: Scored[]): EvalMetrics {
  const perCriterion = Object.fromEntries(
    CRITERIA.map((c) => [c, classMetrics(scored, c)]),
  ) as Record<Criterion, ClassMetrics>;
  const mean = (pick: (m: ClassMetrics) => number): number =>
    CRITERIA.reduce((sum, c) => sum + pick(perCriterion[c]), 0) / CRITERIA.length;
  const agreed = scored.filter(
    ({ item, predicted }) =>
      CRITERIA.every((c) => item.labels[c]) === CRITERIA.every((c) => predicted[c]),
  ).length;
  return {
    objectives: scored.length,
    perCriterion,
    macro: {
      precision: mean((m) => m.precision),
      recall: mean((m) => m.recall),
      f1: mean((m) => m.f1),
    },
    wholeObjective: { agreed, agreement: scored.length === 0 ? 0 : agreed / scored.length },
    smartPassClean: {
      passed: scored.filter(
        ({ item, predicted }) =>
          CRITERIA.every((c) => item.labels[c]) && CRITERIA.every((c) => predicted[c]),
      ).length,
      of: scored.filter(({ item }) => CRITERIA.every((c) => item.labels[c])).length,
    },
    shortFlagged: {
      flagged: scored.filter(
        ({ item, predicted }) =>
          !CRITERIA.every((c) => item.labels[c]) && !CRITERIA.every((c) => predicted[c]),
      ).length,
      of: scored.filter(({ item }) => !CRITERIA.every((c) => item.labels[c])).length,
    },
  };
}

/** Every criterion on which checker and label differ, in file order. */
export function findDisagreements(scored: Scored[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const { item, predicted } of scored) {
    for (const criterion of CRITERIA) {
      if (item.labels[criterion] !== predicted[criterion]) {
        out.push({
          id: item.id,
          line: item.line,
          criterion,
          expected: item.labels[criterion],
          predicted: predicted[criterion],
        });
      }
    }
  }
  return out;
}
