/**
 * The labelled parts of one objective ("Who:", "By when:", "How will we know:"), each with its
 * role, so the rules can look for a who or a when in the column that holds it.
 */
import { allMatches } from '../text';
import type { ObjectivePart } from '../types';

const PART_LABEL =
  /\b(action|actions|outcome|goal|who|by whom|lead|by when|when|how often|timescale|deadline|how will we know|how we will know|how we['’]ll know|how do we know|how will we measure|how we will measure|how we['’]ll measure|evidence|review)\s*:\s*/gi;
const PART_ROLE: Record<string, ObjectivePart['role']> = {
  action: 'action',
  actions: 'action',
  outcome: 'outcome',
  goal: 'outcome',
  who: 'who',
  'by whom': 'who',
  lead: 'who',
  'by when': 'when',
  when: 'when',
  'how often': 'when',
  timescale: 'when',
  deadline: 'when',
  'how will we know': 'measure',
  'how we will know': 'measure',
  "how we'll know": 'measure',
  'how do we know': 'measure',
  'how will we measure': 'measure',
  'how we will measure': 'measure',
  "how we'll measure": 'measure',
  evidence: 'measure',
  review: 'review',
};

/**
 * The column labels of a table row pasted as one line ("Who:", "How we'll know:"), when it has
 * at least two. A label is no clause: "How we'll know:" does not say that "we" will know.
 */
export function partLabels(text: string): { start: number; end: number; text: string }[] {
  const labels = allMatches(PART_LABEL, text);
  return labels.length < 2 ? [] : labels;
}

/**
 * "How we will know:" alone, after an outcome or an action ("Harvey is moved and handled safely
 * at home. How we will know: …"): a question put as a label is never a clause, even with no other
 * label beside it, where "Outcome:" or "When:" alone may be the writer's own words.
 */
const QUESTION_LABEL = /\bhow (?:will we|we will|we['’]ll|do we) (?:know|measure)\s*:\s*/gi;

/** The labels to blank for the clause reading: a pasted row's columns, or a question label. */
export function labelsToBlank(text: string, labels = partLabels(text)) {
  return labels.length > 0 ? labels : allMatches(QUESTION_LABEL, text);
}

/** "Action: ... Who: SW. By when: ...": a table row pasted as one line keeps its columns. */
export function labelledParts(text: string, labels = partLabels(text)): ObjectivePart[] {
  if (labels.length === 0) return [];
  return labels.map((l, i) => {
    const end = i + 1 < labels.length ? labels[i + 1].start : text.length;
    const value = text.slice(l.end, end).replace(/[\s.;,]+$/, '');
    const label = l.text.replace(/\s*:\s*$/, '');
    // "How we’ll know" is "How we'll know" with a typographic apostrophe.
    const role = PART_ROLE[label.toLowerCase().replace(/’/g, "'")] ?? 'other';
    return { role, start: l.end, end: l.end + value.length, label };
  });
}
