/**
 * The checker's case-insensitive patterns run as case-sensitive twins over the text with its
 * capitals made small, which a fresh process compiles in a third of the time
 * (src/smart/case-free.ts). Whatever a twin is run on, what is found must be what the pattern
 * itself finds: the same places and the words as written, in any capitals, with letters beyond
 * ASCII, and with the two characters that fold onto ASCII letters under /iu.
 */
import * as lexicon from '../../src/smart/lexicon';
import { twinSource } from '../../src/smart/case-free';
import { TIME_PATTERNS } from '../../src/smart/dates';
import { allMatches, phraseRegex, type Match } from '../../src/smart/text';
import { readTexts } from '../helpers/labelled-texts';

/** What the pattern itself finds, run directly with its /i. */
function ownMatches(re: RegExp, text: string): Match[] {
  const own = new RegExp(re.source, re.flags);
  const out: Match[] = [];
  for (let m = own.exec(text); m; m = own.exec(text)) {
    if (m[0].length === 0) {
      own.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const RAW_PATTERN_LISTS = new Set([
  'EVIDENCE_PATTERNS',
  'BENCHMARK_PATTERNS',
  'CRISP_EVENT_PATTERNS',
]);

/** The time patterns and a pattern of every word list, as the checker builds them. */
const PATTERNS: [string, RegExp][] = [
  ...TIME_PATTERNS.map((p, i): [string, RegExp] => [`time pattern ${i}`, p.re]),
  ...Object.entries(lexicon).flatMap(([name, value]): [string, RegExp][] =>
    Array.isArray(value) && value.every((v) => typeof v === 'string')
      ? [[name, phraseRegex(value as string[], RAW_PATTERN_LISTS.has(name))]]
      : [],
  ),
];

const EXOTIC = [
  'MUM WILL TAKE AMY TO SCHOOL EVERY DAY BY 8.45AM UNTIL THE REVIEW ON 14/05/2027.',
  'Zoë and ÉLODIE will see the İmam WEEKLY; Jan’s Dad will visit Each Week.',
  // The long s and the kelvin sign fold onto "s" and "k" under /iu, and onto nothing under /i.
  'Leo will attend \u017Fchool \u017Fessions and the \u212Aelvin group every wee\u212A for \u017Fix weeks.',
  'SOCIAL WORKER to visit FORTNIGHTLY; Health Visitor Weekly; GP REGISTRATION by 1 MARCH.',
];

describe('case-insensitive patterns run as small-text twins', () => {
  const texts = readTexts();
  const sample = [
    ...texts,
    ...texts.filter((_, i) => i % 25 === 0).map((t) => t.toUpperCase()),
    ...EXOTIC,
  ];

  it('has patterns and texts to compare', () => {
    expect(PATTERNS.length).toBeGreaterThan(40);
    expect(
      PATTERNS.filter(([, re]) => re.ignoreCase && twinSource(re.source)).length,
    ).toBeGreaterThan(40);
    expect(sample.length).toBeGreaterThan(1000);
  });

  it.each(PATTERNS)('%s finds what it finds with /i, in the words as written', (_, re) => {
    const differ = sample.filter(
      (text) => JSON.stringify(allMatches(re, text)) !== JSON.stringify(ownMatches(re, text)),
    );
    expect(differ).toEqual([]);
  });

  it('reads the long s and the kelvin sign as /iu and /i do', () => {
    const text = EXOTIC[2];
    for (const re of [/ses+ions|week\b/giu, /ses+ions|week\b/gi, /[a-z]+/giu, /[a-z]+/gi]) {
      expect(allMatches(re, text)).toEqual(ownMatches(re, text));
    }
    expect(allMatches(/school/giu, text).map((m) => m.text)).toEqual(['ſchool']);
    expect(allMatches(/school/gi, text)).toEqual([]);
  });
});

describe('twinSource', () => {
  it('makes capitals small and keeps escapes, classes, lookbehinds and group names', () => {
    expect(twinSource(String.raw`(?<![\p{L}\p{N}])(?:Mum|[A-Z]\w+)\s+(?<who>GP)\u2019s\b`)).toEqual(
      {
        source: String.raw`(?<![\p{L}\p{N}])(?:mum|[a-z]\w+)\s+(?<who>gp)\u2019s\b`,
        captures: true,
      },
    );
    expect(twinSource(String.raw`\b(?:every|each) (?:day|week)\b`)).toEqual({
      source: String.raw`\b(?:every|each) (?:day|week)\b`,
      captures: false,
    });
  });

  it('makes no twin where one could match differently', () => {
    // A range half over the capitals, a class named for a case, back-references, and letters
    // beyond ASCII: each matches under /i in ways small text cannot show.
    for (const source of [
      '[!-Z]',
      String.raw`\p{Lu}`,
      String.raw`(a)\1`,
      String.raw`(?<x>a)\k<x>`,
      'café',
      '\u212A',
      String.raw`[\u00C0-\u00DE]`,
    ]) {
      expect(twinSource(source)).toBeUndefined();
    }
  });
});
