import type { Rule } from '../../rule';
import { shortestHorizon } from '../../dates';
import { BIG_CHANGES } from '../../lexicon';
import { allMatches, phraseRegex } from '../../text';

const BIG = phraseRegex(BIG_CHANGES, true);
const GAP = /\b(?:\d+|one|two|three|four|five|six)\s+(?:years?|terms?)\s+behind\b/i;

/** Rehousing in days, catching up years in weeks: the timescale defeats the plan. */
const rule: Rule = {
  id: 'realistic/too-soon',
  criterion: 'realistic',
  description: 'The timescale fits the size of the change asked for.',
  why: 'A deadline the family cannot meet turns a fair plan into a record of failure.',
  severity: 'error',
  messages: {
    soon: '"{{words}}" is a big change for so short a time: set a first step for this date and a later date for the whole change.',
  },
  check({ analysis }) {
    const a = analysis;
    const horizon = shortestHorizon(a.times);
    if (horizon === undefined) return [];
    const gap = GAP.exec(a.text);
    // Years of catching up need at least a school year.
    if (gap && horizon < 365) {
      return [
        {
          messageId: 'soon',
          data: { words: gap[0] },
          start: gap.index,
          end: gap.index + gap[0].length,
        },
      ];
    }
    if (horizon > 14) return [];
    return allMatches(BIG, a.text)
      .slice(0, 1)
      .map((m) => ({
        messageId: 'soon',
        data: { words: m.text },
        start: m.start,
        end: m.end,
      }));
  },
  examples: {
    valid: [
      'Mum and Dad will fit the stair gates within 2 weeks of the visit.',
      'The family will be rehoused within 6 months, with bids recorded weekly.',
    ],
    invalid: [
      { text: 'The family will be rehoused within 7 days.', marked: 'rehoused' },
      {
        text: 'Tyler will read at the level of his peers within two weeks.',
        marked: 'level of his peers',
      },
      {
        text: 'Bella will reach age-related expectations within one term, from being four years behind.',
        marked: 'four years behind',
      },
    ],
  },
};
export default rule;
