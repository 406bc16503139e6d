import type { Rule } from '../../rule';
import { shortestHorizon } from '../../dates';
import { isBounded } from '../../features';
import { BIG_CHANGES, STEP_VERBS } from '../../lexicon';
import { allMatches, phraseRegex } from '../../text';

const BIG = phraseRegex(BIG_CHANGES, true);
/** A total standard from day one: "every night from tonight", "every day from Monday". */
const TOTAL =
  /\b(?:(?:every|each) (?:single )?(?:day|night|morning|evening|school day|time)|all (?:his|her|their|the) \w+|no (?:late|missed|further|more)\b|no \w+ing\b|(?<!\bif )at all\b(?! (?:possible|practicable|reasonable))|full attendance|without (?:fail|exception)|never|always|fully|completely|100 ?%)/i;
/**
 * A condition that keeps a child safe from the day it is agreed, not a habit to build up to:
 * an adult kept with the children, supervision, no physical harm. Giving up drink or drugs at
 * once is over-optimism and keeps the build-up advice (smart-criteria.md).
 */
const KEEPS_SAFE =
  /\b(?:is|are|be|stays?|remains?)\s+(?:always\s+)?(?:with|looking after|caring for|supervising)\s+(?:the\s+|both\s+|all\s+(?:the\s+)?|(?:his|her|their)\s+)?(?:children|child|baby|babies|kids|twins|toddlers?)\b|\b(?:un)?supervised\b|\bleft (?:alone|on (?:their|his|her) own|unattended|with)\b|\b(?:hit|hits|hitting|smack\w*|hurt|harm|shake|physical(?:ly)?|violen\w*|abus\w*|assault\w*)\b/i;
const PROGRAMME_WEEKS = /\b(\d+)[- ]week\b/i;
const GAP =
  /\b(?:\d+|one|two|three|four|five|six)\s+(?:years?|terms?)\s+(?:behind|of missed (?:education|schooling|learning|school))\b/i;

