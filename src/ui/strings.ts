/** Words the pane shows, in British English, kept together so they read as one voice. */
import type { MarkKind } from '../pane/adapter';
import { planSubject, type PlanKind } from '../smart/plan-kinds';
import type { LinkSource } from '../smart/worries/pair';

export const MARK_KIND_TEXT: Record<MarkKind, string> = {
  annotations: 'Problem words are underlined in the document.',
  comments:
    'Problem words have a comment in the document (this version of Word has no underlines for add-ins).',
  highlights:
    'Problem words are highlighted in the document (this version of Word has no underlines or comments for add-ins).',
  underlines: 'Problem words are underlined in the document.',
  none: 'Marks in the document are turned off; the cards below still show every finding.',
};

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Turns any thrown value into a sentence for the user; never includes document text. */
export function errorMessage(error: unknown, doing: string): string {
  const detail = error instanceof Error && error.message ? error.message : 'an unexpected error';
  return `Could not ${doing}: ${detail}`;
}

/** How often the plan quotes who it is for: "the young person" in a pathway plan, else "the child". */
export function ownWordsLine(quoted: number, kind: PlanKind): string {
  const who = planSubject(kind);
  return quoted > 0
    ? `The ${who}'s own words are quoted ${quoted === 1 ? 'once' : plural(quoted, 'time', 'times')}.`
    : `The ${who}'s own words are not quoted yet.`;
}

/** Objectives by their numbers in the pane: "objective 4", "objectives 4 and 7", "objectives 2, 4 and 7". */
export function objectivesList(numbers: readonly (number | undefined)[]): string {
  const shown = numbers.map((n) => (n === undefined ? '?' : String(n)));
  if (shown.length <= 1) return `objective ${shown[0] ?? '?'}`;
  return `objectives ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * How an answer was paired with its worry, after its objective's number: by hand, by the plan's
 * own layout (a table row, or a worry's own section with its goal), or by meaning (nothing said).
 */
export function pairedHow(by: LinkSource, inTable: boolean): string {
  if (by === 'hand') return ' (linked by hand)';
  if (by === 'table') return inTable ? ' (same table row)' : ' (set out with it in the plan)';
  return '';
}
