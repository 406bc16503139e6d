import type { Rule } from '../../rule';
import { saysNothing } from '../../plan-forms';

/**
 * A plan row or item nobody has written yet: "TBC", "To be discussed at the next core group",
 * a form's prompt or a gap on its own. Read as an objective it could pass on its few words ("at
 * the next core group" is a time); it says nothing, so it is one problem and gets one finding,
 * and the checker fails every letter but realistic for it (check.ts).
 */
const rule: Rule = {
  id: 'specific/not-written',
  criterion: 'specific',
  description: 'The objective is written, not left as "TBC", a prompt or a gap.',
  why: 'An item still to be decided tells nobody what will happen, and is easily forgotten once the plan is signed.',
  severity: 'error',
  messages: {
    empty:
      'Nothing is decided here yet ("{{words}}"): write who will do what, by when, and how everyone will know it is done.',
  },
  check({ text }) {
    const written = text.trim();
    if (written === '' || !saysNothing(written)) return [];
    const start = text.indexOf(written);
    return [{ messageId: 'empty', data: { words: written }, start, end: start + written.length }];
  },
  examples: {
    valid: [
      'Mum will agree a bedtime routine with the family support worker by 18 December 2026.',
      // A word that puts a row off counts only on its own.
      'None of the children will miss a school day without a reason, as recorded by the school.',
      'Nadia will attend nursery every weekday morning, as recorded by the nursery.',
    ],
    invalid: [
      { text: 'TBC', errors: [{ messageId: 'empty', marked: 'TBC' }] },
      {
        text: 'To be discussed at the next core group.',
        errors: [{ messageId: 'empty', marked: 'To be discussed at the next core group.' }],
      },
      {
        text: '[what will happen]',
        errors: [{ messageId: 'empty', marked: '[what will happen]' }],
      },
    ],
  },
};
export default rule;
