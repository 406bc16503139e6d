/**
 * Clauses read from a tagger's tags rather than from patterns over the words: a clause is a verb
 * group (a modal and its verb, "X to <verb>", or a finite verb), its subject is the noun phrase
 * the tags put right before it, and what kind of person that is comes from the same role and
 * name lists the hand-written reading uses.
 */
import { INPUT_PARTICIPLES } from '../../lexicon';
import type { Clause } from '../clauses';
import { classifySubject, type Reading, type Subject } from '../subjects';
import type { Token } from './tokens';

/** A clause with the tokens the outcome decision reads. */
export interface TaggedClause {
  clause: Clause;
  /** Index of the main verb's token, or -1 when the verb is a gap. */
  verbAt: number;
  /** Index of the token after the verb group, where its object starts. */
  afterVerb: number;
}

const MODALS = new Set([
  'will',
  'shall',
  'should',
  'must',
  'would',
  'can',
  'could',
  'may',
  'might',
]);
/** Verbs that hand on to the verb after "to": "needs to attend", "is expected to visit". */
const CATENATIVES = new Set(['need', 'want', 'hope', 'plan', 'aim', 'like', 'expect', 'go']);
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'does', 'do']);
const NP_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'SYM', 'X']);
const NP_PUNCT = new Set(['[', ']', '(', ')', "'", '’', '_', '__', '___', '&']);
/** Verbs whose object is a clause: "ensure the children are collected", "show Reggie is settled". */
const EMBEDDING = new Set([
  'ensure',
  'show',
  'confirm',
  'report',
  'see',
  'find',
  'tell',
  'say',
  'check',
  'evidence',
]);
const RESULT_INTRO = /^(?:so|that)$/;

const isModal = (t: Token | undefined): boolean => t?.pos === 'AUX' && MODALS.has(t.lemma);
const isVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';
const isTo = (t: Token | undefined): boolean => t?.lower === 'to' && t.pos === 'PART';
const inNounPhrase = (t: Token): boolean =>
  (NP_TAGS.has(t.pos) && !(t.pos === 'PRON' && /^(?:who|which|that)$/.test(t.lower))) ||
  NP_PUNCT.has(t.text) ||
  (t.pos === 'PART' && /^['’]s?$/.test(t.text));

/** Where a head's verb group starts and where its main verb is read from. */
interface Head {
  /** First token of the verb group (the subject ends before it). */
  anchor: number;
  /** First token after the modal or "to". */
  from: number;
  modal: boolean;
}

/** Finds every verb group, left to right, never starting one inside another. */
function findHeads(tokens: Token[]): { head: Head; verb: VerbRead }[] {
  const out: { head: Head; verb: VerbRead }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let head: Head | undefined;
    if (isModal(t)) head = { anchor: i, from: i + 1, modal: true };
    else if (isTo(t) && isVerb(tokens[i + 1]) && opensWithTo(tokens, i))
      head = { anchor: i, from: i + 1, modal: true };
    else if (isFinite(tokens, i)) head = { anchor: i, from: i, modal: false };
    if (!head) continue;
    const verb = readGroup(tokens, head.from);
    out.push({ head, verb });
    i = Math.max(i, verb.afterVerb - 1);
  }
  return out;
}

/** "To read with more confidence", "Ruby to be ready": "to" opens the objective's first clause. */
function opensWithTo(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.pos === 'PUNCT' && /^[:\-–—•*]$/.test(t.text)) return true;
    if (!inNounPhrase(t) && !(t.pos === 'CCONJ' && k > 0)) return false;
  }
  return true;
}

/** A verb that carries tense itself: "Sam reads", "the children are", "Mum has". */
function isFinite(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || !inNounPhrase(prev)) return false;
  if (t.pos === 'AUX') return FINITE_AUX.has(t.lower);
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  // "the children's needs": after a possessive comes a noun, whatever the tag says.
  if (prev.pos === 'PART') return false;
  if (t.lower.endsWith('s') && t.lemma !== t.lower) return true;
  // "the children achieve", "they settle": a plural subject takes the base form.
  return (
    t.lemma === t.lower &&
    ((prev.pos === 'NOUN' && prev.lemma !== prev.lower) ||
      (prev.pos === 'PRON' && /^(?:they|we|you|i)$/.test(prev.lower)))
  );
}

interface VerbRead {
  verbAt: number;
  afterVerb: number;
  verb: string;
  complement: string;
  passive: boolean;
  negated: boolean;
}

