/**
 * How well the pairing of worries with objectives agrees with hand-made links on labelled
 * plans: precision and recall of the "nothing in the plan answers this worry" warnings (what a
 * social worker sees), and of the links themselves.
 */
import { extractObjectives, readTextPlan } from '../smart';
import { ITEM_PREFIX } from '../smart/objectives';
import { normalise } from '../smart/text';
import { findWorries } from '../smart/worries/find-worries';
import type { AnsweredModel } from '../smart/worries/answered';
import { pairWorries } from '../smart/worries/pair';

export interface LabelledPlan {
  plan: string;
  worries: { id: string; text: string }[];
  objectives: { id: string; text: string }[];
  links: [string, string][];
}

export interface PrecisionRecall {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface WorryMetrics {
  plans: number;
  unanswered: PrecisionRecall;
  links: PrecisionRecall;
  /**
   * The pane's other list, "objectives that answer no worry": found objectives the pairing ties
   * to nothing, against labelled objectives with no labelled link (one not found is a miss).
   */
  unanchored: PrecisionRecall;
  /** Labelled worries the reader did not find at all. */
  worriesMissed: number;
  /** Worries the reader found that the labeller did not list. */
  worriesExtra: number;
  /** Per plan: what went wrong, by labelled id, for reading the tune set's errors. */
  errors: { plan: string; kind: string; text: string }[];
}

function pr(tp: number, fp: number, fn: number): PrecisionRecall {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const key = (s: string) =>
  normalise(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The ids of the labelled items a found text stands for (it may hold them or be held). */
export function labelledIds(
  text: string,
  items: readonly { id: string; text: string }[],
): string[] {
  return items.filter((item) => same(text, item.text)).map((item) => item.id);
}

/**
 * Whether a text the reader found is the labelled one (one may hold the other). The labels leave
 * out an item's bullet or number ("6.2 Kayla is not to have any contact…"), so a found text is
 * compared without it, as the readers strip it.
 */
function same(found: string, labelled: string): boolean {
  const a = key(found.replace(ITEM_PREFIX, ''));
  const b = key(labelled);
  return a.length > 0 && b.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

export function measureWorryPairing(
  plans: { labels: LabelledPlan; markdown: string }[],
  model?: AnsweredModel,
): WorryMetrics {
  let uTp = 0,
    uFp = 0,
    uFn = 0,
    lTp = 0,
    lFp = 0,
    lFn = 0,
    aTp = 0,
    aFp = 0,
    aFn = 0,
    missed = 0,
    extra = 0;
  const errors: WorryMetrics['errors'] = [];
  for (const { labels, markdown } of plans) {
    const doc = readTextPlan(markdown, 'markdown');
    const objectives = extractObjectives(doc);
    const worries = findWorries(doc);
    const pairing = pairWorries(worries, objectives, undefined, model);
    const goldAnswered = new Set(labels.links.map(([w]) => w));
    const goldLinks = new Set(labels.links.map(([w, o]) => `${w}|${o}`));
    // Each found item stands for the labelled items it holds or is held by.
    const worryIds = (text: string) => labelledIds(text, labels.worries);
    const objectiveIds = (text: string) => labelledIds(text, labels.objectives);
    const warned = new Set<string>();
    for (const w of pairing.unanswered) {
      const ids = worryIds(w.text);
      if (ids.length === 0) {
        uFp++;
        extra++;
        errors.push({ plan: labels.plan, kind: 'warned, not a labelled worry', text: w.text });
      }
      for (const id of ids) warned.add(id);
    }
    const foundWorries = new Set(worries.flatMap((w) => worryIds(w.text)));
    for (const w of labels.worries) {
      if (!foundWorries.has(w.id)) missed++;
      const goldUnanswered = !goldAnswered.has(w.id);
      if (warned.has(w.id) && goldUnanswered) uTp++;
      else if (warned.has(w.id)) {
        uFp++;
        errors.push({ plan: labels.plan, kind: 'warned, but answered', text: w.text });
      } else if (goldUnanswered) {
        uFn++;
        errors.push({
          plan: labels.plan,
          kind: foundWorries.has(w.id) ? 'not warned: linked wrongly' : 'not warned: not found',
          text: w.text,
        });
      }
    }
    const objectiveText = new Map(objectives.map((o) => [o.id, o.text]));
    const predicted = new Set<string>();
    for (const p of pairing.worries)
      for (const a of p.answers)
        for (const w of worryIds(p.worry.text))
          for (const o of objectiveIds(objectiveText.get(a.objectiveId) ?? ''))
            predicted.add(`${w}|${o}`);
    for (const l of predicted)
      if (goldLinks.has(l)) lTp++;
      else lFp++;
    for (const l of goldLinks) if (!predicted.has(l)) lFn++;
    const goldAnchored = new Set(labels.links.map(([, o]) => o));
    const listed = new Set(
      pairing.unanchored.flatMap((id) => objectiveIds(objectiveText.get(id) ?? '')),
    );
    for (const { id, text } of labels.objectives) {
      const truth = !goldAnchored.has(id);
      if (listed.has(id) && truth) aTp++;
      else if (listed.has(id)) {
        aFp++;
        errors.push({ plan: labels.plan, kind: 'listed as answering no worry, but linked', text });
      } else if (truth) {
        aFn++;
        errors.push({ plan: labels.plan, kind: 'answers no worry, not listed', text });
      }
    }
  }
  return {
    plans: plans.length,
    unanswered: pr(uTp, uFp, uFn),
    links: pr(lTp, lFp, lFn),
    unanchored: pr(aTp, aFp, aFn),
    worriesMissed: missed,
    worriesExtra: extra,
    errors,
  };
}

/** Another person's links on the same labelled plans, by the labels' own ids. */
export interface SecondLabels {
  plan: string;
  links: [string, string][];
}

/**
 * How far a second careful labeller agrees with the first, by the same measures the matcher is
 * held to: the first labeller's links are the truth, the second's the warnings and links under
 * test. What people agree on is the most a matcher can be asked for.
 */
export function measureLabellerAgreement(
  first: readonly LabelledPlan[],
  second: readonly SecondLabels[],
): Pick<WorryMetrics, 'plans' | 'unanswered' | 'links'> {
  const byPlan = new Map(second.map((s) => [s.plan, s]));
  let uTp = 0,
    uFp = 0,
    uFn = 0,
    lTp = 0,
    lFp = 0,
    lFn = 0;
  for (const labels of first) {
    const other = byPlan.get(labels.plan);
    if (!other) throw new Error(`The second labeller has no links for plan ${labels.plan}.`);
    const ids = new Set([...labels.worries, ...labels.objectives].map((item) => item.id));
    for (const [w, o] of other.links)
      if (!ids.has(w) || !ids.has(o))
        throw new Error(`Plan ${labels.plan} has no worry ${w} or no objective ${o}.`);
    const answered = (links: [string, string][]) => new Set(links.map(([w]) => w));
    const firstAnswered = answered(labels.links);
    const secondAnswered = answered(other.links);
    for (const { id } of labels.worries) {
      const truth = !firstAnswered.has(id);
      const warned = !secondAnswered.has(id);
      if (warned && truth) uTp++;
      else if (warned) uFp++;
      else if (truth) uFn++;
    }
    const asKeys = (links: [string, string][]) => new Set(links.map(([w, o]) => `${w}|${o}`));
    const firstLinks = asKeys(labels.links);
    const secondLinks = asKeys(other.links);
    for (const l of secondLinks)
      if (firstLinks.has(l)) lTp++;
      else lFp++;
    for (const l of firstLinks) if (!secondLinks.has(l)) lFn++;
  }
  return { plans: first.length, unanswered: pr(uTp, uFp, uFn), links: pr(lTp, lFp, lFn) };
}
