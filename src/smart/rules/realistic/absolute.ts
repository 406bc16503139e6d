import { reportWords, type Rule, type RuleOptions } from '../../rule';
import { isBounded } from '../../features';
import { ABSOLUTES } from '../../lexicon';
import { allMatches, memoise, phraseRegex } from '../../text';

const NO_MORE = /\bno (?:further|more)\b(?! than)/gi;

/** "Never", "always", "at all times": a standard nobody keeps, so the plan is set up to fail. */
const cache = new WeakMap<RuleOptions, RegExp>();

const rule: Rule = {
  id: 'realistic/absolute',
  criterion: 'realistic',
  description: 'No absolutes ("never", "always", "at all times", "100%") without a stated window.',
  why: 'An absolute is broken by one slip, and then the plan reads as failed even when things are improving.',
  severity: 'error',
  messages: {
    absolute:
      '"{{words}}" sets a standard nobody can keep: give a realistic target (for example "on at least 4 days out of 5") and a period.',
  },
  check({ analysis, options }) {
    // A bounded window ("until the review conference") makes a firm rule a fair, checkable one.
    if (isBounded(analysis)) return [];
    const re = memoise(cache, options, () =>
      phraseRegex([...ABSOLUTES, ...options.words].filter((w) => !options.allow.includes(w))),
    );
    const hits = allMatches(re, analysis.text);
    // "no further incidents" with no window at all is "never again" in other words.
    if (analysis.times.length === 0) hits.push(...allMatches(NO_MORE, analysis.text));
    return reportWords(hits, 'absolute');
  },
  examples: {
    valid: [
      'Mum will not allow Darren to have any contact with the children while the plan is in place.',
      'The meters are never left without credit, checked at each fortnightly visit until the TAF review in March.',
    ],
    invalid: [
      { text: 'Mum will never let Darren into the family home again.', marked: 'never' },
      { text: 'Jack will be clean at all times.', marked: 'at all times' },
      { text: 'Leo will have 100% attendance at school from tomorrow.', marked: '100%' },
      { text: 'There will be no further incidents, ever.', marked: 'ever' },
      { text: 'Kacey is to have no further incidents of self-harm.', marked: 'no further' },
    ],
  },
};
export default rule;
