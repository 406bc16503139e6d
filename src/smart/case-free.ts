/**
 * Case-insensitive patterns run as case-sensitive ones over lower-cased text.
 *
 * V8 compiles a large pattern to machine code the first time it runs, and with the /i flag that
 * takes two to four times as long: every letter becomes a test for both cases. The checker's
 * largest patterns are /i, so a fresh process (the command line checking one objective, or the
 * task pane's first check) spent some 120 ms on its first run of the patterns, nearly all of it
 * compiling /i ones. Their twins here match what they match, over the text with its ASCII
 * capitals made small, and compile in a third of the time: the command line's one-objective
 * check now takes about 70 ms less CPU time. Running a compiled pattern is no faster either way.
 *
 * A twin is only made where it matches exactly what the /i pattern does: letters in the pattern
 * are ASCII (or have no case), no class names a case ("\p{Lu}"), no range half-covers a case
 * ("[!-Z]"), and there are no back-references (which compare with case folded). Under /iu,
 * "s" also matches the long s (ſ) and "k" the kelvin sign (K): the text made small for such a
 * twin maps those two as well. Anything else keeps its own pattern.
 */

/** A pattern's twin: its source made small, without /i, and whether it captures groups. */
interface Twin {
  re: RegExp;
  /** Groups would hold the small text's letters, so only a whole match maps back. */
  captures: boolean;
}

/** Twins of the patterns run so far, found again at once. */
const BY_PATTERN = new WeakMap<RegExp, Twin | null>();
/**
 * Twins by source, for each set of flags: a pattern written inside a function, or built from a
 * plan's names, is a new object at every call with the same source.
 */
const BY_SOURCE = new Map<string, Map<string, Twin | null>>();
/** Far more than the checker's patterns and a plan's names; past it the cache starts afresh. */
const MAX_TWINS = 5_000;
let twinCount = 0;

/** Property escapes that match the same letters whatever their case. */
const CASELESS_PROPERTIES = new Set([
  'L',
  'Letter',
  'N',
  'Number',
  'Nd',
  'P',
  'Punctuation',
  'Pd',
  'Z',
  'Zs',
  'S',
]);

/** Escapes that stand for themselves or a class no case changes. */
const CLASS_ESCAPES = new Set([
  'b',
  'B',
  's',
  'S',
  'd',
  'D',
  'w',
  'W',
  'n',
  'r',
  't',
  'f',
  'v',
  '0',
]);

function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** A character no case changes, and that no other character folds to. */
function caseless(code: number): boolean {
  if (code < 0x80) return !isAsciiUpper(code) && !isAsciiLower(code);
  // The two that fold onto ASCII letters under /iu.
  if (code === 0x17f || code === 0x212a) return false;
  const c = String.fromCodePoint(code);
  return c.toLowerCase() === c && c.toUpperCase() === c;
}

/**
 * A range in a class, [from-to], as the twin writes it, or undefined if no twin can. Each end is
 * given as written in the pattern, which keeps its escapes valid with or without /u.
 */
function twinRange(from: number, to: number, written: string): string | undefined {
  if (isAsciiLower(from) && isAsciiLower(to)) return written;
  if (isAsciiUpper(from) && isAsciiUpper(to))
    return `${String.fromCharCode(from + 32)}-${String.fromCharCode(to + 32)}`;
  // A range of many characters is checked one by one, once, when its pattern first runs.
  for (let c = from; c <= to; c++) if (!caseless(c)) return undefined;
  return written;
}

/**
 * Reads one escape at source[i] (the backslash): the code point it stands for, or a class
 * written as is, and where it ends.
 */
function readEscape(
  source: string,
  i: number,
): { code?: number; written?: string; end: number } | undefined {
  const n = source[i + 1];
  if (n === undefined) return undefined;
  // "\u{…}" is a code point under /u and "u" repeated without it: left to the pattern itself.
  if (n === 'u' && source[i + 2] === '{') return undefined;
  if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6)))
    return { code: parseInt(source.slice(i + 2, i + 6), 16), end: i + 6 };
  if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4)))
    return { code: parseInt(source.slice(i + 2, i + 4), 16), end: i + 4 };
  if (n === 'p' || n === 'P') {
    const close = source.indexOf('}', i);
    if (source[i + 2] !== '{' || close < 0) return undefined;
    if (!CASELESS_PROPERTIES.has(source.slice(i + 3, close))) return undefined;
    return { written: source.slice(i, close + 1), end: close + 1 };
  }
  if (CLASS_ESCAPES.has(n)) return { written: source.slice(i, i + 2), end: i + 2 };
  // Back-references (\1, \k<name>), control letters (\cX) and any other lettered escape are
  // left to the /i pattern.
  if (/[1-9A-Za-z]/.test(n)) return undefined;
  return { code: n.codePointAt(0) ?? 0, end: i + 1 + n.length };
}

/** One character as the twin writes it: ASCII letters small, others only if caseless. */
function twinCharacter(code: number, written: string): string | undefined {
  if (isAsciiUpper(code)) return String.fromCharCode(code + 32);
  if (isAsciiLower(code)) return written;
  return caseless(code) ? written : undefined;
}

/**
 * The parts of a pattern a twin may change or must check: an escape, a class, a group's opening,
 * an ASCII capital, a character beyond ASCII. The runs between them are written as they are.
 */
