/**
 * The second reading of a letter: where no rule found the letter unmet, the trained weights may
 * still read it as unmet. It says so once, quoting the words that weighed most, so the writer
 * can see what it went on; it never overrules a rule's finding or adds a second one.
 */
import type { RuleContext, RuleReport } from '../rule';
import { phraseRegex } from '../text';
import type { Criterion } from '../types';
import { coreOf } from './features';
import { FLAG_BELOW } from './letters';
import { score, wordsAgainst } from './model';

export function readAgain(criterion: Criterion, context: RuleContext): RuleReport | undefined {
  const earlier = context.earlier ?? [];
  // An objective the rules pass on every letter is left alone: a red mark on good work costs
  // more than a gap missed. The second reading sharpens the card of one already short.
  if (!earlier.some((f) => f.severity === 'error')) return undefined;
  if (earlier.some((f) => f.criterion === criterion && f.severity === 'error')) return undefined;
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
