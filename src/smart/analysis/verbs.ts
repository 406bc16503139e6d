/**
 * Reads a clause's verb: the main verb after a modal (adverbs skipped), what follows "be" or
 * "have", whether it is passive or negated, and the base form the word lists hold.
 */
import {
  INPUT_PARTICIPLES,
  INPUT_VERBS,
  LY_VERBS,
  RESULT_VERBS_FOR_ADULTS,
  SKIP,
} from '../lexicon';

/** A clause's verb as read; every clause carries these fields. */
export interface VerbInfo {
  /** Lower-case main verb after the modal (adverbs skipped), e.g. "attend", "be". */
  verb: string;
  verbStart: number;
  verbEnd: number;
  /** The word after "be"/"have" etc., lower case. */
  complement: string;
  passive: boolean;
  negated: boolean;
}

/** A perception verb's passive before what is perceived: "seen to", "observed to", "said to". */
const RAISED =
  /^\s+(?:seen|observed|heard|noticed|reported|judged|found|considered|described|felt|thought|said|shown)\s+to\s+(?=(?:be|have|feel|use|show|enjoy|play|follow|manage|respond|interact|engage|make|share|ask|cope|settle)\b)/u;

const STARTS = new Set(['start', 'begin']);
const CONTINUES = new Set(['continue', 'continues']);
/** What "continue" takes as its object: "her treatment", "with the programme". */
const CONTINUED_OBJECT =
  /^\s+(?:with\s+)?(?:the|a|an|his|her|their|its|my|your|our|this|these|those|all|any|each|every)\s/i;

/** Everyday verbs a gerund may be of that the input lists do not hold. */
const KNOWN_BASES = new Set(['go', 'take', 'use', 'have', 'keep', 'see', 'get', 'make', 'come']);

/** The first of these stems a verb list holds: "visit" of "visited", "attend" of "attending". */
function listedStem(stems: readonly string[], also?: ReadonlySet<string>): string | undefined {
  return stems.find(
    (s) => INPUT_VERBS.has(s) || RESULT_VERBS_FOR_ADULTS.has(s) || also?.has(s) === true,
  );
}

/** A gerund's base form, where a word list knows it: "attending" -> "attend", "taking" -> "take". */
function gerundBase(word: string): string | undefined {
  const stem = word.slice(0, -3);
  return listedStem([stem, `${stem}e`, stem.slice(0, -1)], KNOWN_BASES);
}
const NO_VERB_AFTER =
  /^(?:\s*(?:[,.;:)]|$)|\s+(?:(?:by|on|in|at|from|within|before|after|until|till|when|once|as|next|this|today|tomorrow|immediately|straight away|again|weekly|monthly)(?!\p{L})|\d))/iu;

export function readVerb(text: string, from: number): VerbInfo {
  const re = /[\p{L}'’-]+/gu;
  re.lastIndex = from;
  let negated = false;
  let sawBe = false;
  let sawHave = false;
  let first: RegExpExecArray | null = null;
  let continued = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0].toLowerCase();
    // "[child] will [what will be different]": the verb itself is a gap, so nothing is stated.
    if (first === null && text.slice(from, m.index).includes('#'))
      return { verb: '', verbStart: from, verbEnd: from, complement: '', passive: false, negated };
    first ??= m;
    if (w === 'not' || w === 'never' || w === 'no') negated = true;
    if (w === 'be' || w === 'been' || w === 'is' || w === 'are' || w === 'was' || w === 'were') {
      sawBe = true;
      // "be seen to be happier", "is reported to have settled": what is seen is the clause's
      // verb, as "be happier" is; "be seen by the dentist" stays an input.
      const raised = RAISED.exec(text.slice(m.index + m[0].length));
      if (raised) {
        re.lastIndex = m.index + m[0].length + raised[0].length;
        sawBe = false;
        continue;
      }
      // "be able to X": the ability is the result; read on to X.
      const able = /^\s+able\s+to\s+([\p{L}-]+)/u.exec(text.slice(m.index + m[0].length));
      if (able) {
        return {
          verb: 'be',
          verbStart: m.index,
          verbEnd: m.index + 2,
          complement: 'able',
          passive: false,
          negated,
        };
      }
      const next = re.exec(text);
      if (!next)
        return {
          verb: 'be',
          verbStart: m.index,
          verbEnd: m.index + m[0].length,
          complement: '',
          passive: false,
          negated,
        };
      const nw = next[0].toLowerCase();
      const passive = INPUT_PARTICIPLES.has(nw) || /(?:ed|en)$/.test(nw);
      return {
        verb: 'be',
        verbStart: m.index,
        verbEnd: next.index + next[0].length,
        complement: nw,
        passive,
        negated,
      };
    }
    if (w === 'have' && !sawHave) {
      sawHave = true;
      const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(m.index + m[0].length));
      // "have completed all 17 weeks" is a perfect tense; "have supervised contact" is not.
      const after = next ? text.slice(m.index + m[0].length + next[0].length) : '';
      if (
        next &&
        /(?:ed|en|done|made|met|seen|kept|got)$/.test(next[1].toLowerCase()) &&
        !/^need/.test(next[1]) &&
        /^(?:\s*$|\s*[,.;]|\s+(?:the|a|an|all|his|her|their|its|at|to|with|in|on|by|for|from|\d|one|two|three|four|five|six|it|them|him|her|up|down|off|out|no))/i.test(
          after,
        )
      )
        continue;
      return {
        verb: 'have',
        verbStart: m.index,
        verbEnd: m.index + 4,
        complement: next?.[1].toLowerCase() ?? '',
        passive: false,
        negated,
      };
    }
    // "will start to attend": the verb comes after. "Counselling will start by 15/01/2027":
    // nothing verb-like follows, so starting is itself what is said. ("Continue" stays skipped:
    // "will continue at school" says where the child stays, which "continue" alone would not.)
    if (
      SKIP.has(w) &&
      !sawBe &&
      !(STARTS.has(w) && NO_VERB_AFTER.test(text.slice(m.index + m[0].length))) &&
      // "will continue her treatment", "continue with the programme": what is continued is its
      // object, so "continue" is the verb; "continue to attend", "continue attending" read on.
      !(CONTINUES.has(w) && CONTINUED_OBJECT.test(text.slice(m.index + m[0].length)))
    ) {
      if (CONTINUES.has(w)) continued = true;
      continue;
    }
    // "will independently prepare", "to usually arrive": an adverb before the verb.
    if (!sawBe && /^[a-z]{3,}ly$/.test(w) && !LY_VERBS.has(w)) continue;
    return {
      // "continue attending her sessions": the gerund after "continue" is the verb, read in its
      // base form as the word lists hold it.
      verb: (continued && w.endsWith('ing') && gerundBase(w)) || w,
      verbStart: m.index,
      verbEnd: m.index + m[0].length,
      complement: '',
      passive: false,
      negated,
    };
  }
  const at = first?.index ?? from;
  return { verb: '', verbStart: at, verbEnd: at, complement: '', passive: false, negated };
}

