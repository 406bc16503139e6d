import type { Rule } from '../../rule';
import { unfilledSlot } from '../../features';
import { allMatches } from '../../text';

const CHANGE_WORDS =
  // "a younger or more vulnerable child", "contact of increased duration": a comparison that
  // describes someone or something, not a change;
  // "ask for more juice at snack time": a request the child makes, a skill, not a change.
  /(?<!\b(?:no|any) |\b(?:an?|or|of) |\bask(?:s|ed|ing)? for |\brequest(?:s|ed|ing)? )\b(?:increase|increases|increasing|increased|decrease|decreases|decreasing|decreased|reduce|reduces|reducing|limit|cut (?:down|back)(?: on)?|eat more|drink less|more|less|fewer|lower|higher|cleaner|tidier|healthier|quieter|calmer|stronger)\b(?!\s+than\b)/gi;

/**
 * "The Stronger Together sessions", "the Healthier Lives group": a word inside the capitalised
 * name of a programme, mid-sentence, names it rather than asking for a change.
 */
function inTitleCaseName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const before = text.slice(0, start);
  // The first word of a sentence is capitalised anyway: "Stronger bonds with Mum".
  if (/(?:^|[.!?:;]\s*|\n\s*)["'“‘(]?$/u.test(before)) return false;
  return /^\s+\p{Lu}/u.test(text.slice(end)) || /\p{Lu}[\p{L}'’-]*\s+$/u.test(before);
}

/** "Cut down", "eat more": a direction of change with no amount leaves everyone guessing. */
const rule: Rule = {
  id: 'specific/no-amount',
  criterion: 'specific',
  description: 'A change up or down says by how much or to what level.',
  why: 'Without an amount, any change at all counts, and the family and professionals can each be right.',
  severity: 'error',
  messages: {
    amount:
      '"{{words}}" says which way but not how far: give the level to reach (for example "no more than 2 late arrivals a month", or "from 3 to 7 on the worry scale").',
  },
  check({ analysis }) {
    const a = analysis;
    if (a.quantities.length > 0 || a.benchmarks.length > 0 || a.frequencies.length > 0) return [];
    // "increase time on task to ___ minutes": the amount has its place; filling it in is the
    // measure's finding, not a second one here.
    if (unfilledSlot(a, ['number'])) return [];
    return allMatches(CHANGE_WORDS, a.text)
      .filter((m) => !inTitleCaseName(a.text, m.start, m.end))
      .slice(0, 1)
      .map((m) => ({ messageId: 'amount', data: { words: m.text }, start: m.start, end: m.end }));
  },
  examples: {
    valid: [
      'Dad will reduce his drinking to no more than 14 units a week by the end of March 2027.',
      'Maya will self-harm less often: fewer than 2 incidents a month by the review.',
      '[Student name] will increase time on task to ___ minutes by the end of the spring term.',
      'Ruby will sign to ask for more juice at snack time.',
      // "not … any more" is "never again", a matter for the realistic letter, not an amount.
      'Amara will not see any more violence at home while the plan is in place, as checked by her social worker at each visit.',
      'Mum will have contact of increased duration at the family centre every Saturday.',
      // The name of a programme, not a change asked for.
      'Jodie and Ryan will complete the Stronger Together parenting conflict sessions by 31/03/2027.',
    ],
    invalid: [
      {
        text: 'Dad will cut down on cannabis.',
        errors: [{ messageId: 'amount', marked: 'cut down on' }],
      },
      {
        text: 'Maisie will eat more fruit and vegetables.',
        errors: [{ messageId: 'amount', marked: 'eat more' }],
      },
      {
        text: 'Ethan will increase his sitting tolerance during carpet time.',
        errors: [{ messageId: 'amount', marked: 'increase' }],
      },
      {
        // A change stated as a result ("Increased …") still says only which way.
        text: 'Decreased impulsive behaviours in class.',
        errors: [{ messageId: 'amount', marked: 'Decreased' }],
      },
      {
        // A feeling changes by a level too: the message's example is no drinking limit.
        text: 'Ruby to be less worried about mum.',
        errors: [{ messageId: 'amount', marked: 'less' }],
      },
      {
        text: 'Dad will limit the time he spends on his phone.',
        errors: [{ messageId: 'amount', marked: 'limit' }],
      },
    ],
  },
};
export default rule;
