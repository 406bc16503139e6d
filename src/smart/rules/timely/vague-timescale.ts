import type { Rule } from '../../rule';
import { hasTimescale } from '../../features';

/** "Ongoing", "as soon as possible": words that sound like a timescale and give none. */
/** "Ongoing support": the word describes the noun after it, so "by [date]" cannot replace it. */
const ADJECTIVE = /^(?:ongoing|on-going|continuing|continued|continuous|regular|routine)$/i;

/** "Ongoing support from Jo." becomes "Support from Jo until [date]." (one rewrite of the whole). */
function untilDate(text: string, v: { start: number; end: number }) {
  let rest = text.slice(v.end).replace(/^\s+/, '');
  if (v.start === 0 || /[.!?:]\s*$/.test(text.slice(0, v.start)))
    rest = rest.charAt(0).toUpperCase() + rest.slice(1);
  const body = (text.slice(0, v.start) + rest).replace(/\s*([.!?;]?)\s*$/, '');
  const stop = /([.!?;])\s*$/.exec(text)?.[1] ?? '';
  const rewritten = `${body} until [date]${stop}`;
  const at = body.length + ' until '.length;
  return {
    start: 0,
    end: text.length,
    text: rewritten,
    label: 'Say until when',
    placeholder: { start: at, end: at + '[date]'.length },
    safe: true,
  };
}

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
      suggestion:
        ADJECTIVE.test(v.text) && /^\s+\p{L}/u.test(a.text.slice(v.end))
          ? untilDate(a.text, v)
          : {
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
            output: 'Support from the family support worker until [date].',
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
