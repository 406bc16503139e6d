/**
 * Reads one objective once and describes its language: who the clauses are about and what they
 * do, the time, quantities and evidence it names. Rules judge from this description, so each
 * rule stays small and every rule sees the same reading of the sentence.
 */
import { findTimes, findVagueTimes, type TimeExpression, type VagueTime } from './dates';
import {
  ADULT_ONLY,
  BARE_VERBS,
  CHILD_INPUT,
  CHILD_SKILLS,
  NOT_COMMANDS,
  NOUN_OR_VERB,
  THING_INPUT_VERBS,
  INPUT_PARTICIPLES,
  INPUT_VERBS,
  CARE_VERBS,
  RESULT_VERBS_FOR_ADULTS,
} from './lexicon';
import { findClauses, presentTenseClause, type Clause } from './analysis/clauses';
import {
  findBenchmarks,
  findCrispEvents,
  findEvidence,
  findNamedServices,
  findQuantities,
} from './analysis/measures';
import { labelledParts } from './analysis/parts';
import { findAgents, findCollectives, findRoles, type Role } from './analysis/roles';
import type { Reading } from './analysis/subjects';
import { lemma } from './analysis/verbs';
import { findPlaceholders, maskSlots, type Placeholder } from './placeholders';
import type { Match } from './text';
import type { ObjectivePart } from './types';

export type { Clause } from './analysis/clauses';
export type { Subject, SubjectKind } from './analysis/subjects';

export interface AnalysisOptions {
  /** Named local services and programmes that count as specific (house rules). */
  services?: string[];
  /** Reference date for relative expressions. */
  today?: Date;
  /** Table cells or labelled parts the objective was read from ("Who", "By when"). */
  parts?: ObjectivePart[];
}

export interface Analysis {
  text: string;
  clauses: Clause[];
  /** Roles and people named anywhere (not counting possessors of things). */
  roles: Role[];
  collectives: Match[];
  times: TimeExpression[];
  vagueTimes: VagueTime[];
  quantities: Match[];
  frequencies: TimeExpression[];
  evidence: Match[];
  benchmarks: Match[];
  crispEvents: Match[];
  namedServices: Match[];
  /** "by the social worker" style agents. */
  agents: Match[];
  /** The objective begins with a bare verb or a gerund of one: nobody is named as doing it. */
  imperative: boolean;
  /** Person stand-ins ("[student]", "XX") and unfilled slots ("[date]", "___"). */
  placeholders: Placeholder[];
  /** The day the check is for, when the face said (dates before it are already past). */
  today?: Date;
  parts: ObjectivePart[];
}

