/**
 * Reads one objective once and describes its language: who the clauses are about and what they
 * do, the time, quantities and evidence it names. Rules judge from this description, so each
 * rule stays small and every rule sees the same reading of the sentence.
 */
import { findTimes, findVagueTimes, type TimeExpression, type VagueTime } from './dates';
import {
  BARE_VERBS,
  CHILD_SKILLS,
  NOT_COMMANDS,
  NOUN_OR_VERB,
  INPUT_VERBS,
  CARE_VERBS,
} from './lexicon';
import { findClauses, presentTenseClause, type Clause } from './analysis/clauses';
import {
  findBenchmarks,
  findCrispEvents,
  findEvidence,
  findNamedServices,
  findQuantities,
} from './analysis/measures';
import { clauseIsOutcome } from './analysis/outcome';
import { labelledParts } from './analysis/parts';
import { findAgents, findCollectives, findRoles, type Role } from './analysis/roles';
import type { Reading } from './analysis/subjects';
import { findPlaceholders, maskSlots, type Placeholder } from './placeholders';
import type { Match } from './text';
import type { ObjectivePart } from './types';

export type { Clause } from './analysis/clauses';
export { clauseIsOutcome } from './analysis/outcome';
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
