/** Small text helpers shared by the analysis and the rules. */

import { caseFreeRunner } from './case-free';

export interface Match {
  start: number;
  end: number;
  text: string;
}

/**
 * A title or column name without its gloss in brackets ("Personal outcome (what matters)" is
 * "Personal outcome"): the name decides what it holds, the gloss only when the name says nothing.
 */
export function withoutGloss(title: string): string {
  return title.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
}

/**
 * A heading's number, as Word documents and US case plans set them ("2.", "6.1", "II.", "Part
 * 3 –"): no part of its name, which the readers match from its first word ("II. CHILDREN'S NEEDS"
 * is "Children's needs").
 */
const SECTION_NUMBER =
  /^\W*(?:part\s+\d{1,2}\s*[-–—:.]?\s+|(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVX]{1,5}|[A-H])[.)]\s+|\d{1,3}(?:\.\d{1,3}){1,3}\s+)/i;

/** A heading's name: without its number or its gloss in brackets. */
export function headingName(title: string): string {
  return withoutGloss(title.replace(SECTION_NUMBER, ''));
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive, global RegExp matching any of the phrases as whole words; longer
 * phrases first so "as and when needed" wins over "as and when". Curly and straight
 * apostrophes are interchangeable, as Word and plain text disagree on them.
 */
export function phraseRegex(phrases: readonly string[], raw = false): RegExp {
  const sorted = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (sorted.length === 0) return /(?!)/g;
  const source = (p: string) =>
    raw ? p : escapeRegExp(p).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
  const body =
    raw || sorted.some((p) => NOT_ASCII.test(p))
      ? sorted.map(source).join('|')
      : byFirstCharacter(sorted, source);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Anything beyond ASCII but the curly apostrophe: such letters may fold together under /iu in
 * ways toLowerCase does not show.
 */
const NOT_ASCII = /[\u0080-\u2018\u201A-\uFFFF]/;

/**
 * The phrases as one alternation per first character: "the social worker|the school|tutor"
 * becomes "t(?:he social worker|he school|utor)". V8 tries an alternation's branches one by one
 * at every word start, so a list of 200 roles runs a third faster grouped. It matches what the
 * flat list matches: phrases with different first characters (ASCII, case aside; the two
 * apostrophes as one) can never both match at one place, and within a group the flat list's
 * order, longest first, is kept.
 */
function byFirstCharacter(phrases: string[], source: (p: string) => string): string {
  const groups = new Map<string, { first: string; rests: string[] }>();
  for (const p of phrases) {
    const apostrophe = p[0] === "'" || p[0] === '’';
    const key = apostrophe ? "'" : p[0].toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { first: apostrophe ? "['’]" : escapeRegExp(p[0]), rests: [] };
      groups.set(key, group);
    }
    group.rests.push(source(p.slice(1)));
  }
  return [...groups.values()]
    .map((g) =>
      g.rests.length === 1 ? g.first + g.rests[0] : `${g.first}(?:${g.rests.join('|')})`,
    )
    .join('|');
}

/**
 * The same pattern with the \b that opens every alternative tested once, before them all:
 * \bA|\bB matches exactly what \b(?:A|B) does, and V8 runs the second faster. Patterns whose
 * alternatives do not all open with \b are returned as they are.
 */
export function boundaryFirst(re: RegExp): RegExp {
  const alternatives = topLevelAlternatives(re.source);
  if (alternatives.length < 2 || !alternatives.every((a) => a.startsWith('\\b'))) return re;
  return new RegExp(`\\b(?:${alternatives.map((a) => a.slice(2)).join('|')})`, re.flags);
}

/** Marks a list item is bulleted with: dashes, arrows, boxes, ticks, and Word's symbol-font bullets. */
export const LIST_BULLET = String.raw`[-*>\u00B7\u00BB\u2013\u2014\u2022\u2023\u2043\u2192\u21D2\u2219\u25A0\u25A1\u25AA\u25B6\u25BA\u25C6\u25CB\u25CF\u25E6\u2610-\u2612\u2713\u2714\u2756\u27A2\u27A4\uF000-\uF0FF]`;

/**
 * An item's number: in figures ("3.", "(12)", "1a."), a letter ("a)", "(b)") or a small roman
 * numeral ("ii.", "iv)"); a capital with a full stop is left alone, as initials ("J. will") write it.
 */
export const LIST_NUMBER = String.raw`\(?(?:\d{1,3}[a-z]?[.)]|[a-h]\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)])`;

/**
 * The start of an objective up to its own bullet or number, if one was typed into the text:
 * patterns that read the first words of an objective begin with this. The checker's reading
 * (reading.ts) takes these away first; the pane's owner lookup reads the text as written.
 */
export const ITEM_LEAD = String.raw`^\s*(?:(?:${LIST_BULLET}|${LIST_NUMBER})\s+)?`;

/**
 * Words that may open a sentence, in either case, for a pattern that must keep its case
 * elsewhere (a verb is told by its lower-case first letter; a name by its capital).
 */
export function firstLetterEitherCase(phrases: string): string {
  return `(?:${phrases
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|')})`;
}

/** A plan's own words for its items, as headings and labels use them: "Goal 1:", "Outcome:". */
export const PLAN_LABEL_WORDS =
  'goal|objective|outcome|target|action|need|aim|step|area|priority|task|stage';

/** A pattern's source split at the | that are outside groups and classes. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * The text with each span written over by `fill` of the same length: offsets stay where they
 * were, and no pattern can match inside a span blanked out (a column label, a review point, a
 * gap left for the writer).
 */
export function blankSpans(
  text: string,
  spans: readonly { start: number; end: number }[],
  fill = ' ',
): string {
  let out = text;
  for (const s of spans)
    out = out.slice(0, s.start) + fill.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/**
 * The words just before a point: a pattern anchored there ("… if you ever", "to check that")
 * needs no more, and reading only so far keeps a long paste linear.
 */
export function wordsBefore(text: string, at: number, reach = 80): string {
  return text.slice(Math.max(0, at - reach), at);
}

/** " - ", " – ", " — ": the dash a table cell's note puts between its parts. */
export const SPACED_DASH = /\s[-\u2013\u2014]\s/;
const SPACED_DASHES = new RegExp(SPACED_DASH.source, 'g');

export function spacedDashes(text: string): Match[] {
  return allMatches(SPACED_DASHES, text);
}

/** Every match of a global pattern, each with its words as the text has them. */
export function allMatches(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  const run = caseFreeRunner(re, text);
  const asWritten = run.subject === text;
  run.re.lastIndex = 0;
  for (let m = run.re.exec(run.subject); m; m = run.re.exec(run.subject)) {
    if (m[0].length === 0) {
      run.re.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, text: asWritten ? m[0] : text.slice(m.index, end) });
  }
  return out;
}

export function overlaps(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The spans of a sorted list that do not overlap one another (found times, merged) which overlap
 * this span. Found by halving, so a paste of thousands of dates is not read against each of them
 * for every number in it.
 */
export function overlapping<T extends { start: number; end: number }>(
  sorted: readonly T[],
  span: { start: number; end: number },
): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid].end <= span.start) low = mid + 1;
    else high = mid;
  }
  const out: T[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < span.end; i++) out.push(sorted[i]);
  return out;
}

