/**
 * Trains the second reading: a logistic regression per letter over readingFeatures(), fitted to
 * labelled objectives with Adam and a small L2 penalty. Pure and seeded, so that the same
 * labelled sets always give the same weights (scripts/train-second-reading.ts writes them).
 */
import { seededRandom } from '../seeded-random';
import type { Criterion } from '../types';

export interface Example {
  features: readonly string[];
  /** The labeller's verdict on the letter: true = met. */
  met: boolean;
}

export interface LetterWeights {
  bias: number;
  /** One weight per entry of the shared feature list; 0 where the letter does not use it. */
  weights: number[];
}

export interface SecondReadingWeights {
  /** How often a feature had to occur in the training objectives to be weighed at all. */
  minCount: number;
  /** How many labelled objectives the weights were fitted to, and from which files. */
  trainedOn: { objectives: number; files: string[] };
  features: string[];
  letters: Partial<Record<Criterion, LetterWeights>>;
  /**
   * Per letter, the chance it is met when the rules at their first contact with the text found
   * it unmet: trained only on those objectives (see letters.ts, VETO_LETTERS).
   */
  vetoes?: Partial<Record<Criterion, LetterWeights>>;
}

/**
 * The weights as weights.json keeps them: each a whole number of 1/scale. They ship in the task
 * pane, and whole numbers gzip to about a tenth less than the same decimals; dividing one by its
 * scale gives the very number the decimal would (division is correctly rounded).
 */
export interface StoredLetterWeights {
  bias: number;
  scale: number;
  weights: number[];
}

export interface StoredWeights extends Omit<SecondReadingWeights, 'letters' | 'vetoes'> {
  letters: Partial<Record<Criterion, StoredLetterWeights>>;
  vetoes?: Partial<Record<Criterion, StoredLetterWeights>>;
}

/** Places kept: three for the second reading's letters, two for the vetoes (see the script). */
export const LETTER_SCALE = 1000;
export const VETO_SCALE = 100;

function mapLetters<A, B>(
  letters: Partial<Record<Criterion, A>>,
  f: (l: A) => B,
): Partial<Record<Criterion, B>> {
  return Object.fromEntries(Object.entries(letters).map(([k, v]) => [k, f(v as A)]));
}

export function toStored(w: SecondReadingWeights): StoredWeights {
  const store = (scale: number) => (l: LetterWeights) => ({
    bias: l.bias,
    scale,
    weights: l.weights.map((x) => Math.round(x * scale)),
  });
  const { vetoes, ...rest } = w;
  return {
    ...rest,
    letters: mapLetters(w.letters, store(LETTER_SCALE)),
    ...(vetoes ? { vetoes: mapLetters(vetoes, store(VETO_SCALE)) } : {}),
  };
}

export function fromStored(s: StoredWeights): SecondReadingWeights {
  const read = (l: StoredLetterWeights) => ({
    bias: l.bias,
    weights: l.weights.map((x) => x / l.scale),
  });
  const { vetoes, ...rest } = s;
  return {
    ...rest,
    letters: mapLetters(s.letters, read),
    ...(vetoes ? { vetoes: mapLetters(vetoes, read) } : {}),
  };
}

const EPOCHS = 60;
const LEARNING_RATE = 0.05;
/**
 * Chosen by leaving each real set's tune half out in turn (`npm run cv:second-reading`): from
 * 0.005 to 0.02 the left-out halves scored alike (mean macro F1 0.828), above 0.001 (0.826),
 * which fitted the read halves closer and new text less well.
 */
export const L2 = 1e-2;
const BETA1 = 0.9;
const BETA2 = 0.999;

/** The chance a letter is met, given the names of an objective's features and the list's index. */
export function chanceOf(
  letter: LetterWeights,
  index: ReadonlyMap<string, number>,
  features: readonly string[],
): number {
  let z = letter.bias;
  for (const f of features) {
    const i = index.get(f);
    if (i !== undefined) z += letter.weights[i];
  }
  return 1 / (1 + Math.exp(-z));
}

/** The features seen in at least `minCount` objectives, in a fixed (sorted) order. */
export function vocabulary(objectives: readonly (readonly string[])[], minCount: number): string[] {
  const count = new Map<string, number>();
  for (const features of objectives)
    for (const f of features) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
}

export function trainLetter(
  examples: readonly Example[],
  features: readonly string[],
  seed = 1,
  l2 = L2,
): LetterWeights {
  const index = new Map(features.map((f, i) => [f, i]));
  const n = features.length;
  // The bias is the last slot.
  const w = new Float64Array(n + 1);
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const rows = examples.map((e) =>
    e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  );
  const y = examples.map((e) => (e.met ? 1 : 0));
  const order = [...examples.keys()];
  const random = seededRandom(seed);
  let t = 0;
  const step = (k: number, gradient: number) => {
    m[k] = BETA1 * m[k] + (1 - BETA1) * gradient;
    v[k] = BETA2 * v[k] + (1 - BETA2) * gradient * gradient;
    const mHat = m[k] / (1 - Math.pow(BETA1, t));
    const vHat = v[k] / (1 - Math.pow(BETA2, t));
    w[k] -= (LEARNING_RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      let z = w[n];
      for (const k of rows[i]) z += w[k];
      const gradient = 1 / (1 + Math.exp(-z)) - y[i];
      t++;
      step(n, gradient);
      for (const k of rows[i]) step(k, gradient + l2 * w[k]);
    }
  }
  const round = (x: number) => Math.round(x * LETTER_SCALE) / LETTER_SCALE;
  return { bias: round(w[n]), weights: [...w.subarray(0, n)].map(round) };
}