/** Rehousing in days, catching up years in weeks: the timescale defeats the plan. */
const rule: Rule = {
  id: 'realistic/too-soon',
  criterion: 'realistic',
  description: 'The timescale fits the size of the change asked for.',
  why: 'A deadline the family cannot meet turns a fair plan into a record of failure.',
  severity: 'error',
  messages: {
    total:
      '"{{words}}" from the very start leaves no room for a slip: build up to it over a few weeks with a first target.',
    safety:
      '"{{words}}" is a safety rule, kept from the day it is agreed: bound it to the plan ("while this plan is in place") and say who checks it, how often, and who is told if it is broken.',
    soon: '"{{words}}" is a big change for so short a time: set a first step for this date and a later date for the whole change.',
  },
  check({ analysis }) {
    const a = analysis;
    const horizon = shortestHorizon(a.times);
    const gap = GAP.exec(a.text);
    // Years of catching up need at least a school year.
    if (
      gap &&
      (horizon ??
        (a.times.length > 0 &&
        !/\byears?\b/i.test(a.times.map((t) => a.text.slice(t.start, t.end)).join(' '))
          ? 0
          : 365)) < 365
    ) {
      return [
        {
          messageId: 'soon',
          data: { words: gap[0] },
          start: gap.index,
          end: gap.index + gap[0].length,
        },
      ];
    }
    if (horizon === undefined) return [];
    // A 26-week programme cannot be completed in 4 weeks.
    const programme = PROGRAMME_WEEKS.exec(a.text);
    if (programme && horizon < Number(programme[1]) * 7) {
      return [
        {
          messageId: 'soon',
          data: { words: programme[0] },
          start: programme.index,
          end: programme.index + programme[0].length,
        },
      ];
    }
    // "Mum will never leave the children alone, from today until the review": a safety rule
    // kept from the day it is agreed, for a stated window, as the absolute rule allows.
    const firstTotal = TOTAL.exec(a.text);
    // So is an adult kept with the children "every evening from today": never a build-up.
    const keepsSafe = KEEPS_SAFE.test(a.text);
    const total =
      firstTotal && isBounded(a) && (keepsSafe || /^(?:never|no\b)/i.test(firstTotal[0]))
        ? null
        : firstTotal;
    const startsAtOnce = a.times.some(
      (t) =>
        (t.kind === 'immediate' &&
          /^(?:immediately|with immediate effect|from|straight away|at once|right away)/i.test(
            a.text.slice(t.start, t.end),
          )) ||
        (/^(?:from|starting|as of)\b/i.test(a.text.slice(t.start, t.end)) &&
          (t.horizonDays ?? Infinity) <= 7),
    );
    if (total && startsAtOnce) {
      return [
        {
          messageId: keepsSafe ? 'safety' : 'total',
          data: { words: total[0] },
          start: total.index,
          end: total.index + total[0].length,
        },
      ];
    }
    if (horizon > 14) return [];
    // "Mum will apply for new accommodation by Friday": a step towards the change, not the change.
    const own = a.clauses.filter((c) => !c.embedded);
    if (own.length > 0 && own.every((c) => STEP_VERBS.has(c.verb))) return [];
    return (
      allMatches(BIG, a.text)
        // "Leo will start at his new school on Monday": a start already arranged; "a GP near her
        // new flat": the new home says where, it is not the change asked for.
        .filter(
          (m) =>
            !/\b(?:start(?:s|ing)?\s+(?:at|in)|near|close to|nearest to|local to)\s+$/i.test(
              a.text.slice(0, m.start).replace(/(?:(?:his|her|their|the|a)\s+)$/i, ''),
            ),
        )
        .slice(0, 1)
        .map((m) => ({
          messageId: 'soon',
          data: { words: m.text },
          start: m.start,
          end: m.end,
        }))
    );
  },
  examples: {
    valid: [
      'Mum and Dad will fit the stair gates within 2 weeks of the visit.',
      'The family will be rehoused within 6 months, with bids recorded weekly.',
      // "if at all possible" hedges the arrangement; it asks for nothing total.
      'Mum will apply to the housing team for new accommodation by Friday 11 December 2026.',
      'Leo will start at his new school on Monday 4 January 2027, taken there by Mum.',
      // Enrolling a child in care at a new school is a matter of days, and the law asks for it.
      'Leo will be enrolled in a new school within two days of his placement move, arranged by his social worker.',
      'YP to register with a GP near her new flat within 2 weeks of moving in, checked by her PA.',
      'Mum will never leave the children alone in the house from today, checked at unannounced visits until the review.',
      // Supervision kept from the day it is agreed, for the plan's length: a safety rule, fairly set.
      'A named adult will be with the children every evening from today until the review conference, checked at unannounced visits.',
      'From Monday, Leah will see her father for two hours each week at the family centre if at all possible.',
      'Mum will ask the debt adviser to help her clear her arrears, by Friday 11 December 2026.',
    ],
    invalid: [
      {
        text: 'The family will be rehoused within 7 days.',
        errors: [{ messageId: 'soon', marked: 'rehoused' }],
      },
      {
        text: 'Mum will pay off her rent arrears by next week.',
        errors: [{ messageId: 'soon', marked: 'pay off her rent arrears' }],
      },
      {
        text: 'Tommy will be home by 10pm every night from tonight.',
        errors: [{ messageId: 'total', marked: 'every night' }],
      },
      {
        // Unbounded, but never to be built up to: leaving a four-year-old alone is not a slip.
        text: 'Mum will make sure a named adult is with the children every evening from today.',
        errors: [{ messageId: 'safety', marked: 'every evening' }],
      },
      {
        text: 'Mum will complete the 26-week recovery programme in 4 weeks.',
        errors: [{ messageId: 'soon', marked: '26-week' }],
      },
      {
        text: 'Tyler will read at the level of his peers within two weeks.',
        errors: [{ messageId: 'soon', marked: 'level of his peers' }],
      },
      {
        text: 'Bella will reach age-related expectations within one term, from being four years behind.',
        errors: [{ messageId: 'soon', marked: 'four years behind' }],
      },
    ],
  },
};
export default rule;
