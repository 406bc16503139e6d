/**
 * A phrase list written as prose: comma-separated, line breaks ignored. A phrase may give
 * alternatives in braces, each read as a phrase of its own: "why {she|he|they} could not stay" is
 * the three phrases, so the list says once what it means for everyone.
 */
export function list(text: string): string[] {
  return text
    .split(',')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap(expand);
}

function expand(phrase: string): string[] {
  const m = /\{([^{}]*)\}/.exec(phrase);
  if (!m) return [phrase];
  const before = phrase.slice(0, m.index);
  const after = phrase.slice(m.index + m[0].length);
  return m[1]
    .split('|')
    .flatMap((alt) => expand(`${before}${alt}${after}`.replace(/\s+/g, ' ').trim()));
}
