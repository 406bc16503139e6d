/**
 * A bare command from the tags: the objective opens with a verb in its base form ("Keep the
 * baby's appointments"), "not" and a verb, or a gerund of an adult's task ("Meeting the housing
 * officer"), and no clause names who does it first. Which verbs are adults' tasks and which are
 * the child's own skills is the lexicons' to say.
 */
import { BARE_VERBS, CARE_VERBS, CHILD_SKILLS, INPUT_VERBS, NOT_COMMANDS } from '../../lexicon';
import type { Clause } from '../clauses';
import { OWN_SKILLS } from '../commands';
import type { Tagger, Token } from './tokens';

const ADULT_TASKS = new Set([...INPUT_VERBS, ...BARE_VERBS]);

/** Past a bullet or an item number. */
function openingIndex(tokens: Token[]): number {
  let i = 0;
  while (
    i < tokens.length &&
    (tokens[i].pos === 'PUNCT' || (tokens[i].pos === 'NUM' && tokens[i + 1]?.pos === 'PUNCT'))
  )
    i++;
  return i;
}

/**
 * Where the opening command's verb is, or -1: a base-form verb that is an adult's task, or any
 * verb before its object ("Take your kids"), or a gerund of an adult's task before its object.
 */
export function commandVerbAt(text: string, tokens: Token[], tagger: Tagger): number {
  const at = openingIndex(tokens);
  const first = tokens[at];
  if (!first || first.lower === 'to' || OWN_SKILLS.test(text)) return -1;
  const verb = openingVerb(text, tokens, at, tagger);
  if (!verb) return -1;
  const next = tokens[at + 1];
  const objectNext = next !== undefined && /^(?:DET|PRON|PROPN|NUM)$/.test(next.pos);
  if (verb.lower.endsWith('ing')) {
    // "Working at a Grade 4": where the child is, not a task.
    if (verb.lower === 'working' && /^(?:at|towards|within|beyond)$/.test(next?.lower ?? ''))
      return -1;
    // "improving physical health" names a change; "Meeting the housing officer" a task.
    if (!objectNext && next?.pos !== 'ADP') return -1;
    const bases = [
      verb.lemma,
      verb.lower.slice(0, -3),
      `${verb.lower.slice(0, -3)}e`,
      verb.lower.slice(0, -4),
    ];
    return bases.some((b) => ADULT_TASKS.has(b) && !CHILD_SKILLS.has(b)) ? at : -1;
  }
  if (CHILD_SKILLS.has(verb.lemma)) return -1;
  // "Feel confident", "Respond to greetings": a verb the lexicons do not know as an adult's task
  // is a command only before its object.
  const task = ADULT_TASKS.has(verb.lemma) || CARE_VERBS.has(verb.lemma);
  return task || (objectNext && !NOT_COMMANDS.has(verb.lemma)) ? at : -1;
}

export function taggedImperative(tokens: Token[], clauses: Clause[], commandAt: number): boolean {
  const at = openingIndex(tokens);
  const first = tokens[at];
  if (!first || first.lower === 'to') return false;
  // A clause whose subject comes first names who acts.
  const named = clauses.find(
    (c) => c.subject.kind !== 'none' && !c.subject.implicit && !c.embedded,
  );
  if (named && named.subject.start <= first.start) return false;
  const next = tokens[at + 1];
  if (first.lower === 'not' && next?.pos === 'VERB') return true;
  if (first.lower === 'no' && next?.lower.endsWith('ing')) return true;
  return commandAt === at;
}

/**
 * The opening word as a verb, if it is one. A tagger reads a capitalised first word as a name
 * ("Move to acceptable housing"), so a word it did not tag as a verb is read again after "to",
 * where a verb is what it expects.
 */
function openingVerb(text: string, tokens: Token[], at: number, tagger: Tagger): Token | undefined {
  const first = tokens[at];
  if (first.pos === 'VERB')
    return first.lemma === first.lower || first.lower.endsWith('ing') ? first : undefined;
  if (!/^(?:PROPN|NOUN|ADJ)$/.test(first.pos) || !/^[A-Z][a-z]+$/.test(first.text))
    return undefined;
  const again = tagger(`to ${first.lower}${text.slice(first.end, first.end + 60)}`);
  const word = again[1];
  return word?.pos === 'VERB' && word.lemma === word.lower
    ? { ...first, pos: 'VERB', lemma: word.lemma }
    : undefined;
}
