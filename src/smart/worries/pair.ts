/**
 * Pairs a plan's worries with the objectives that answer them. A link is made by the table
 * layout (a need and its objective share a row, unless the row is still blank), by hand (kept in
 * the document, like an ignore), or by meaning: the two texts touch the same concern (concerns.ts
 * and specific-concerns.ts) or share words that are rare in this plan. Names and roles ("Mum",
 * "Leo") never link on their own: every objective in a plan is about the same few people. A match
 * by meaning answers a worry only when the answered model (answered.ts) also finds it likely,
 * weighing everything the matcher saw of the worry, not its best score alone.
 */
import { stemmer } from 'stemmer';
import { textKey } from '../ignore';
import { PROFESSIONAL_ROLES } from '../lexicon';
import { saysNothing } from '../plan-forms';
import type { Objective, ObjectivePart } from '../types';
import { CONCERNS, type Concern } from './concerns';
import type { Worry } from './find-worries';
import {
  answeredFeatures,
  chanceUnanswered,
  type AnsweredModel,
  type WorryEvidence,
} from './answered';
import trained from './answered-weights.json';

const TRAINED: AnsweredModel = trained;

/** An objective that shares anything with a worry, and how much. */
export interface Candidate {
  oi: number;
  score: number;
  meaning: number;
  concerns: string[];
  apart: number;
}

export type LinkSource = 'table' | 'meaning' | 'hand';

export interface WorryAnswer {
  objectiveId: string;
  by: LinkSource;
  /** The concerns both texts touch, for the pane to say why they were paired. */
  concerns: string[];
}

export interface PairedWorry {
  worry: Worry;
  answers: WorryAnswer[];
  /**
   * The objective in the worry's table row when that objective only watches ("to be
   * monitored"): the pane says why the row does not answer its need.
   */
  rowOnlyWatches?: string;
  /**
   * For a worry nothing answers: the objectives nearest to it in meaning, closest first (at most
   * NEAREST), that fell short of a link. The pane offers them first when linking by hand, so a
   * link the checker missed takes one choice, not a search through every objective.
   */
  nearest?: string[];
}

export interface WorryPairing {
  worries: PairedWorry[];
  /**
   * True when the plan was too large to pair by meaning (more than MAX_PAIRS worry-objective
   * pairs): only table rows and hand links were used, and the pane says so.
   */
  limited?: boolean;
  /** Worries that no objective answers: what the pane warns about. */
  unanswered: Worry[];
  /** Objectives that answer no worry (only when the plan names its worries). */
  unanchored: string[];
}

/** Links and unlinks the social worker made by hand, as keys from handLinkKey. */
export interface HandLinks {
  linked: ReadonlySet<string>;
  unlinked: ReadonlySet<string>;
}

/** The key a hand link is kept under: the worry's and the objective's words, hashed. */
export function handLinkKey(worryText: string, objectiveText: string): string {
  return linkKey(textKey(worryText), textKey(objectiveText));
}

const LINK = 'worry|';
const UNLINK = 'worry-unlink|';
const linkKey = (worry: string, objective: string) => `${LINK}${worry}|${objective}`;
const unlinkKey = (worry: string, objective: string) => `${UNLINK}${worry}|${objective}`;

/** The key a hand unlink is kept under: the pairing by meaning was wrong. */
export function handUnlinkKey(worryText: string, objectiveText: string): string {
  return unlinkKey(textKey(worryText), textKey(objectiveText));
}

/** The hand links among a document's stored keys (they share the ignore list). */
export function handLinksFrom(keys: ReadonlySet<string>): HandLinks {
  const linked = new Set<string>();
  const unlinked = new Set<string>();
  for (const k of keys)
    if (k.startsWith(LINK)) linked.add(k);
    else if (k.startsWith(UNLINK)) unlinked.add(k);
  return { linked, unlinked };
}

