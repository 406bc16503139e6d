/**
 * Reads one objective once and describes its language: who the clauses are about and what they
 * do, the time, quantities and evidence it names. Rules judge from this description, so each
 * rule stays small and every rule sees the same reading of the sentence.
 */
import {
  findClauses,
  firstPersonCommandClause,
  presentTenseClause,
  type Clause,
} from './analysis/clauses';
import {
  isImperative,
  isSkillBeforeTo,
  isSkillDescriptor,
  openingSkill,
} from './analysis/commands';
import {
  findBenchmarks,
  findCrispEvents,
  findEvidence,
  findNamedServices,
  findQuantities,
} from './analysis/measures';
import { clauseIsOutcome } from './analysis/outcome';
import { labelledParts, labelsToBlank, partLabels } from './analysis/parts';
import {
  findAgents,
  findCollectives,
  findRoles,
  withNamedAdults,
  type Role,
} from './analysis/roles';
import type { FamilyRole } from './family-names';
import type { Reading } from './analysis/subjects';
import { findTimes, findVagueTimes, type TimeExpression, type VagueTime } from './dates';
import { findPlaceholders, maskSlots, type Placeholder } from './placeholders';
import { NOUN_OR_VERB, ORGANISATION_HEADS } from './lexicon';
import { blankSpans, ITEM_LEAD, type Match } from './text';
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
  /** The adults the plan introduces by first name, with their role ("Agnieszka": Mum). */
  adults?: ReadonlyMap<string, FamilyRole>;
  /** The plan speaks as its child or young person: a command with no subject is theirs. */
  ownPlan?: boolean;
  /** Who "you" is, when the heading over the objective speaks to an adult (addresseeOf). */
  you?: 'parent' | 'professional';
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
  /** Set when the plan speaks as its child or young person (own-plan.ts). */
  ownPlan?: true;
}

/**
 * The first pass over an objective: its words as the rules read them and the times they name.
 * Finding times (chrono and some thirty patterns) is the largest single pass; a plan runs it
 * over a batch of objectives before the rest of their reading (check.ts, checkObjectives), which
 * keeps its code and data in the processor's caches.
 */
export interface FirstPass {
  original: string;
  today: Date;
  cased: string;
  placeholders: Placeholder[];
  /** The text as read: slots masked, quotes undone. */
  text: string;
  times: TimeExpression[];
}

const DEFAULT_TODAY = new Date(2026, 0, 1);

/**
 * What only a service's name has: "The Joint Support Team", "Horizon Recovery Service",
 * "Citizens Advice".
 */
const SERVICE_NAME = new RegExp(String.raw`^the\b|\b(?:${ORGANISATION_HEADS.join('|')})\b`, 'i');

export function firstPass(original: string, today: Date = DEFAULT_TODAY): FirstPass {
  const cased = fromCapitals(original);
  const placeholders = findPlaceholders(cased);
  // Slots are masked so that "by [date]" is no date and "recorded by [who]" is no evidence.
  const text = unquote(maskSlots(cased, placeholders));
  return { original, today, cased, placeholders, text, times: findTimes(text, today) };
}

/** Reads an objective's language once for all the rules. */
export function analyse(
  original: string,
  options: AnalysisOptions = {},
  first?: FirstPass,
): Analysis {
  const today = options.today ?? DEFAULT_TODAY;
  // A first pass made for other words or another day is not this one's.
  const pass =
    first && first.original === original && first.today.getTime() === today.getTime()
      ? first
      : firstPass(original, today);
  const { cased, placeholders, text, times } = pass;
  const roles = withNamedAdults(findRoles(text), text, options.adults);
  const collectives = findCollectives(text, roles);
  const namedServices = findNamedServices(text, options.services ?? []);
  const people = placeholders.filter((p) => p.person);
  const reading: Reading = { text, roles, collectives, times, people };
  // A pasted row's column labels are blanked for the clause reading: "How we'll know:" does not
  // say that "we" will know, and "Action: Action:" hides no subject. Offsets stay as they were.
  const labels = partLabels(text);
  const blanks = labelsToBlank(text, labels);
  const clauseReading =
    blanks.length === 0
      ? reading
      : {
          ...reading,
          text: blankSpans(text, blanks),
        };
  // "Uses the spoon to feed herself": the skill is the child's, so its words are no subject.
  const clauses = isSkillDescriptor(text)
    ? findClauses(clauseReading).filter((c) => c.subject.start > text.search(/[A-Za-z]/))
    : findClauses(clauseReading);
  const evidence = findEvidence(text);
  const benchmarks = findBenchmarks(text);
  const crispEvents = findCrispEvents(text);
  const quantities = findQuantities(text, times);
  const agents = findAgents(text, roles);
  const command = isImperative(text, clauses);
  // "Wash my dishes after dinner", "appear for each of my classes at the start time": a command
  // in the first person is the child's own plan item, whether or not its verb is one we know as
  // a command; a fragment that opens with a determiner or a pronoun is no command at all.
  const ownCommand =
    clauses.length === 0 && (command || !NO_COMMAND_START.test(text))
      ? firstPersonCommandClause(text)
      : [];
  clauses.push(...ownCommand);
  const imperative = command && ownCommand.length === 0;
  // "Learn to read simple recipes": the child's own skill, with the subject left out, not a
  // subject "Learn" before "to".
  if (!imperative)
    for (const c of clauses)
      if (isSkillBeforeTo(text, c.subject.start, c.subject.end, c.subject.kind === 'child'))
        c.subject = { kind: 'child', start: c.subject.start, end: c.subject.end, implicit: true };
  // "Understand how to read and pay bills", "Memorize or write down the numbers of people who
  // can help": a skill verb opens the objective, so the words before a later verb are no subject.
  if (!imperative && clauses.length > 0 && opensWithSkill(text, clauses[0]))
    clauses.splice(0, clauses.length);
  if (clauses.length === 0 && !imperative) clauses.push(...presentTenseClause(reading));
  const you = options.you;
  if (you)
    for (const c of clauses)
      if (
        c.subject.kind === 'child' &&
        /^\s*you\s*$/i.test(text.slice(c.subject.start, c.subject.end))
      )
        c.subject = { ...c.subject, kind: you };
  for (const c of clauses) c.isOutcome = clauseIsOutcome(text, c);
  // "Jaxon Brown will see a paediatrician": a person's full name is two capitals, as "Horizon
  // Recovery" is, but it names who acts, not the service.
  const actors = clauses.map((c) => c.subject).filter((s) => s.kind === 'child');
  const services =
    actors.length === 0
      ? namedServices
      : namedServices.filter(
          (m) =>
            SERVICE_NAME.test(m.text) || !actors.some((s) => m.start >= s.start && m.end <= s.end),
        );
  return {
    text: cased,
    clauses,
    parts: options.parts?.length ? options.parts : labelledParts(text, labels),
    roles,
    collectives,
    times,
    vagueTimes: findVagueTimes(text),
    quantities,
    frequencies: times.filter((t) => t.kind === 'frequency'),
    evidence,
    benchmarks,
    crispEvents,
    namedServices: services,
    agents,
    imperative,
    placeholders,
    ...(options.today ? { today: options.today } : {}),
    ...(options.ownPlan ? { ownPlan: true as const } : {}),
  };
}

