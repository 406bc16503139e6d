import type { Rule } from '../../rule';
import { ADULT_SUBJECTS } from '../../analysis/subjects';

/** "The social worker will visit." Who is clear; what, where and how often are not. */
const rule: Rule = {
  id: 'specific/no-detail',
  criterion: 'specific',
  description: 'The action has its detail: what exactly, where, how often.',
  why: 'A bare action can be done once and ticked off while the child’s situation stays the same.',
  severity: 'error',
  messages: {
    bare: 'Say what "{{words}}" involves: where, how often and for what purpose.',
  },
  check({ analysis }) {
    const a = analysis;
    if (a.clauses.length !== 1 || a.times.length > 0 || a.quantities.length > 0) return [];
    const c = a.clauses[0];
    // Only an action by someone can be bare; "the exclusions will stop" is a complete result.
    if (!ADULT_SUBJECTS.has(c.subject.kind)) return [];
    // Anything but spaces and stops after the verb is its detail.
    const rest = /[^\s.;!]/.test(a.text.slice(c.verbEnd, c.end));
    if (c.verb === '' || c.verb === 'be' || rest) return [];
    return [
      {
        messageId: 'bare',
        data: { words: a.text.slice(c.verbStart, c.verbEnd) },
        start: c.verbStart,
        end: c.verbEnd,
      },
    ];
  },
  examples: {
    valid: [
      'The social worker will visit the home every 10 working days.',
      'Charlie will be safe.',
    ],
    invalid: [
      { text: 'The social worker will visit.', errors: [{ messageId: 'bare', marked: 'visit' }] },
    ],
  },
};
export default rule;
