/**
 * Outcome or action, per tagged clause: the tagger gives the verb's lemma and the head noun of
 * its object; whether that verb is an input ("attend") and that noun a service ("course") is the
 * lexicons' to say, as in the hand-written reading.
 */
import {
  ADULT_ONLY,
  CHILD_INPUT,
  INPUT_PARTICIPLES,
  INPUT_VERBS,
  RESULT_VERBS_FOR_ADULTS,
  THING_INPUT_VERBS,
} from '../../lexicon';
import { SERVICE_NOUN, SERVICE_WORDS } from '../outcome';
import type { TaggedClause } from './clauses';
import type { Token } from './tokens';

const SERVICE = new RegExp(`^${SERVICE_WORDS}$`, 'i');
const SCHOOLING = /^(?:school|nursery|college|lesson|class|education)$/;
/** What a child meets or sees that is a result, not an appointment: "meet his targets". */
const STANDARDS =
  /^(?:target|goal|standard|expectation|criterion|criteria|milestone|need|deadline|improvement|progress|change)$/;
const DEFERRING = /^(?:expected|asked|required|encouraged|invited|allowed)$/;
const COUNTED_INPUT = /^(?:hour|session|week|module|appointment)$/;

/** The object: the nouns after the verb up to the next verb, preposition or stop. */
function objectOf(
  tokens: Token[],
  from: number,
): { head?: Token; counted: boolean; service: boolean; prep?: string } {
  let counted = false;
  let service = false;
  let prep: string | undefined;
  let head: Token | undefined;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'NUM') counted = true;
    if (t.pos === 'ADP' || (t.pos === 'PART' && t.lower === 'to')) {
      if (head) break;
      prep ??= t.lower;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      head = t;
      // "life story work", "direct work": any noun of the phrase may name the service.
      service ||= isService(t);
    } else if (head || t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'CCONJ') break;
  }
  return { head, counted, service, ...(prep ? { prep } : {}) };
}

const isService = (t: Token): boolean =>
  SERVICE.test(t.lemma) || SERVICE.test(t.lower) || SERVICE_NOUN.test(t.lower);

const headIs = (o: { head?: Token }, re: RegExp): boolean =>
  o.head !== undefined && (re.test(o.head.lemma) || re.test(o.head.lower));

export function taggedIsOutcome(tokens: Token[], tc: TaggedClause): boolean {
  const c = tc.clause;
  if (c.verb === '' || tc.verbAt < 0) return false;
  const verbTok = tokens[tc.verbAt];
  const verb = c.verb === 'be' ? 'be' : c.verb === 'have' ? 'have' : verbTok.lemma;
  // "will be expected to visit": the verb after "to" is what is done.
  if (verb === 'be' && c.passive && DEFERRING.test(c.complement)) {
    const to = tokens[tc.afterVerb];
    const next = tokens[tc.afterVerb + 1];
    if (to?.lower === 'to' && next?.pos === 'VERB')
      return taggedIsOutcome(tokens, {
        clause: { ...c, verb: next.lower, complement: '', passive: false },
        verbAt: tc.afterVerb + 1,
        afterVerb: tc.afterVerb + 2,
      });
  }
  const { kind } = c.subject;
  if (c.result)
    return (
      kind !== 'none' &&
      kind !== 'professional' &&
      kind !== 'collective' &&
      !THING_INPUT_VERBS.has(verb)
    );
  const object = objectOf(tokens, tc.afterVerb);
  const service = object.service;
  const inputPassive = verb === 'be' && c.passive && INPUT_PARTICIPLES.has(c.complement);
  switch (kind) {
    case 'child': {
      if (c.subject.implicit && ADULT_ONLY.has(verb)) return false;
      if (!CHILD_INPUT.has(verb)) return true;
      if (verb === 'be') return !inputPassive;
      if (verb === 'have' || verb === 'get' || verb === 'keep')
        return c.negated || tokens[tc.afterVerb]?.lower === 'no' || !service;
      if (verb === 'attend') return headIs(object, SCHOOLING);
      if (verb === 'meet' || verb === 'see') return headIs(object, STANDARDS);
      if (verb === 'visit') return false;
      if (verb === 'miss') return object.counted || headIs(object, SCHOOLING);
      if (verb === 'complete') return object.counted && !headIs(object, COUNTED_INPUT) && !service;
      // "go to bed" is the child's routine; "go to the group" is an input.
      return !service;
    }
    case 'owned-thing':
    case 'thing':
    case 'there': {
      if (inputPassive) return false;
      const particle = tokens[tc.afterVerb];
      if (THING_INPUT_VERBS.has(verb) && !/^(?:up|down|missing)$/.test(particle?.lower ?? ''))
        return false;
      // "the calls will go ahead": a service as the subject is an input.
      const subjectHead = tokens.filter(
        (t) =>
          t.start >= c.subject.start &&
          t.end <= c.subject.end &&
          (t.pos === 'NOUN' || t.pos === 'PROPN'),
      );
      const last = subjectHead[subjectHead.length - 1];
      if (
        last &&
        (SERVICE.test(last.lemma) || SERVICE.test(last.lower)) &&
        !(verb === 'be' && !c.passive)
      )
        return false;
      return true;
    }
    case 'parent':
    case 'family': {
      if (verb === 'be') return !inputPassive;
      // "will not allow X to have contact with the children": what the children are kept from.
      if (c.negated && (verb === 'allow' || verb === 'let'))
        return tokens.some(
          (t) =>
            t.start >= c.verbEnd &&
            t.start < c.end &&
            (t.pos === 'PROPN' || /^(?:child|children|baby|girl|boy)$/.test(t.lemma)),
        );
      // "not to smoke cannabis while caring for the baby": a rule for the adult.
      if (c.negated) return false;
      if ((verb === 'have' || verb === 'keep') && service) return false;
      // "keep Hollie safe": a duty restated, not a change anyone will see.
      if (
        verb === 'keep' &&
        tokens.slice(tc.afterVerb, tc.afterVerb + 6).some((t) => t.lower === 'safe')
      )
        return false;
      return RESULT_VERBS_FOR_ADULTS.has(verb) || !INPUT_VERBS.has(verb);
    }
    default:
      return false;
  }
}