/** Does a child's skill verb open the objective, inside what was read as the first subject? */
function opensWithSkill(text: string, first: Clause): boolean {
  const skill = openingSkill(text);
  return (
    skill !== undefined &&
    !NOUN_OR_VERB.has(skill.word) &&
    first.subject.start <= skill.start &&
    first.subject.end > skill.end
  );
}

const NO_COMMAND_START = new RegExp(
  String.raw`${ITEM_LEAD}[^\w\s]*(?:my|the|a|an|no|not|to|i)\b`,
  'i',
);

/**
 * "DAD TO PROVIDE A NEGATIVE HAIR STRAND TEST BY 28/02/2027 – SW to arrange": words typed in
 * capitals (three or more in a row) are read as they would be in lower case, with the text's
 * first letter kept and role initials ("SW", "HV", "DSL") left as they are. Each letter keeps its
 * place, so every span still points at the words the writer typed.
 */
function fromCapitals(text: string): string {
  // Tried only where a run of capitals begins: from inside one, a long run backtracks for ever.
  if (!/(?<!\p{Lu})\p{Lu}{2,}[^\p{L}]+\p{Lu}+[^\p{L}]+\p{Lu}{2,}/u.test(text)) return text;
  const lower = (word: string) =>
    [...word].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  const firstLetter = text.search(/\p{L}/u);
  return text.replace(CAPITALS_RUN, (run, offset: number) => {
    let first = offset === firstLetter;
    return run.replace(/\p{L}+/gu, (word, at: number) => {
      if (first) {
        first = false;
        return word[0] + lower(word.slice(1));
      }
      // "SAM'S", "WE'LL": what follows an apostrophe is part of the word before it.
      if (/['’]/.test(run[at - 1] ?? '')) return lower(word);
      return word.length <= 3 && !COMMON_SHORT.has(word) ? word : lower(word);
    });
  });
}

/** Three or more words in capitals in a row, with what lies between them. */
const CAPITALS_RUN = /(?<!\p{L})\p{Lu}+(?:[^\p{L}\n]{1,4}\p{Lu}+(?!\p{L})){2,}/gu;

/** Short words typed in capitals that are words, not a role's initials ("SW", "HV", "DSL"). */
const COMMON_SHORT = new Set(
  `A AN AND ANY ARE AS AT BE BED BY CAN CAR DAD DAY DO FOR GET GO HAS HE HER HIM HIS HOW I IF IN
  IS IT ITS MAY ME MUM MY NO NOT NOW OF ON ONE OR OUR OUT OWN SEE SHE SIX SO THE TO TOO TWO UP US
  USE WAS WE WHO WAY WHY YOU TEN NAN ADD AGE AGO ALL ASK ATE BAD BIG BOY BUS CUT DID EAT END
  FAR FEW FIT FUN GOT HAD HOT JOB KEY KID LET LOT LOW MET NEW OFF OLD PAY PUT RAN RUN SAT SAY
  SET SIT TOP TOY TRY WON YES YET`.split(/\s+/),
);

/**
 * "“I feel safe at home.”": a child's words quoted whole are read as the sentence they quote.
 * The quotation marks become spaces, so every position in the text stays where it was.
 */
function unquote(text: string): string {
  const open = /^\s*["“‘]/.exec(text);
  if (!open) return text;
  const at = open[0].length - 1;
  const close = /["”’]\s*[.!]?\s*$/.exec(text);
  const inner = text.slice(0, at) + ' ' + text.slice(at + 1);
  if (!close || close.index <= at) return inner;
  return inner.slice(0, close.index) + ' ' + inner.slice(close.index + 1);
}