/** Reads an objective's language once for all the rules. */
export function analyse(original: string, options: AnalysisOptions = {}): Analysis {
  const today = options.today ?? new Date(2026, 0, 1);
  const placeholders = findPlaceholders(original);
  // Slots are masked so that "by [date]" is no date and "recorded by [who]" is no evidence.
  const text = maskSlots(original, placeholders);
  const times = findTimes(text, today);
  const roles = findRoles(text);
  const collectives = findCollectives(text, roles);
  const namedServices = findNamedServices(text, options.services ?? []);
  const people = placeholders.filter((p) => p.person);
  const reading: Reading = { text, roles, collectives, times, people };
  const clauses = findClauses(reading);
  const evidence = findEvidence(text);
  const benchmarks = findBenchmarks(text);
  const crispEvents = findCrispEvents(text);
  const quantities = findQuantities(text, times);
  const agents = findAgents(text, roles);
  const opening = /^\s*(?:[-*\u2022\u00B7\u2013]\s+|\d+[.)]\s+)?([A-Za-z]+)(?:\s+([\w'’]+))?/.exec(
    text,
  );
  const first = opening?.[1]?.toLowerCase() ?? '';
  // "Take your kids to the doctor": the command comes before what reads as a subject.
  const commandFirst =
    clauses.length > 0 &&
    opening !== null &&
    clauses[0].subject.start > opening.index + opening[0].indexOf(opening[1]) &&
    !/[,:;]/.test(text.slice(0, clauses[0].subject.start));
  const imperative =
    (clauses.length === 0 ||
      clauses[0].subject.kind === 'none' ||
      clauses[0].verbStart > 60 ||
      commandFirst) &&
    startsWithAction(first, opening?.[2] ?? '');
  if (clauses.length === 0 && !imperative) clauses.push(...presentTenseClause(reading));
  for (const c of clauses) c.isOutcome = clauseIsOutcome(text, c);
  return {
    text: original,
    clauses,
    parts: options.parts?.length ? options.parts : labelledParts(text),
    roles,
    collectives,
    times,
    vagueTimes: findVagueTimes(text),
    quantities,
    frequencies: times.filter((t) => t.kind === 'frequency'),
    evidence,
    benchmarks,
    crispEvents,
    namedServices,
    agents,
    imperative,
    placeholders,
    ...(options.today ? { today: options.today } : {}),
  };
}

const OBJECT_START =
  /^(?:the|a|an|his|her|their|its|all|any|every|each|regular|weekly|daily|him|them|up|out|that|this|these|those|to|with|for|on|in|at|and|[A-Z][\p{L}'’-]*|\d+)$/u;
/** Verbs that adults do for a child: a gerund of one ("Meeting the housing officer") is an input. */
const ADULT_TASKS = new Set([...INPUT_VERBS, ...BARE_VERBS]);

function verbBase(word: string): string[] {
  return [
    word,
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/(.)\1ing$/, '$1'),
  ];
}

/**
 * Does the objective open with a command ("Keep the baby's appointments", "Refer Maya") or a
 * gerund of an adult's task ("Meeting the housing officer")? Then nobody is named as doing it.
 */
function startsWithAction(first: string, next: string): boolean {
  if (!first || first === 'to') return false;
  // "Not take illegal drugs", "No taking of drugs": a rule for an adult, unnamed.
  if (first === 'not' || (first === 'no' && /ing$/.test(next))) return true;
  // Any word before an object ("Take your kids", "Let Child Safety workers visit", "Set a date")
  // is a command: nouns and adjectives at the start are followed by prepositions instead.
  if (
    OBJECT_ONLY.test(next) &&
    !NOT_COMMANDS.has(first) &&
    !/ly$/.test(first) &&
    !/ing$/.test(first)
  )
    return !CHILD_SKILLS.has(first);
  if (/ing$/.test(first) && first.length > 5) {
    // "working at a Grade 4", "working towards level 3": where the child is, not a task.
    if (first === 'working' && /^(?:at|towards|within|beyond)$/i.test(next)) return false;
    return (
      verbBase(first).some((b) => b !== first && ADULT_TASKS.has(b) && !CHILD_SKILLS.has(b)) &&
      OBJECT_START.test(next)
    );
  }
  const verb = BARE_VERBS.has(first) || INPUT_VERBS.has(first) || CARE_VERBS.has(first);
  if (!verb || CHILD_SKILLS.has(first)) return false;
  return !NOUN_OR_VERB.has(first) || OBJECT_START.test(next);
}

/** Words after a command's verb that cannot follow a noun or an adjective directly. */
const OBJECT_ONLY =
  /^(?:the|a|an|your|his|her|their|my|our|its|them|him|me|us|it|this|these|those|any|some|every|each)$/i;

const SERVICE_NOUN =
  /^(?:life|direct|play|therapy|counselling|support|sessions?|work|assessment|appointments?|contact|referral|input|help|keywork|mentoring|access|regular|weekly)$/;
const SERVICE_WORDS =
  '(?:assessment|referral|sessions?|appointments?|course|programme|group|worker|therapy|counselling|support|check|check-up|review|visit|visits|meeting|diary|record|log|chart|plan|break|rest|call|calls|contact|interview|training|help|advice|tuition|lessons|medical|consultation|time|breaks?|pep|ehcp|ehc plan|pathway plan|care plan|safety plan)';
/** "have a session", "keep a diary", "have three sessions", "have his health assessment". */
const SERVICE_OBJECT = new RegExp(
  `^\\s*(?:(?:an?|some|his|her|their|my|its|the|regular|weekly|fortnightly|monthly|\\d+|one|two|three|four|five|six|ten|twelve)\\s+)?(?:[\\w-]+\\s+){0,3}?${SERVICE_WORDS}\\b`,
  'i',
);
const SCHOOLING = /^\s+(?:to\s+)?(?:school|nursery|college|lessons|classes|all|his|her|their)\b/;
/** A thing that is itself an input: "the calls will go ahead", "sessions to continue". */
const SERVICE_SUBJECT = new RegExp(`${SERVICE_WORDS}s?\\s*$`, 'i');

/** Does the verb take a service or a record as its object, rather than a state or a thing? */
function takesServiceObject(text: string, c: Clause): boolean {
  if (SERVICE_NOUN.test(c.complement)) return true;
  return SERVICE_OBJECT.test(text.slice(c.verbEnd));
}

const CHILD_MENTION = /\b(?:the children|the child|the baby|the girls|the boys|[A-Z][a-z]+)\b/;

/** Decides, per clause, whether it states a change that will be seen. */
/** "will be expected to visit", "will be asked to share": the verb after "to" is what is done. */
const DEFERRING = /^(?:expected|asked|required|encouraged|invited|allowed)$/i;

export function clauseIsOutcome(text: string, c: Clause): boolean {
  // No verb at all ("[child] will [what will be different]") states nothing yet.
  if (c.verb === '') return false;
  if (lemma(c.verb) === 'be' && c.passive && DEFERRING.test(c.complement)) {
    const next = /^\s+to\s+([a-z]+)/i.exec(text.slice(c.verbEnd));
    if (next) {
      const verbStart = c.verbEnd + next[0].length - next[1].length;
      return clauseIsOutcome(text, {
        ...c,
        verb: next[1],
        verbStart,
        verbEnd: verbStart + next[1].length,
        complement: '',
        passive: false,
      });
    }
  }
  if (c.result)
    return (
      c.subject.kind !== 'none' &&
      c.subject.kind !== 'professional' &&
      c.subject.kind !== 'collective' &&
      !THING_INPUT_VERBS.has(lemma(c.verb))
    );
  const { kind } = c.subject;
  const verb = lemma(c.verb);
  switch (kind) {
    case 'child': {
      // "To ensure the children are safe", "To reduce the risk of neglect": with no subject
      // written, an adult's task is still a task, not a change in the child.
      if (
        c.subject.implicit &&
        (ADULT_ONLY.has(verb) || /^\s+the risks?\b/.test(text.slice(c.verbEnd)))
      )
        return false;
      if (!CHILD_INPUT.has(verb)) return true;
      if (verb === 'be') return !(c.passive && INPUT_PARTICIPLES.has(c.complement));
      if (
        (verb === 'have' || verb === 'get' || verb === 'keep') &&
        (c.negated || /^\s+no\b/.test(text.slice(c.verbEnd)))
      )
        return true;
      if (verb === 'have' || verb === 'get' || verb === 'keep') return !takesServiceObject(text, c);
      if (verb === 'go' && /^\s+(?:from|up|down)\b/.test(text.slice(c.verbEnd))) return true;
      if (verb === 'miss')
        return /^\s+(?:no|fewer|less|at most|no more than)\b|\b(?:school|days?|lessons|education)\b/.test(
          text.slice(c.verbEnd, c.verbEnd + 40),
        );
      if (verb === 'go' && /^\s+missing\b/.test(text.slice(c.verbEnd))) return true;
      if (verb === 'attend') return SCHOOLING.test(text.slice(c.verbEnd));
      // "go to bed by 8pm", "go home": a child's own routine; "go to the group": an input.
      if (verb === 'go')
        return (
          !takesServiceObject(text, c) &&
          !/^\s+to\s+(?:(?:the|his|her|their|a|an)\s+)?(?:\w+\s+)?(?:appointments?|sessions?|groups?|clinic|gp|dentist|doctor|club|centre|assessment|meeting)/i.test(
            text.slice(c.verbEnd),
          )
        );
      // "complete 10 sums independently" is the child's work; "complete the course" is an input.
      if (verb === 'complete')
        return (
          /^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s/i.test(
            text.slice(c.verbEnd),
          ) &&
          !/^\s+\S+\s+(?:hours?|sessions?|weeks?|modules?|appointments?)\b/i.test(
            text.slice(c.verbEnd),
          )
        );
      return (
        !takesServiceObject(text, c) &&
        !/^\s+(?:the|a|an|his|her|their|all)?\s*(?:[\w-]+\s+){0,3}?(?:programme|course|sessions?|assessment|work|questionnaire|appointments?)\b/i.test(
          text.slice(c.verbEnd),
        )
      );
      return false;
    }
    case 'owned-thing':
    case 'thing':
    case 'there': {
      if (verb === '') return false;
      if (
        verb === 'be' &&
        c.passive &&
        INPUT_PARTICIPLES.has(c.complement) &&
        !/^\s+up to date/.test(text.slice(c.verbEnd))
      )
        return false;
      if (verb === 'be' && c.complement === 'put') return false;
      if (THING_INPUT_VERBS.has(verb) && !/^\s+(?:up|down|missing)\b/.test(text.slice(c.verbEnd)))
        return false;
      // "at least 10 of the 12 calls will go ahead": a count of inputs is still an input.
      const subjectText = text.slice(c.subject.start, c.subject.end);
      if (SERVICE_SUBJECT.test(subjectText) && !(verb === 'be' && !c.passive)) return false;
      return true;
    }
    case 'parent':
    case 'family':
      if (verb === '') return false;
      if (verb === 'be') return !(c.passive && INPUT_PARTICIPLES.has(c.complement));
      // "will not allow X to have contact with the children" states what the children are
      // protected from; "will not let X into the house" states a rule about the house.
      if (c.negated && (verb === 'allow' || verb === 'let'))
        return CHILD_MENTION.test(text.slice(c.verbEnd, c.end));
      // "not to smoke cannabis while caring for the baby": a rule for the adult, not a change
      // anyone will see in the child.
      if (c.negated && verb !== 'be') return false;
      if ((verb === 'have' || verb === 'keep') && takesServiceObject(text, c)) return false;
      // "keep Hollie safe": a duty restated, not a change anyone will see.
      if (verb === 'keep' && /^[^.;]{0,40}?\bsafe\b/.test(text.slice(c.verbEnd))) return false;
      // What a parent does that is not a service input is their changed care of the child.
      return RESULT_VERBS_FOR_ADULTS.has(verb) || !INPUT_VERBS.has(verb);
    default:
      return false;
  }
}