/** Reads the main verb of a group: past adverbs and "not", through "be", "have" and "need to". */
function readGroup(tokens: Token[], from: number): VerbRead {
  let negated = false;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '#')
      return { verbAt: -1, afterVerb: i, verb: '', complement: '', passive: false, negated };
    if (t.pos === 'ADV' || t.pos === 'PART') {
      if (/^(?:not|n't|never|no)$/.test(t.lower)) negated = true;
      continue;
    }
    if (t.pos === 'AUX' && t.lemma === 'do') continue;
    if (t.pos === 'AUX' && t.lemma === 'be') {
      let j = i + 1;
      while (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'PART') {
        if (/^(?:not|n't|never)$/.test(tokens[j].lower)) negated = true;
        j++;
      }
      const next = tokens[j];
      // "The meeting is to be held": "is to" hands on like a modal.
      if (isTo(next) && isVerb(tokens[j + 1])) return readGroup(tokens, j + 1);
      // "is going to attend", "will be attending": the -ing verb is the verb.
      if (next?.pos === 'VERB' && next.lower.endsWith('ing')) return readMain(tokens, j, negated);
      if (!next || next.pos === 'PUNCT')
        return { verbAt: i, afterVerb: i + 1, verb: 'be', complement: '', passive: false, negated };
      const passive =
        (next.pos === 'VERB' && next.lower !== next.lemma) || INPUT_PARTICIPLES.has(next.lower);
      return {
        verbAt: i,
        afterVerb: j + 1,
        verb: 'be',
        complement: next.lower,
        passive,
        negated,
      };
    }
    if (t.pos === 'AUX' && t.lemma === 'have') {
      const next = tokens[i + 1];
      // "have completed the course": the perfect tense is the same action, done.
      if (next?.pos === 'VERB' && next.lower !== next.lemma && !next.lower.endsWith('ing'))
        return readMain(tokens, i + 1, negated);
      return {
        verbAt: i,
        afterVerb: i + 1,
        verb: 'have',
        complement: next?.lower ?? '',
        passive: false,
        negated,
      };
    }
    // After a modal a verb comes next, whatever the tagger made of it ("will bed down").
    return readMain(tokens, i, negated);
  }
  return {
    verbAt: -1,
    afterVerb: tokens.length,
    verb: '',
    complement: '',
    passive: false,
    negated,
  };
}

function readMain(tokens: Token[], i: number, negated: boolean): VerbRead {
  const t = tokens[i];
  // "needs to attend", "is going to visit": the verb after "to" says what is done.
  if (CATENATIVES.has(t.lemma) && isTo(tokens[i + 1]) && isVerb(tokens[i + 2]))
    return readGroup(tokens, i + 2);
  return {
    verbAt: i,
    afterVerb: i + 1,
    verb: t.lower,
    complement: '',
    passive: false,
    negated,
  };
}

/** The noun phrase right before a verb group: its tokens' first and last index. */
function subjectTokens(tokens: Token[], anchor: number): { first: number; stop: number } {
  // "your own social worker who will see you": the subject is the noun the pronoun stands for.
  if (tokens[anchor - 1]?.pos === 'PRON' && tokens[anchor - 1].lower === 'who')
    return subjectTokens(tokens, anchor - 1);
  let k = anchor - 1;
  // "Mum also will", "Sam now reads": an adverb between subject and verb.
  while (k >= 0 && tokens[k].pos === 'ADV' && k > 0 && inNounPhrase(tokens[k - 1])) k--;
  // "Josh will", "Sue will": a capitalised word right before a modal is a name, whatever its tag.
  if (k === anchor - 1 && k >= 0 && /^[A-Z][a-z]+$/.test(tokens[k].text) && isModal(tokens[anchor]))
    k--;
  const last = k;
  while (k >= 0) {
    const t = tokens[k];
    // "make sure the children": a determiner opens its noun phrase; only "all the" goes on.
    if (
      t.pos === 'DET' &&
      k < last &&
      tokens[k - 1]?.pos !== 'DET' &&
      tokens[k - 1]?.pos !== 'CCONJ'
    ) {
      k--;
      break;
    }
    if (inNounPhrase(t)) {
      k--;
      continue;
    }
    // "Mum and Dad": "and" joins two nouns into one subject.
    if (t.pos === 'CCONJ' && k > 0 && inNounPhrase(tokens[k - 1]) && k < last) {
      k--;
      continue;
    }
    break;
  }
  return { first: k + 1, stop: k };
}

/** Reads the clauses; the caller decides each clause's outcome. */
export function taggedClauses(
  reading: Reading,
  tokens: Token[],
  commandAt: number,
): TaggedClause[] {
  const { text } = reading;
  const heads = findHeads(tokens);
  const out: TaggedClause[] = [];
  let previous: Subject | undefined;
  for (let h = 0; h < heads.length; h++) {
    const { head, verb } = heads[h];
    const found = subjectTokens(tokens, head.anchor);
    // "Support the family to ...": the opening command is not part of the subject after it.
    let first = found.first <= commandAt ? commandAt + 1 : found.first;
    const stop = first - 1;
    // "By the end of Key Stage 4 Mohammed will": a time before the subject is not part of it.
    while (
      first < head.anchor &&
      reading.times.some((t) => t.start <= tokens[first].start && t.end >= tokens[first].end)
    )
      first++;
    const stopper = tokens[stop];
    let subject: Subject =
      first < head.anchor
        ? classifySubject(reading, { start: tokens[first].start, end: tokens[head.anchor - 1].end })
        : { kind: 'none', start: tokens[head.anchor].start, end: tokens[head.anchor].start };
    const joined = stopper && (stopper.pos === 'CCONJ' || stopper.text === ',');
    if (subject.kind === 'none' && previous && joined) subject = previous;
    // "The parents agree that they will not drink": the pronoun is the subject before it.
    if (
      previous &&
      previous.kind !== 'child' &&
      /^(?:he|she|they)$/i.test(text.slice(subject.start, subject.end))
    )
      subject = { ...previous, start: subject.start, end: subject.end };
    // "To read ...", "Will name 5 colours", "By March, will ...": no subject is the child.
    if (subject.kind === 'none' && out.length === 0 && isOpening(tokens, stop)) {
      const at = tokens[head.from]?.start ?? text.length;
      subject = { kind: 'child', start: at, end: at, implicit: true };
    }
    const result =
      stopper !== undefined &&
      RESULT_INTRO.test(stopper.lower) &&
      (stopper.lower === 'so' || /^(?:so|order)$/.test(tokens[stop - 1]?.lower ?? ''));
    // "ensure the children are collected", "so that Ruby arrives": a clause inside a clause.
    const embedded =
      !head.modal &&
      stopper !== undefined &&
      ((stopper.pos === 'VERB' && EMBEDDING.has(stopper.lemma)) ||
        (stopper.lower === 'sure' && tokens[stop - 1]?.lemma === 'make') ||
        stopper.lower === 'that' ||
        stopper.lower === 'so');
    // "problems that may come up", "targets which are reviewed": a relative clause describes
    // a noun; it states nothing of its own.
    if (/^(?:that|which)$/.test(tokens[head.anchor - 1]?.lower ?? '')) continue;
    if (!head.modal && subject.kind === 'none') continue;
    // "If the child becomes ill, ...", "when you are looked after": a condition or a time, not
    // something the plan states; a finite verb counts as the main clause, after "that" or "so",
    // or as what a verb asks for ("ensure the children are collected").
    if (!head.modal && !embedded && !(out.length === 0 && isOpening(tokens, stop))) continue;
    const end = h + 1 < heads.length ? tokens[heads[h + 1].head.anchor].start : text.length;
    const clause = makeClause(tokens, subject, verb, end, result, embedded);
    out.push({ clause, verbAt: verb.verbAt, afterVerb: verb.afterVerb });
    if (subject.kind !== 'none') previous = subject;
    // "Dad will meet his worker and reduce his drinking": a second verb shares the subject.
    for (let k = verb.afterVerb; k < tokens.length && tokens[k].start < end; k++) {
      const t = tokens[k];
      if (!(t.pos === 'CCONJ' && /^(?:and|then)$/.test(t.lower))) continue;
      let j = k + 1;
      while (tokens[j]?.pos === 'ADV') j++;
      const v = tokens[j];
      if (v?.pos !== 'VERB' || v.lemma !== v.lower) continue;
      const second = readMain(tokens, j, false);
      out.push({
        clause: makeClause(tokens, subject, second, end, result, false),
        verbAt: second.verbAt,
        afterVerb: second.afterVerb,
      });
    }
  }
  return out;
}

/** Nothing before the clause but a bullet, a label, or a fronted phrase ending in a comma. */
function isOpening(tokens: Token[], stop: number): boolean {
  if (stop < 0) return true;
  const t = tokens[stop];
  return t.pos === 'PUNCT' && /^[,:\-–—•*.)]$/.test(t.text);
}

function makeClause(
  tokens: Token[],
  subject: Subject,
  v: VerbRead,
  end: number,
  result: boolean,
  embedded: boolean,
): Clause {
  const verbTok = tokens[v.verbAt];
  const lastTok = tokens[v.afterVerb - 1];
  const verbStart = verbTok?.start ?? tokens[v.afterVerb]?.start ?? end;
  const verbEnd = verbTok
    ? v.verb === 'be' && v.complement
      ? lastTok.end
      : verbTok.end
    : verbStart;
  return {
    subject,
    verb: v.verb,
    verbStart,
    verbEnd,
    complement: v.complement,
    passive: v.passive,
    negated: v.negated,
    end,
    result,
    isOutcome: false,
    ...(embedded ? { embedded: true } : {}),
  };
}
