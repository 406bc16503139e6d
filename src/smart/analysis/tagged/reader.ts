/**
 * The tagged reading as a ClauseReader for analyse(): clauses, the bare command and each clause's
 * outcome, all from one tagging of the objective (issue 13's trial).
 */
import type { ClauseReader } from '../../analyse';
import { taggedClauses } from './clauses';
import { commandVerbAt, taggedImperative } from './commands';
import { taggedIsOutcome } from './outcome';
import type { Tagger } from './tokens';

export function taggedReader(tagger: Tagger): ClauseReader {
  return {
    read(reading) {
      const tokens = tagger(reading.text);
      const commandAt = commandVerbAt(reading.text, tokens, tagger);
      const read = taggedClauses(reading, tokens, commandAt);
      const clauses = read.map((r) => r.clause);
      const imperative = taggedImperative(tokens, clauses, commandAt);
      for (const r of read) r.clause.isOutcome = taggedIsOutcome(tokens, r);
      return { clauses, imperative };
    },
  };
}
