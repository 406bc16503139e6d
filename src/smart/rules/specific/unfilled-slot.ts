import type { Rule } from '../../rule';

/** Gaps for who checks it belong to measurable: "as recorded by [who]". */
const MEASURE_CONTEXT =
  /\b(?:recorded|checked|measured|observed|reported|confirmed|seen|monitored)\s+(?:by|in|on)\s*$/i;

/**
 * A gap left in a template ("[named service]", "tell ______") says nothing yet: the objective is
 * not specific until someone fills it in.
 */
const rule: Rule = {
  id: 'specific/unfilled-slot',
  criterion: 'specific',
  description: 'Every gap left in a template ("[named service]", "______") is filled in.',
  why: 'A gap tells the family nothing about what will happen or who will do it.',
  severity: 'error',
  messages: {
    fill: 'Fill in {{words}}: say exactly who, what or where.',
  },
  check({ analysis }) {
    const text = analysis.text;
    return analysis.placeholders
      .filter(
        (p) =>
          !p.person &&
          (p.kind === 'what' || p.kind === 'where' || p.kind === 'who') &&
          // "[specific situation, e.g., a classroom activity]": the writer gave the detail.
          !/\be\.?g\.?[,\s]/i.test(p.text) &&
          !MEASURE_CONTEXT.test(text.slice(Math.max(0, p.start - 20), p.start)),
      )
      .map((p) => ({
        messageId: 'fill',
        data: { words: p.text },
        start: p.start,
        end: p.start + p.text.length,
      }));
  },
  examples: {
    valid: [
      '[Student] will read 20 words by the end of term.',
      'Sam will read to an adult, as recorded by [who] in the reading log.',
      // A missing number is for measurable to ask for; the "what" is there.
      'Sam will write [number of] paragraphs by the end of term.',
      'Sam will name three feelings during a [specific situation, e.g., circle time].',
    ],
    invalid: [
      {
        text: 'If I am hurt I will tell ______.',
        errors: [{ messageId: 'fill', marked: '______' }],
      },
      {
        text: 'Mum will attend [named service] every week.',
        errors: [{ messageId: 'fill', marked: '[named service]' }],
      },
    ],
  },
};
export default rule;
