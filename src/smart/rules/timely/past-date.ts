import { isoDay } from '../../dates';
import type { Rule } from '../../rule';

/**
 * Where an arrangement began ("from 1 December 2026", "Commencing Saturday, 20 May 2023 and each
 * alternate Saturday thereafter", "12 months from 02/11/2026"): a start gone by is not a deadline
 * missed, since what it started goes on.
 */
const STARTS =
  /\b(?:from|commencing(?: on)?|starting(?: on| from)?|beginning(?: on)?|since|with effect from|effective(?: from)?|as of)[\s,]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:the\s+)?$/i;

/**
 * A deadline that has already passed: the objective reads as timely, but nobody can meet it.
 * A warning, not a fail: the date may be history the plan records on purpose.
 */
const rule: Rule = {
  id: 'timely/past-date',
  criterion: 'timely',
  description: 'Dates in the objective are still ahead, not already past.',
  why: 'A deadline already gone by tells nobody what is due next, so the objective drifts unseen.',
  severity: 'warning',
  messages: {
    past: '"{{words}}" has already passed: set the next date by which this will be done or reviewed.',
  },
  check({ analysis }) {
    const today = analysis.today;
    if (!today) return [];
    const now = isoDay(today);
    return analysis.times
      .filter(
        (t) =>
          t.kind === 'date' &&
          t.date !== undefined &&
          t.date < now &&
          !(
            STARTS.test(analysis.text.slice(Math.max(0, t.start - 30), t.start)) &&
            !/\b(?:until|till|to|through)\b/i.test(analysis.text.slice(t.start, t.end))
          ),
      )
      .map((t) => ({
        messageId: 'past',
        data: { words: analysis.text.slice(t.start, t.end) },
        start: t.start,
        end: t.end,
      }));
  },
  examples: {
    valid: [
      'Poppy will be registered with a GP by 8 December 2099.',
      'Jayden will take his medication every morning from 1 December 2020.',
      'Dad will bid weekly on Homechoice.',
    ],
    invalid: [
      {
        text: 'Poppy will be registered with a GP by 30 June 2020.',
        errors: [{ messageId: 'past', marked: '30 June 2020' }],
      },
    ],
  },
};
export default rule;