/**
 * A verb of more than one word, read as the one verb it means: "take part" is "participate";
 * "come to", "come along to", "turn up" and "show up" are "attend". The phrase ends after its
 * last word but "to", so that what is attended ("to school", "to court") reads as after "attend".
 */
export function phrasalVerb(
  text: string,
  c: { verb: string; verbEnd: number },
): { verb: string; end: number } {
  const base = lemma(c.verb);
  const after = text.slice(c.verbEnd, c.verbEnd + 20);
  if (base === 'take') {
    const part = /^\s+part\b/i.exec(after);
    if (part) return { verb: 'participate', end: c.verbEnd + part[0].length };
  } else if (base === 'come' || base === 'came') {
    const along = /^(\s+along)?(?=\s+to\b)/i.exec(after);
    if (along) return { verb: 'attend', end: c.verbEnd + (along[1]?.length ?? 0) };
  } else if (base === 'turn' || base === 'show' || base === 'turned' || base === 'showed') {
    const up = /^\s+up\b/i.exec(after);
    if (up) return { verb: 'attend', end: c.verbEnd + up[0].length };
  } else if (base === 'be' && /\bin$/i.test(text.slice(c.verbEnd - 3, c.verbEnd))) {
    // "will be in place": the phrase is "be in place", not "be in".
    const place = /^\s+place\b/i.exec(after);
    if (place) return { verb: base, end: c.verbEnd + place[0].length };
  } else if (base === 'appear') {
    // "appear before the judge every two weeks", "appear in court": a hearing attended.
    if (APPEAR_AT_HEARING.test(text.slice(c.verbEnd, c.verbEnd + 40)))
      return { verb: 'attend', end: c.verbEnd };
  }
  return { verb: base, end: c.verbEnd };
}

const APPEAR_AT_HEARING =
  /^\s+(?:before|in|at)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:judge|court|magistrates?|bench|panel|tribunal|hearing|sheriff)\b/i;

/** Where the verb's phrase ends: after "part" in "take part", "up" in "turn up". */
export function verbPhraseEnd(text: string, c: { verb: string; verbEnd: number }): number {
  return phrasalVerb(text, c).end;
}

/** Third-person and past forms back to the base verb the word lists hold: "takes" -> "take". */
export function lemma(word: string): string {
  // Endings are compared as strings: this runs for every clause, often more than once.
  let w = word.toLowerCase();
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w === 'is' || w === 'are' || w === 'was' || w === 'were') return 'be';
  if (w === 'has' || w === 'had') return 'have';
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.length < 4) return w;
  // "have visited" reads as "visit": the perfect tense is the same action, done.
  if (w.endsWith('ed')) {
    const base = listedStem([w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)]);
    if (base !== undefined) return base;
  }
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes') || w.endsWith('oes'))
    return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
