import type { Suggestion } from './types';

/** Applies a suggestion to the objective's text, as any face would. */
export function applySuggestion(
  text: string,
  s: Pick<Suggestion, 'start' | 'end' | 'text'>,
): string {
  if (s.start < 0 || s.end > text.length || s.start > s.end) {
    throw new RangeError('The suggestion no longer fits this text: check the objective again.');
  }
  return text.slice(0, s.start) + s.text + text.slice(s.end);
}
