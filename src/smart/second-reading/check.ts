/**
 * The second reading of a letter: where no rule found the letter unmet, the trained weights may
 * still read it as unmet. It says so once, quoting the words that weighed most, so the writer
 * can see what it went on; it never overrules a rule's finding or adds a second one.
 */
import type { Analysis } from '../analyse';
import type { EarlierFinding, RuleContext, RuleReport } from '../rule';
import { phraseRegex } from '../text';
import type { Criterion } from '../types';
import { coreOf } from './features';
import { FLAG_BELOW } from './letters';
import { score, wordsAgainst } from './model';

/**
 * Whether the weights are asked about this letter at all, given what the other rules found: an
 * objective the rules pass on every letter is left alone (a red mark on good work costs more
 * than a gap missed), and a letter a rule already found unmet needs no second finding.
 */
export function mayReadAgain(criterion: Criterion, earlier: readonly EarlierFinding[]): boolean {
  return (
    earlier.some((f) => f.severity === 'error') &&
    !earlier.some((f) => f.criterion === criterion && f.severity === 'error')
  );
}

/**
 * Whether the rules found the outcome stated in a way the weights do not overrule: its slot
 * ("…, so that [child] will [what will be different]"), which the unfilled-slot rule asks the
 * writer to fill; a result ("… so that the children feel safe at contact"); or an adult's own
 * result ("Mum will keep the medication in the locked box", "Mum would like to see an
 * improvement in Sam's speech").
 */
export function outcomeSettled(analysis: Pick<Analysis, 'placeholders' | 'clauses'>): boolean {
  return (
    analysis.placeholders.some((p) => p.kind === 'what') ||
    analysis.clauses.some(
      (c) =>
        c.isOutcome &&
        (c.result || c.subject.kind === 'parent' || c.subject.kind === 'professional'),
    )
  );
}

export function readAgain(criterion: Criterion, context: RuleContext): RuleReport | undefined {
  if (!mayReadAgain(criterion, context.earlier ?? [])) return undefined;
  const { chance: chances, words: tokens } = score(coreOf(context.analysis));
  const chance = chances[criterion];
  if (chance === undefined || chance >= FLAG_BELOW) return undefined;
  const words = wordsAgainst(criterion, tokens, 2);
  // The first place the strongest word stands on its own, to underline it.
  const place = words.length > 0 ? phraseRegex([words[0]]).exec(context.text) : null;
  return {
    messageId: words.length > 0 ? 'read' : 'readNoWords',
    data: { words: words.join('", "') },
    ...(place && { start: place.index, end: place.index + place[0].length }),
  };
}
