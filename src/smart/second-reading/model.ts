/**
 * The second reading's verdict: how likely a letter is met, given the objective's features and
 * the weights trained on labelled real objectives (weights.json, made by
 * `npm run train:second-reading`). The weights are data, like the word lists.
 */
import type { Criterion } from '../types';
import { words, type Core } from './features';
import { chanceOf, fromStored, type LetterWeights, type StoredWeights } from './train';
import trained from './weights.json';

const WEIGHTS = fromStored(trained as StoredWeights);
const INDEX = new Map(WEIGHTS.features.map((f, i) => [f, i]));

/**
 * The same features readingFeatures() names, found without building a string for each: this
 * runs for every objective short of SMART, and 200 of them must be checked in 20 ms.
 */
const WORD = new Map<string, number>();
const PAIR = new Map<string, Map<string, number>>();
const FIRST = new Map<string, number>();
for (const [f, i] of INDEX) {
  if (f.startsWith('w:')) WORD.set(f.slice(2), i);
  else if (f.startsWith('first:')) FIRST.set(f.slice('first:'.length), i);
  else if (f.startsWith('b:')) {
    // A pair is "b:<first>_<second>"; a word may hold "_" itself ("___"), so every split is kept.
    const pair = f.slice(2);
    for (let at = pair.indexOf('_'); at >= 0; at = pair.indexOf('_', at + 1)) {
      const first = pair.slice(0, at);
      if (!PAIR.has(first)) PAIR.set(first, new Map());
      PAIR.get(first)!.set(pair.slice(at + 1), i);
    }
  }
}

export interface SecondReadingScore {
  /** The chance each trained letter is met. */
  chance: Partial<Record<Criterion, number>>;
  /** The objective's words, as the features name them. */
  words: string[];
}

/** The length's features, looked up once rather than spelt out for every objective. */
const LENGTH = [0, 1, 2, 3, 4, 5, 6].map((n) => INDEX.get(`len:${n}`));
const LETTERS = Object.entries(WEIGHTS.letters) as [Criterion, LetterWeights][];

/**
 * The last clause read, kept: the second reading and the veto may both read one objective's main
 * clause, one after the other.
 */
let last: { core: Core; features: { found: Set<number>; tokens: string[] } } | undefined;

/** The weights' indices of the features readingFeatures() names for this main clause. */
function featuresOf(core: Core): { found: Set<number>; tokens: string[] } {
  if (last && last.core.text === core.text && last.core.subject === core.subject)
    return last.features;
  const features = indicesOf(core);
  last = { core, features };
  return features;
}

function indicesOf(core: Core): { found: Set<number>; tokens: string[] } {
  const tokens = words(core.text);
  const found = new Set<number>();
  const add = (i: number | undefined) => {
    if (i !== undefined) found.add(i);
  };
  add(INDEX.get(`subject:${core.subject}`));
  for (let t = 0; t < tokens.length; t++) {
    add(WORD.get(tokens[t]));
    if (t + 1 < tokens.length) add(PAIR.get(tokens[t])?.get(tokens[t + 1]));
  }
  add(FIRST.get(tokens[0] ?? ''));
  add(LENGTH[Math.min(6, Math.floor(tokens.length / 8))]);
  return { found, tokens };
}

function chanceFrom(letter: LetterWeights, found: ReadonlySet<number>): number {
  let z = letter.bias;
  for (const i of found) z += letter.weights[i];
  return 1 / (1 + Math.exp(-z));
}

/** The chance each trained letter is met, given the objective's main clause. */
export function score(core: Core): SecondReadingScore {
  const { found, tokens } = featuresOf(core);
  const chance: SecondReadingScore['chance'] = {};
  for (const [criterion, letter] of LETTERS) chance[criterion] = chanceFrom(letter, found);
  return { chance, words: tokens };
}

/**
 * The chance a letter the rules found unmet is met after all, as the veto trained on the rules'
 * first-contact mistakes reads the main clause; undefined for a letter with no veto.
 */
export function vetoChance(criterion: Criterion, core: Core): number | undefined {
  const veto = WEIGHTS.vetoes?.[criterion];
  return veto ? chanceFrom(veto, featuresOf(core).found) : undefined;
}

/** The chance the letter is met from a list of named features (the trainer's form). */
export function chanceMet(
  criterion: Criterion,
  features: readonly string[],
  from: 'letters' | 'vetoes' = 'letters',
): number | undefined {
  const letter = WEIGHTS[from]?.[criterion];
  return letter ? chanceOf(letter, INDEX, features) : undefined;
}

/**
 * Words that carry the sentence rather than its sense, and the "pm" of "10 pm": weighed, but never
 * quoted as a reason.
 */
const FUNCTION_WORDS = new Set(
  (
    'a about after all also am an and any are as at be been before but by can could did do does each ' +
    'every for from has have he her his if in into is it its may might more most must my no not ' +
    'of on only or our over pm shall she should so some than that the their them then there these ' +
    'they this those to until up was we were what when where which while who will with would ' +
    'you your'
  ).split(' '),
);

/**
 * The objective's own words that weigh most against the letter, strongest first: what the card
 * quotes so the writer can see what the reading went on.
 */
export function wordsAgainst(
  criterion: Criterion,
  tokens: readonly string[],
  most: number,
): string[] {
  const letter = WEIGHTS.letters[criterion];
  if (!letter) return [];
  return [...new Set(tokens)]
    .filter((w) => /^[a-z]/.test(w) && !FUNCTION_WORDS.has(w))
    .map((word) => ({ word, weight: letter.weights[WORD.get(word) ?? -1] ?? 0 }))
    .filter((x) => x.weight < -0.3)
    .sort((a, b) => a.weight - b.weight)
    .slice(0, most)
    .map((x) => x.word);
}
