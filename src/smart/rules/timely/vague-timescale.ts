import type { Rule } from '../../rule';
import { hasTimescale } from '../../features';

/** "Ongoing", "as soon as possible": words that sound like a timescale and give none. */
const rule: Rule = {
  id: 'timely/vague-timescale',
  criterion: 'timely',
  description:
    'No vague time ("ongoing", "as soon as possible", "in due course") in place of a date.',
  why: '"As soon as possible" means something different to each person, so nobody is ever late.',
  severity: 'error',
  messages: {
    vague: '"{{words}}" is not a timescale: give a date or a review point instead.',
  },
  check({ analysis, options }) {
    const a = analysis;
    const words = a.vagueTimes.filter((v) => !options.allow.includes(v.text.toLowerCase()));
    if (words.length === 0 || hasTimescale(a)) return [];
    return words.map((v) => ({
      messageId: 'vague',
      data: { words: v.text },
      start: v.start,
      end: v.end,
      suggestion: {
        start: v.start,
        end: v.end,
        text: 'by [date]',
        label: 'Replace with a date',
        placeholder: { start: v.start + 3, end: v.start + 9 },
        safe: true,
      },
    }));
  },
  examples: {
    valid: ['Ongoing support from Jo Evans every Tuesday until 31 March 2027.'],
    invalid: [
      {
        text: 'Ongoing support from the family support worker.',
        errors: [
          {
            messageId: 'vague',
            marked: 'Ongoing',
            output: 'by [date] support from the family support worker.',
          },
        ],
      },
      {
        text: 'Parents to address the concerns as soon as possible.',
        errors: [
          {
            messageId: 'vague',
            marked: 'as soon as possible',
            output: 'Parents to address the concerns by [date].',
          },
        ],
      },
      {
        text: 'Early help worker to offer support as and when needed.',
        errors: [
          {
            messageId: 'vague',
            marked: 'as and when needed',
            output: 'Early help worker to offer support by [date].',
          },
        ],
      },
    ],
  },
};
export default rule;
