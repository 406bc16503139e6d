/**
 * The labelled parts of one objective ("Who:", "By when:", "How will we know:"), each with its
 * role, so the rules can look for a who or a when in the column that holds it.
 */
import { allMatches } from '../text';
import type { ObjectivePart } from '../types';

const PART_LABEL =
  /\b(action|actions|outcome|goal|who|by whom|lead|by when|when|how often|timescale|deadline|how will we know|how we will know|evidence|review)\s*:\s*/gi;
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
  evidence: 'measure',
  review: 'review',
};

/** "Action: ... Who: SW. By when: ...": a table row pasted as one line keeps its columns. */
export function labelledParts(text: string): ObjectivePart[] {
  const labels = allMatches(PART_LABEL, text);
  if (labels.length < 2) return [];
  return labels.map((l, i) => {
    const end = i + 1 < labels.length ? labels[i + 1].start : text.length;
    const value = text.slice(l.end, end).replace(/[\s.;,]+$/, '');
    const label = l.text.replace(/\s*:\s*$/, '');
    const role = PART_ROLE[label.toLowerCase()] ?? 'other';
    return { role, start: l.end, end: l.end + value.length, label };
  });
}