/** Normalises whitespace and quotes so keys and comparisons survive Word's typography. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Builds a rule's pattern once per options object: rule sets are compiled once and reused, so
 * the regular expression is too (building them on every check was most of its cost).
 */
export function memoise<K extends object, V>(cache: WeakMap<K, V>, key: K, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** A word as phrase lists see it: letters and digits, with apostrophes inside ("children's"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function words(text: string): Match[] {
  return allMatches(WORD, text).map((m) => ({
    ...m,
    text: m.text.toLowerCase().replace(/’/g, "'"),
  }));
}

/**
 * Finds any of many literal phrases (an organisation's services and words: up to a thousand of
 * two hundred characters) in linear time. One regular expression of them all grew past what V8
 * can compile; here the phrases are indexed by their first word and compared word by word, so
 * case, curly apostrophes and runs of spaces or punctuation between words do not matter.
 */
export function phraseMatcher(phrases: readonly string[]): (text: string) => Match[] {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const tokens = words(phrase).map((w) => w.text);
    if (tokens.length === 0) continue;
    const list = byFirst.get(tokens[0]) ?? [];
    list.push(tokens);
    byFirst.set(tokens[0], list);
  }
  // Longest first, so "the Freedom Programme group" wins over "the Freedom Programme".
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (text: string) => {
    if (byFirst.size === 0) return [];
    const ws = words(text);
    const out: Match[] = [];
    for (let i = 0; i < ws.length; i++) {
      const candidates = byFirst.get(ws[i].text);
      if (!candidates) continue;
      const hit = candidates.find(
        (c) => i + c.length <= ws.length && c.every((t, k) => ws[i + k].text === t),
      );
      if (!hit) continue;
      const end = ws[i + hit.length - 1].end;
      out.push({ start: ws[i].start, end, text: text.slice(ws[i].start, end) });
      i += hit.length - 1;
    }
    return out;
  };
}

/**
 * The words before a place in a text, back to the start of their sentence or clause (after ". ",
 * "; ", "! ", "? " or a line break), looking back at most `most` characters.
 */
export function sentenceBefore(text: string, at: number, most = at): string {
  const before = text.slice(Math.max(0, at - most), at);
  const stop = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('; '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
    before.lastIndexOf('\n'),
  );
  return before.slice(stop + 1);
}