const PART =
  /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[pP]\{[^}]*\}|[\s\S])|\[\^?(?:\\[\s\S]|[^\]\\])*\]|\((?:\?<(?=[A-Za-z_$])[^>]*>|(?!\?))|[A-Z]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0080-\uFFFF]/g;

/** The twin's source and whether it captures, or undefined where no exact twin exists. */
export function twinSource(source: string): { source: string; captures: boolean } | undefined {
  let captures = false;
  let exact = true;
  const out = source.replace(PART, (part) => {
    if (part[0] === '(') {
      captures = true;
      return part;
    }
    if (part[0] === '[' && part.length > 1) {
      const inside = twinClass(part);
      if (inside === undefined) exact = false;
      return inside ?? part;
    }
    if (part[0] === '\\') {
      const e = readEscape(part, 0);
      if (!e) exact = false;
      else if (e.written !== undefined) return e.written;
      else {
        const c = twinCharacter(e.code ?? 0, part);
        if (c !== undefined) return c;
        exact = false;
      }
      return part;
    }
    const c = twinCharacter(part.codePointAt(0) ?? 0, part);
    if (c === undefined) exact = false;
    return c ?? part;
  });
  return exact ? { source: out, captures } : undefined;
}

/** A class, "[...]" whole, as the twin writes it, or undefined if no twin can. */
function twinClass(written: string): string | undefined {
  const negated = written[1] === '^';
  let out = negated ? '[^' : '[';
  const last = written.length - 1;
  for (let i = negated ? 2 : 1; i < last;) {
    const from = readClassAtom(written, i);
    if (!from) {
      // A class escape ("\w", "\p{L}") stands for itself.
      const e = readEscape(written, i);
      if (!e || e.written === undefined) return undefined;
      out += e.written;
      i = e.end;
      continue;
    }
    if (written[from.end] === '-' && from.end + 1 < last) {
      const to = readClassAtom(written, from.end + 1);
      if (!to) return undefined;
      const range = twinRange(from.code, to.code, written.slice(i, to.end));
      if (range === undefined) return undefined;
      out += range;
      i = to.end;
      continue;
    }
    const c = twinCharacter(from.code, written.slice(i, from.end));
    if (c === undefined) return undefined;
    out += c;
    i = from.end;
  }
  return `${out}]`;
}

/** A class's single character at source[i], as a range's second end. */
function readClassAtom(source: string, i: number): { code: number; end: number } | undefined {
  if (source[i] === '\\') {
    const e = readEscape(source, i);
    if (!e || e.code === undefined) return undefined;
    return { code: e.code, end: e.end };
  }
  const code = source.codePointAt(i);
  if (code === undefined) return undefined;
  return { code, end: i + (code > 0xffff ? 2 : 1) };
}

/** The pattern's case-sensitive twin for small text, or undefined if it has none (or needs none). */
function twinOf(re: RegExp): Twin | undefined {
  if (!re.ignoreCase) return undefined;
  let twin = BY_PATTERN.get(re);
  if (twin === undefined) {
    let bySource = BY_SOURCE.get(re.flags);
    if (!bySource) BY_SOURCE.set(re.flags, (bySource = new Map()));
    twin = bySource.get(re.source);
    if (twin === undefined) {
      if (++twinCount > MAX_TWINS) {
        BY_SOURCE.clear();
        twinCount = 1;
        BY_SOURCE.set(re.flags, bySource);
        bySource.clear();
      }
      const made = twinSource(re.source);
      twin = made
        ? { re: new RegExp(made.source, re.flags.replace('i', '')), captures: made.captures }
        : null;
      bySource.set(re.source, twin);
    }
    BY_PATTERN.set(re, twin);
  }
  return twin ?? undefined;
}

/** Characters toLowerCase maps in ways /i does not: to two code units, or onto ASCII. */
const LOWERS_UNLIKE_I = /[\u0130\u017F\u212A]/;

let lastText = '';
let lastSmall = '';
let lastUnicodeSmall: string | undefined;

/**
 * The text with its capitals made small, the same length, so every index stands. Letters beyond
 * ASCII made small as well change nothing a twin can match (it has none with a case); the three
 * that toLowerCase treats otherwise than /i are handled one by one.
 */
function small(text: string, unicode: boolean): string {
  if (text !== lastText) {
    lastText = text;
    lastSmall = LOWERS_UNLIKE_I.test(text)
      ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase())
      : text.toLowerCase();
    lastUnicodeSmall = undefined;
  }
  if (!unicode) return lastSmall;
  lastUnicodeSmall ??= lastSmall.replace(/[\u017F\u212A]/g, (c) => (c === '\u017F' ? 's' : 'k'));
  return lastUnicodeSmall;
}

/**
 * What to run for a global or sticky pattern over the text: its twin over the small text where
 * one exists, otherwise the pattern itself over the text. Matches' indices and lengths are the
 * same either way; their words are the small text's, so take them from the text by index. A
 * caller that reads groups (`readsGroups`) gets the pattern itself if it captures any.
 */
export function caseFreeRunner(
  re: RegExp,
  text: string,
  readsGroups = false,
): { re: RegExp; subject: string } {
  const twin = twinOf(re);
  if (!twin || (readsGroups && twin.captures)) return { re, subject: text };
  return { re: twin.re, subject: small(text, twin.re.unicode) };
}
