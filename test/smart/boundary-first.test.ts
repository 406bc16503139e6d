/** boundaryFirst (src/smart/text.ts) moves a \b shared by every alternative in front of them. */
import { boundaryFirst } from '../../src/smart/text';

const all = (re: RegExp, text: string): string[] =>
  [...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map(
    (m) => `${m.index}:${m[0]}`,
  );

describe('boundaryFirst', () => {
  it('hoists the \\b only when every top-level alternative opens with it', () => {
    expect(boundaryFirst(/\bweekly\b|\bevery (?:day|week)\b/gi).source).toBe(
      '\\b(?:weekly\\b|every (?:day|week)\\b)',
    );
    // A | inside a group or a class, or after an escape, does not split the pattern.
    expect(boundaryFirst(/\b(?:a|b)[|]x\||\bc/g).source).toBe('\\b(?:(?:a|b)[|]x\\||c)');
    const untouched = [/\ba|b/g, /a|\bb/g, /\bweekly/g, /(?:\ba|\bb)/g, /\\b|\\bx/g];
    for (const re of untouched) expect(boundaryFirst(re)).toBe(re);
  });

  it('keeps the flags and finds the same matches', () => {
    const re = /\bno (?:further|more)\b(?! than)|\bnever\b|\b\d+\s*x\s*(?:a|per)\b/giu;
    const hoisted = boundaryFirst(re);
    expect(hoisted.flags).toBe(re.flags);
    for (const text of [
      'No more than 3, never again; NEVER. 2x per week, 3 x a day, unnever, no further than',
      'ſever nevers never-ending 10x per',
    ])
      expect(all(hoisted, text)).toEqual(all(re, text));
  });
});
