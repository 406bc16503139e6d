/**
 * Whether anything in the plan answers a worry, weighed from everything the matcher saw rather
 * than from its best score alone: how strong the best match is and how far the next one falls
 * behind, whether that objective is nearer to this worry than to any other, how many objectives
 * lean towards the worry, how far apart in their lists they stand, and how long the worry is
 * (the same score means less from a long worry, which shares words with more by chance). A logistic regression, fitted to the
 * hand-made links of the read plans (test/worries/tune*, never the blind plans) by
 * `npm run train:worry-answered`; its weights are data (answered-weights.json).
 *
 * Pure and deterministic: full-batch gradient descent from zero, so the same plans always give
 * the same weights.
 */

/** The features, in the order the weights are kept. */
export const ANSWERED_FEATURES = [
  'best score',
  'runner-up score',
  'best score by meaning alone',
  'objectives over the threshold',
  'objectives sharing anything',
  'concerns shared with the best',
  'most concerns shared with any',
  'best objective is nearest this worry',
  'objectives nearest this worry',
  'distance from the best in the lists',
  'worries in the plan',
  'objectives in the plan',
  'words in the worry',
  'concerns in the worry',
  'its table row only watches',
  'best score over the threshold',
] as const;

/** What the matcher saw of one worry, before any decision. */
export interface WorryEvidence {
  /**
   * Each objective that shares anything with the worry, strongest first (weighWorries sorts them
   * once): its score with the order prior, and without.
   */
  candidates: readonly {
    score: number;
    meaning: number;
    concerns: readonly string[];
    apart: number;
  }[];
  /** Objectives that match this worry better than any other worry. */
  claims: number;
  /** Whether the best-matching objective matches this worry better than any other worry. */
  mutual: boolean;
  worries: number;
  objectives: number;
  words: number;
  concerns: number;
  rowOnlyWatches: boolean;
}

export interface AnsweredModel {
  features: readonly string[];
  mean: readonly number[];
  sd: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Warn when the chance that nothing answers the worry is above this. */
  threshold: number;
}

const CAP = 5;

export function answeredFeatures(e: WorryEvidence, threshold: number): number[] {
  const sorted = e.candidates;
  const best = sorted[0];
  return [
    Math.log1p(best?.score ?? 0),
    Math.log1p(sorted[1]?.score ?? 0),
    Math.log1p(Math.max(0, ...sorted.map((c) => c.meaning))),
    Math.min(CAP, sorted.filter((c) => c.score >= threshold).length),
    Math.log1p(sorted.length),
    best?.concerns.length ?? 0,
    Math.max(0, ...sorted.map((c) => c.concerns.length)),
    e.mutual ? 1 : 0,
    Math.min(CAP, e.claims),
    best?.apart ?? 1,
    Math.log(Math.max(1, e.worries)),
    Math.log(Math.max(1, e.objectives)),
    Math.log(Math.max(1, e.words)),
    e.concerns,
    e.rowOnlyWatches ? 1 : 0,
    (best?.score ?? 0) >= threshold ? 1 : 0,
  ];
}

/** The chance that nothing in the plan answers the worry. */
export function chanceUnanswered(model: AnsweredModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] * (x[i] - model.mean[i])) / model.sd[i];
  return 1 / (1 + Math.exp(-z));
}

export const ANSWERED_L2 = 0.01;
const STEPS = 3000;
const RATE = 0.1;

/** Fits the weights (not the threshold) to worries whose answer the labeller knows. */
export function trainAnswered(
  rows: readonly { x: readonly number[]; unanswered: boolean }[],
  l2 = ANSWERED_L2,
): Omit<AnsweredModel, 'threshold'> {
  const k = ANSWERED_FEATURES.length;
  const n = rows.length;
  const mean = new Array<number>(k).fill(0);
  const sd = new Array<number>(k).fill(0);
  for (const r of rows) for (let i = 0; i < k; i++) mean[i] += r.x[i] / n;
  for (const r of rows) for (let i = 0; i < k; i++) sd[i] += (r.x[i] - mean[i]) ** 2 / n;
  // A feature that never varies in training carries no weight; 1 keeps the division safe (a
  // constant's mean, summed in parts, can differ from it by a rounding error).
  for (let i = 0; i < k; i++) sd[i] = Math.sqrt(sd[i]) > 1e-6 ? Math.sqrt(sd[i]) : 1;
  const z = rows.map((r) => r.x.map((v, i) => (v - mean[i]) / sd[i]));
  const y = rows.map((r) => (r.unanswered ? 1 : 0));
  const w = new Array<number>(k).fill(0);
  let b = 0;
  for (let step = 0; step < STEPS; step++) {
    const gw = new Array<number>(k).fill(0);
    let gb = 0;
    for (let j = 0; j < n; j++) {
      let s = b;
      for (let i = 0; i < k; i++) s += w[i] * z[j][i];
      const g = 1 / (1 + Math.exp(-s)) - y[j];
      for (let i = 0; i < k; i++) gw[i] += (g * z[j][i]) / n;
      gb += g / n;
    }
    for (let i = 0; i < k; i++) w[i] -= RATE * (gw[i] + l2 * w[i]);
    b -= RATE * gb;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    features: [...ANSWERED_FEATURES],
    mean: mean.map(round),
    sd: sd.map(round),
    weights: w.map(round),
    bias: round(b),
  };
}
