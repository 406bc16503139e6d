/**
 * phraseRegex (src/smart/text.ts) groups a phrase list by first character; it must
 * match exactly what the flat list of alternatives (longest first) matches.
 */
import * as lexicon from '../../src/smart/lexicon';
import { escapeRegExp, phraseRegex } from '../../src/smart/text';

/** The list as it was built before the tree: one alternative per phrase, longest first. */
function flat(phrases: readonly string[]): RegExp {
  const alternatives = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const matches = (re: RegExp, text: string): string[] =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

const LISTS: Record<string, readonly string[]> = {
  roles: [...lexicon.PROFESSIONAL_ROLES, ...lexicon.PARENT_ROLES],
  collectives: lexicon.COLLECTIVES,
  vagueTimes: lexicon.VAGUE_TIMES,
  absolutes: lexicon.ABSOLUTES,
  genericServices: lexicon.GENERIC_SERVICES,
  // A phrase that ends where a shorter-written one goes on must still be tried in its turn.
  tricky: [
    'a        b',
    'a b c',
    'as and when needed',
    'as and when',
    'CAMHS',
    'camhs',
    "children's services",
    'children’s',
    'co-ordinator',
    'a.b',
    '100%',
    '1 to 1',
    'X Y Z',
    'x',
  ],
};

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('phraseRegex', () => {
  it.each(Object.keys(LISTS))('matches what the flat list matches: %s', (name) => {
    const list = LISTS[name];
    const tree = phraseRegex(list);
    const reference = flat(list);
    const noise = [' ', '  ', '\t', ',', '.', "'", '’', '-', 'ſ', 'K', 'é', '1', '(', '𝐀', '😀'];
    const fragments = [
      ...list.flatMap((p) => [
        p,
        p.toUpperCase(),
        p.replace(/s/g, 'ſ'),
        p.replace(/ /g, '  '),
        p.replace(/'/g, '’'),
        p.slice(0, -2),
      ]),
      ...noise,
    ];
    const next = random(name.length);
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let j = 1 + Math.floor(next() * 6); j > 0; j--)
        text +=
          fragments[Math.floor(next() * fragments.length)] +
          (next() < 0.6 ? ' ' : noise[Math.floor(next() * noise.length)]);
      expect({ text, found: matches(tree, text) }).toEqual({
        text,
        found: matches(reference, text),
      });
    }
  });

  it('keeps the flat list for phrases with letters beyond ASCII', () => {
    expect(phraseRegex(['café', 'cafe au lait']).source).toBe(
      flat(['café', 'cafe au lait']).source,
    );
  });
});
