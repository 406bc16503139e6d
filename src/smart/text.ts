/** Small text helpers shared by the analysis and the rules. */

export interface Match {
  start: number;
  end: number;
  text: string;
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
  const alternatives = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => (raw ? p : escapeRegExp(p).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+')));
  if (alternatives.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function allMatches(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function overlaps(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end;
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