/** Whether a stored key is a hand link or unlink rather than an ignored finding. */
export function isHandLinkKey(key: string): boolean {
  return key.startsWith(LINK) || key.startsWith(UNLINK);
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words that carry no topic: grammar, plan boilerplate, and the people every item names. */
const STOP = new Set(
  `a an the and or but if then so of to in on at by for with from into onto about as is are was
  were be been being will would shall should must can could may might do does did done has have
  had having not no nor this that these those there their they them he she his her him hers it
  its we our us you your i my me who whom which what when where why how all any each every some
  more most less very too also just only still even than up down out over under again further
  once same other such own both few many much well able ensure make sure need needs needed
  continue continues continuing help helps support supported supporting work working worked
  plan plans planning review reviews meeting meetings social worker workers professional
  professionals team service services agency agencies child children child's children's young
  person people family families parent parents parental carer carers mum mum's mother dad dad's
  father baby boy girl son daughter brother sister home house time times day days week weeks
  weekly month months year years date dates today tomorrow now new good better best bad worse
  get gets got give gives given go goes going went keep keeps kept take takes took taking put
  say says said tell tells told know knows think thinks feel feels look looks see seen sees show
  shows want wants like likes use uses used try tries agree agreed agreement concern concerns
  concerned worry worries worried risk risks issue issues problem problems area areas around
  regular regularly current currently always never often sometimes already within until while
  because due including include includes one two three four five six seven eight nine ten first
  last next end start begin began been being seen evidence evidenced level levels`.split(/\s+/),
);

/**
 * Where a child is, as a word: "school" is in half a plan's items, and its `school` and
 * `attendance` concerns already say when it is what an item is about ("late to school", "in
 * school by 8.50"). As a shared word it linked "Kiera takes food home from school" to "Children to
 * attend school".
 */
const PLACES = new Set(['school', 'schools', 'nursery']);

/**
 * The professionals' titles of two words or more ("health visitor", "school nurse", "personal
 * adviser"), by their first word, longest first. A one-word title ("therapist", "landlord") is
 * left a topic word: on the read plans, hiding those cost more answers than it saved.
 */
const ROLE_PHRASES = (() => {
  const map = new Map<string, string[][]>();
  for (const r of PROFESSIONAL_ROLES) {
    const words = r.split(' ');
    if (words.length < 2) continue;
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  for (const l of map.values()) l.sort((a, b) => b.length - a.length);
  return map;
})();

interface Reading {
  /** Stems of the topic words, each with how much it says in this plan (filled in later). */
  stems: Set<string>;
  concerns: Set<string>;
}

interface Compiled {
  byFirst: Map<string, { stems: string[]; concern: Concern }[]>;
  /** Each concern's `not` phrases by their first stem: they hide words from that concern only. */
  notByFirst: Map<string, { stems: string[]; concern: string }[]>;
}

let compiled: Compiled | undefined;

/** Stems by word: a plan uses the same few hundred words over and over. */
const STEMS = new Map<string, string>();
/** Enough for any plan's vocabulary; a long-running pane or server never holds more. */
const MAX_STEMS = 50_000;

function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    stem = stemmer(word.replace(/'s$/, ''));
    STEMS.set(word, stem);
  }
  return stem;
}

function stemsOf(text: string): { word: string; stem: string }[] {
  const out: { word: string; stem: string }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    out.push({ word, stem: stemOf(word) });
  }
  return out;
}

/**
 * Grammar words a concern's word can stem to ("using" and "us", "ate" and "at"): "Kiri has told
 * us" is no drug use. Such a word matches a concern's phrase only as itself.
 */
const GRAMMAR = new Set(
  `a an the and or but if of to in on at by for with from into onto as is are was were be am do
  does did has have had it its he she they we us you i me my our your his her him them their this
  that these those not no so up out off over`.split(/\s+/),
);

const POSSESSIVES = new Set(['=her', '=his', '=their']);

/** What a token matches in a concern's phrases: its stem, or itself for a grammar word. */
const keyOf = (t: { word: string; stem: string }) => (GRAMMAR.has(t.word) ? `=${t.word}` : t.stem);

/**
 * A phrase's keys: "=using" (written so in concerns.ts) matches that word only, not "use"; so
 * does a later word marked so ("been =cut": hours that have been cut, not "been cutting").
 */
function phraseKeys(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .flatMap((word) =>
      word.startsWith('=')
        ? stemsOf(word.slice(1)).map((t) => `=${t.word}`)
        : stemsOf(word).map(keyOf),
    );
}

function compile(): Compiled {
  const byFirst = new Map<string, { stems: string[]; concern: Concern }[]>();
  const notByFirst = new Map<string, { stems: string[]; concern: string }[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  };
  for (const concern of CONCERNS) {
    for (const phrase of concern.phrases) {
      const stems = phraseKeys(phrase);
      if (stems.length > 0) add(byFirst, stems[0], { stems, concern });
    }
    for (const phrase of concern.not ?? []) {
      const stems = phraseKeys(phrase);
      if (stems.length > 0) add(notByFirst, stems[0], { stems, concern: concern.id });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { byFirst, notByFirst };
}

function read(text: string): Reading {
  compiled ??= compile();
  const tokens = stemsOf(text);
  const stems = tokens.map(keyOf);
  const exact = tokens.map((t) => `=${t.word}`);
  // A phrase's "her", "his" or "their" stands for anyone's: "treat his hair" is "treat Connor's
  // hair", "see her mum" is "see Leah's mum". Not as a phrase's first word, which anchors it.
  const owner = tokens.map((t) => /\p{L}'s$/u.test(t.word));
  const at = (i: number, phrase: string[]) =>
    i + phrase.length <= stems.length &&
    phrase.every(
      (s, k) =>
        stems[i + k] === s || exact[i + k] === s || (k > 0 && owner[i + k] && POSSESSIVES.has(s)),
    );
  /** Phrases that may start here: by the word's stem, or by the word itself. */
  const from = <T>(map: Map<string, T[]>, i: number): T[] => {
    const byStem = map.get(stems[i]) ?? [];
    const byWord = exact[i] !== stems[i] ? map.get(exact[i]) : undefined;
    return byWord ? [...byStem, ...byWord] : byStem;
  };
  // "Drinking water" is not about alcohol: phrases in `not` hide their words from their own
  // concern, and only from it ("sofa surfing" is no safe-sleep worry, but is one of housing).
  let masked: Map<number, Set<string>> | undefined;
  for (let i = 0; i < stems.length; i++)
    for (const phrase of from(compiled.notByFirst, i))
      if (at(i, phrase.stems))
        for (let k = 0; k < phrase.stems.length; k++) {
          masked ??= new Map();
          const hidden = masked.get(i + k) ?? new Set<string>();
          hidden.add(phrase.concern);
          masked.set(i + k, hidden);
        }
  const concerns = new Set<string>();
  for (let i = 0; i < stems.length; i++)
    for (const entry of from(compiled.byFirst, i))
      if (
        at(i, entry.stems) &&
        !entry.stems.some((_, k) => masked?.get(i + k)?.has(entry.concern.id))
      )
        concerns.add(entry.concern.id);
  // Who acts is not what an item is about: "the health visitor" in a worry about a threat and in
  // a visit shares no topic. A title's last word may be possessive ("the health visitor's").
  const role = new Set<number>();
  const bare = (i: number) => tokens[i]?.word.replace(/'s$/, '');
  for (let i = 0; i < tokens.length; i++)
    for (const phrase of ROLE_PHRASES.get(tokens[i].word) ?? [])
      if (phrase.every((w, k) => bare(i + k) === w))
        for (let k = 0; k < phrase.length; k++) role.add(i + k);
  const topic = new Set<string>();
  tokens.forEach((t, i) => {
    if (role.has(i) || PLACES.has(t.word)) return;
    if (t.word.length > 2 && !STOP.has(t.word) && !STOP.has(t.stem) && !/^\d+$/.test(t.word))
      topic.add(t.stem);
  });
  return { stems: topic, concerns };
}

/** The concerns a text touches (ids from concerns.ts). */
export function concernsOf(text: string): string[] {
  return [...read(text).concerns];
}

const CONCERN_WEIGHT = new Map(CONCERNS.map((c) => [c.id, c.weight ?? 1]));

/** How strongly a worry and an objective are about the same thing; 1 or more links them. */
export const THRESHOLD = 0.8;
/** 200 worries by 5,000 objectives; a 500-page plan's 9,000 need cells would take seconds. */
export const MAX_PAIRS = 1_000_000;
/** A worry's weaker matches must come near its best one: the plan's answer is the best fit. */
const NEAR_BEST = 0.5;
/** How many near objectives the pane offers first for a worry nothing answers. */
const NEAREST = 3;
/** An idf at which a concern counts in full (it is in about a third of the plan's items). */
const RARE = 1.1;
/** Shared rare words, as a share of the shorter text's words, count up to this much. */
const WORDS_WEIGHT = 1.5;

/**
 * Plans answer their worries in the order they name them: on the read plans, 81-88% of pairs of
 * labelled links run the same way, and two thirds of links sit within 0.15-0.2 of each other's
 * place in their lists (a third would by chance). A pair at the same place in the two lists
 * counts up to ORDER_WEIGHT more, falling to nothing ORDER_SPAN apart (as shares of each list).
 * It only strengthens what the words already share: order alone links nothing.
 */
const ORDER_WEIGHT = 0.6;
const ORDER_SPAN = 0.15;

/** Where an item stands in its list, from 0 (first) to 1 (last); a single item is midway. */
const placeIn = (index: number, count: number) => (count > 1 ? index / (count - 1) : 0.5);

/** A reading with the summed idf of its words, worked out once per plan rather than per pair. */
interface Weighed {
  reading: Reading;
  total: number;
}

function strength(
  worryWeighed: Weighed,
  objectiveWeighed: Weighed,
  idf: (stem: string) => number,
  conceptWeight: (concern: string) => number,
): { score: number; concerns: string[] } {
  const worry = worryWeighed.reading;
  const objective = objectiveWeighed.reading;
  // Called for every worry and objective in the plan (8,000 pairs in a long one): the shared
  // concerns are gathered in one pass, without copying the worry's concerns for every pair.
  const concerns: string[] = [];
  let score = 0;
  if (worry.concerns.size > 0 && objective.concerns.size > 0)
    for (const c of worry.concerns)
      if (objective.concerns.has(c)) {
        concerns.push(c);
        score += (CONCERN_WEIGHT.get(c) ?? 1) * conceptWeight(c);
      }
  let shared = 0;
  for (const s of worry.stems) if (objective.stems.has(s)) shared += idf(s);
  // As a share of the shorter text: a short objective ("Wayne to engage with the social
  // worker") can answer a long worry while sharing only a few of its words.
  const shorter = Math.min(worryWeighed.total, objectiveWeighed.total);
  if (shorter > 0) score += WORDS_WEIGHT * (shared / shorter);
  return { score, concerns };
}

type Pairable = Pick<Objective, 'id' | 'text'> & { parts?: readonly ObjectivePart[] };

/**
 * An objective that only watches, or puts off, changes nothing, however close its words: "Alfie's
 * lateness to be monitored by school", "Caseworker to monitor", "To be reviewed at first core
 * group", "Placement stability to be discussed at the next visit". Watching something named
 * ("Mum will monitor Jack's phone use") is a parent's rule, and is not matched. Nor is something
 * asked to be reviewed at the end of what someone will do ("The social worker will help Mum join
 * the housing register and ask for the family's banding to be reviewed"): only what comes before
 * any "will" or "to [verb]" can be what is watched.
 */
const ONLY_WATCHES =
  /^(?:(?!\bwill\b|\bto\s+(?!be\b|continue\b)[a-z])[^.;])*?\b(?:(?:(?:to|will)\s+be|is|are)\s+(?:monitored|kept under review|watched|reviewed|discussed|considered)|(?:to|will)\s+(?:continue\s+to\s+)?monitor(?=\s*(?:[.;]|$)))(?:\s+(?:by|at|in|through)\b[^.;]*)?\s*[.;]?\s*$/i;

/** Watching, as plans word it: one list for the agency's and for anyone's watching only. */
const WATCH = String.raw`monitor|keep an eye on|keep a record of|record|watch`;
/** Passing on what was seen, likewise shared. */
const PASS_ON = String.raw`share|report|tell|let|inform|pass|feed back|record`;

/**
 * An agency or a professional who will only watch, keep a record and pass it on: "The school
 * attendance officer will monitor Ffion's attendance and report to the social worker each week",
 * "Nursery to keep a record of any concerns about Zofia and share these with the social worker",
 * "School will keep an eye on her speech and tell Patricia if a referral is needed". Nothing in it
 * is done about what they watch.
 */
const AGENCY_WATCHES = new RegExp(
  String.raw`^\W*(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:school|nursery|college|police|health visitor|gp|teachers?|attendance officer|social worker|caseworker|case manager|key worker|core group|agencies|professionals|staff)\s+(?:to|will)\s+(?:continue\s+to\s+)?(?:${WATCH})\b(?:(?!\band\b)[^.;])*(?:\s*,?\s*and\s+(?:${PASS_ON}|monitor)\b[^.;]*)?[.;]?\s*$`,
  'iu',
);

/**
 * The social worker's own visits, however often and wherever the child is seen ("Social worker to
 * visit every six weeks and see Ollie at home and at school"): the statutory visits every plan
 * sets, which answer no worry of their own. None of the 24 such items on the labelled plans was
 * linked to a worry. A visit that does something more ("and do life story work with her") is
 * not matched; the core group meeting or the plan's review beside it changes nothing either.
 */
const VISITS_ONLY = new RegExp(
  String.raw`^\W*(?:the\s+)?(?:allocated\s+)?(?:supervising\s+)?(?:social\s+worker|caseworker|case\s+worker|key\s*worker|case\s+manager)s?(?:\s*\([^)]*\))?\s+(?:to|will)\s+(?:continue\s+to\s+)?(?:visit|see)\b(?:(?!\b(?:to|will)\s+(?!see\b|speak\b|meet\b|visit\b|be\s+reviewed\b)\p{L}|\band\s+(?:do|help|work|complete|undertake|carry|support|make|write|arrange|refer|use|teach|talk|explore|start|set|plan|agree|give|take)\b)[^.;])*[.;]?\s*$`,
  'iu',
);

/**
 * Anyone who will only watch and pass on what they see: "Joanne to keep an eye on what Kayla is
 * eating and let the social worker know if she is worried", "Foster carers to keep a record of any
 * incidents and share with the social worker", "Social worker to observe the dog with the
 * children on home visits and record any concerns". A parent who watches without passing it on
 * ("Mum will monitor Jack's phone use") keeps a rule, and is not matched.
 */
const WATCHES_AND_TELLS = new RegExp(
  String.raw`^\W*(?:[\p{L}'’-]+\s+){1,4}?(?:to|will)\s+(?:continue\s+to\s+)?(?:${WATCH}|keep a (?:log|diary) of|observe|note)\b(?:(?!\band\b)[^.;])*\s*,?\s*and\s+(?:${PASS_ON})\b[^.;]*[.;]?\s*$`,
  'iu',
);

const watchesOnly = (text: string) =>
  ONLY_WATCHES.test(text) ||
  AGENCY_WATCHES.test(text) ||
  WATCHES_AND_TELLS.test(text) ||
  VISITS_ONLY.test(text);

/** The words of an objective that say what will be done or be different. */
function said(objective: Pairable): string[] {
  const parts = (objective.parts ?? []).filter((p) => p.role === 'outcome' || p.role === 'action');
  return parts.length === 0
    ? [objective.text]
    : parts.map((p) => objective.text.slice(p.start, p.end));
}

/** Whether an objective would change anything: not a blank row's filler, not only watching. */
function answersAnything(objective: Pairable): boolean {
  return said(objective).some((t) => !saysNothing(t) && !watchesOnly(t.trim()));
}

/** Whether an objective says something, and all it says is that someone will watch. */
function onlyWatches(objective: Pairable): boolean {
  const texts = said(objective).filter((t) => !saysNothing(t));
  return texts.length > 0 && texts.every((t) => watchesOnly(t.trim()));
}

/** One worry as the matcher saw it, before deciding whether anything answers it. */
export interface WeighedWorry {
  worry: Worry;
  /** Links that need no weighing: the worry's table row, and the social worker's own. */
  answers: WorryAnswer[];
  /** Objectives that share anything with the worry, strongest first. */
  candidates: Candidate[];
  rowWatches: boolean;
  /** What the answered model reads; absent when nothing shares anything or pairs are limited. */
  evidence?: WorryEvidence;
}

/**
 * Everything the matcher sees of each worry: its table and hand links, and how strongly each
 * objective matches it. Exported for `npm run train:worry-answered`, which fits the answered
 * model to the same evidence the pane decides from.
 */
export function weighWorries(
  worries: readonly Worry[],
  objectives: readonly Pairable[],
  hand: HandLinks = { linked: new Set(), unlinked: new Set() },
): {
  limited: boolean;
  weighed: WeighedWorry[];
  /** For each objective (by index), the worry it matches best and how strongly. */
  nearestWorry: ReadonlyMap<number, { wi: number; score: number }>;
} {
  // Too many pairs to compare by meaning: the texts are not read at all (see MAX_PAIRS). With no
  // worries there is nothing to pair, and most plans checked name none: the objectives are not
  // read either.
  const limited = worries.length * objectives.length > MAX_PAIRS;
  const worryReadings = limited ? [] : worries.map((w) => read(w.text));
  const objectiveReadings =
    limited || worries.length === 0 ? [] : objectives.map((o) => read(o.text));
  // A word or concern that every item uses (the child's name, the plan's own topic) tells little.
  const df = new Map<string, number>();
  const cdf = new Map<string, number>();
  const worriesWith = new Map<string, number>();
  for (const r of [...worryReadings, ...objectiveReadings]) {
    for (const s of r.stems) df.set(s, (df.get(s) ?? 0) + 1);
    for (const c of r.concerns) cdf.set(c, (cdf.get(c) ?? 0) + 1);
  }
  for (const r of worryReadings)
    for (const c of r.concerns) worriesWith.set(c, (worriesWith.get(c) ?? 0) + 1);
  const n = worryReadings.length + objectiveReadings.length;
  const idf = (s: string) => Math.max(0, Math.log((n + 1) / ((df.get(s) ?? 0) + 1)));
  // A concern the whole plan is about ("violence" in a domestic abuse plan) tells less, unless
  // only one worry touches it: then it says which worry an objective answers, however many
  // objectives share it (one worry about drugs, three tasks about drug screens and treatment).
  // Weighed once per concern, not once per pair.
  const weights = new Map<string, number>();
  for (const [c, count] of cdf)
    weights.set(
      c,
      (worriesWith.get(c) ?? 0) <= 1
        ? 1
        : Math.min(1, Math.max(0.4, Math.log((n + 1) / (count + 1)) / RARE)),
    );
  const conceptWeight = (c: string) => weights.get(c) ?? 1;
  const weigh = (reading: Reading): Weighed => {
    let total = 0;
    for (const s of reading.stems) total += idf(s);
    return { reading, total };
  };
  const worryWeighed = worryReadings.map(weigh);
  const objectiveWeighed = objectiveReadings.map(weigh);

  // Keys are hashed once per text, and only when the document holds any hand links at all.
  const anyHand = hand.linked.size > 0 || hand.unlinked.size > 0;
  const worryKeys = anyHand ? worries.map((w) => textKey(w.text)) : [];
  const objectiveKeys = anyHand ? objectives.map((o) => textKey(o.text)) : [];
  const byId = new Map(objectives.map((o) => [o.id, o]));
  // Read once per objective, not once per pair: most plans checked name no worries.
  const changes = worries.length === 0 ? [] : objectives.map(answersAnything);
  // First every worry's own links (table, hand) and what it shares with each objective; then,
  // knowing which worry each objective is nearest, whether anything answers each worry.
  const seen = worries.map((worry, wi) => {
    const answers: WorryAnswer[] = [];
    const row = worry.rowObjectiveId !== undefined ? byId.get(worry.rowObjectiveId) : undefined;
    const rowWatches = row !== undefined && onlyWatches(row);
    const candidates: Candidate[] = [];
    if (limited && !anyHand) {
      if (row && answersAnything(row))
        answers.push({ objectiveId: row.id, by: 'table', concerns: [] });
      return { worry, answers, candidates, rowWatches };
    }
    objectives.forEach((objective, oi) => {
      if (anyHand && hand.unlinked.has(unlinkKey(worryKeys[wi], objectiveKeys[oi]))) return;
      if (anyHand && hand.linked.has(linkKey(worryKeys[wi], objectiveKeys[oi]))) {
        answers.push({ objectiveId: objective.id, by: 'hand', concerns: [] });
        return;
      }
      if (!changes[oi]) return;
      if (worry.rowObjectiveId === objective.id) {
        answers.push({ objectiveId: objective.id, by: 'table', concerns: [] });
        return;
      }
      if (limited) return;
      const meaning = strength(worryWeighed[wi], objectiveWeighed[oi], idf, conceptWeight);
      const apart = Math.abs(placeIn(wi, worries.length) - placeIn(oi, objectives.length));
      const score = meaning.score * (1 + ORDER_WEIGHT * Math.max(0, 1 - apart / ORDER_SPAN));
      if (score > 0)
        candidates.push({ oi, score, meaning: meaning.score, concerns: meaning.concerns, apart });
    });
    candidates.sort((a, b) => b.score - a.score);
    return { worry, answers, candidates, rowWatches };
  });
  const nearestWorry = new Map<number, { wi: number; score: number }>();
  seen.forEach(({ candidates }, wi) => {
    for (const c of candidates) {
      const held = nearestWorry.get(c.oi);
      if (!held || c.score > held.score) nearestWorry.set(c.oi, { wi, score: c.score });
    }
  });
  const claims = new Map<number, number>();
  for (const { wi } of nearestWorry.values()) claims.set(wi, (claims.get(wi) ?? 0) + 1);
  const weighed = seen.map((w, wi): WeighedWorry => {
    if (w.candidates.length === 0 || limited) return w;
    const evidence: WorryEvidence = {
      candidates: w.candidates,
      claims: claims.get(wi) ?? 0,
      mutual: nearestWorry.get(w.candidates[0].oi)?.wi === wi,
      worries: worries.length,
      objectives: objectives.length,
      words: w.worry.text.split(/\s+/).filter(Boolean).length,
      concerns: worryReadings[wi].concerns.size,
      rowOnlyWatches: w.rowWatches,
    };
    return { ...w, evidence };
  });
  return { limited, weighed, nearestWorry };
}

export function pairWorries(
  worries: readonly Worry[],
  objectives: readonly Pairable[],
  hand: HandLinks = { linked: new Set(), unlinked: new Set() },
  model: AnsweredModel = TRAINED,
): WorryPairing {
  const { limited, weighed, nearestWorry } = weighWorries(worries, objectives, hand);
  const answered = new Set<string>();
  const link = (c: Candidate): WorryAnswer => ({
    objectiveId: objectives[c.oi].id,
    by: 'meaning',
    concerns: c.concerns,
  });
  const paired = weighed.map(
    ({ worry, answers, candidates, rowWatches, evidence }, wi): PairedWorry => {
      const best = candidates[0]?.score ?? 0;
      const strong = candidates.filter(
        (c) =>
          c.score >= THRESHOLD &&
          // An objective is written for one worry: when that worry is answered anyway, the
          // objective answers it too, however far behind the best it falls ("Ruby's attendance
          // to improve" beside a fuller attendance objective).
          (c.score >= NEAR_BEST * best || nearestWorry.get(c.oi)?.wi === wi),
      );
      if (answers.length > 0) {
        answers.push(...strong.map(link));
        for (const a of answers) answered.add(a.objectiveId);
        return { worry, answers };
      }
      const watching =
        rowWatches && worry.rowObjectiveId ? { rowOnlyWatches: worry.rowObjectiveId } : {};
      if (evidence) {
        const x = answeredFeatures(evidence, THRESHOLD);
        if (strong.length > 0 && chanceUnanswered(model, x) <= model.threshold) {
          // Answered by the strong matches. (Answering by the nearest when none is strong was
          // tried: it lost true warnings on tune8 and the blind plans, and was not kept.)
          answers.push(...strong.map(link));
          for (const a of answers) answered.add(a.objectiveId);
          return { worry, answers };
        }
      }
      const nearest = candidates.slice(0, NEAREST).map((c) => objectives[c.oi].id);
      return { worry, answers, ...watching, ...(nearest.length > 0 ? { nearest } : {}) };
    },
  );
  return {
    ...(limited ? { limited } : {}),
    worries: paired,
    unanswered: paired.filter((p) => p.answers.length === 0).map((p) => p.worry),
    // A row still to be decided ("TBC") is no objective yet: the checker says so on its card.
    unanchored:
      worries.length === 0
        ? []
        : objectives.filter((o) => !answered.has(o.id) && !saysNothing(o.text)).map((o) => o.id),
  };
}
