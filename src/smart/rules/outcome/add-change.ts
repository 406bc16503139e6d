/**
 * The rewrite both outcome rules offer: ", so that [child] will [what will be different]" at the
 * end of the objective. When the child is named ("Jay will be introduced to …"), the name goes in
 * and only the change is left to write.
 */
import type { Suggestion } from '../../types';

const CHANGE = '[what will be different]';

export function addChange(at: number, child?: string): Suggestion {
  const who = child ?? '[child]';
  const text = `, so that ${who} will ${CHANGE}`;
  // The cursor lands on the first gap: the child's slot, or the change when the child is named.
  const gap = child
    ? { start: at + text.length - CHANGE.length, end: at + text.length }
    : { start: at + ', so that '.length, end: at + ', so that '.length + who.length };
  return {
    start: at,
    end: at,
    text,
    label: 'Add the change for the child',
    placeholder: gap,
    safe: true,
  };
}
