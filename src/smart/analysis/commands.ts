/**
 * Whether the objective is a command ("Keep the baby's appointments", "Not take illegal drugs")
 * or opens with a gerund of an adult's task ("Meeting the housing officer"): an action stated
 * with nobody named as doing it.
 */
import {
  BARE_VERBS,
  CHILD_SKILLS,
  CARE_VERBS,
  INPUT_VERBS,
  LY_ADVERB,
  NOT_COMMANDS,
  NOUN_OR_VERB,
  PERFORMANCE_CRITERION,
} from '../lexicon';
import { ITEM_LEAD } from '../text';
import type { Clause } from './clauses';

/** The objective's first two words, after its bullet or number. */
const OPENING_WORDS = new RegExp(
  // "Month 2: Apply for 5 jobs per week": a stage of the plan, then its command. "Re-refer Osian
  // to the clinic" is a referral made again: the command is the verb after "re-".
  String.raw`${ITEM_LEAD}(?:(?:[Ww]eek|[Mm]onth|[Pp]hase|[Ss]tage|[Ss]tep)s?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*:\s*)?(?:(?:[Aa]lways|[Ii]mmediately|[Pp]lease)\s+)?(?:[Rr]e-(?=[a-z]))?([A-Za-z]+)(?:\s+([\w'’]+))?`,
);

/**
 * Does the objective open with a command, where no clause found names who does it: there is no
 * clause, the first has no subject or starts far in, or the command comes before its subject?
 */
export function isImperative(text: string, clauses: Clause[]): boolean {
  const opening = OPENING_WORDS.exec(text);
  if (describesSkill(opening)) return false;
  // "Give correct picture on 9 of 10 trials": a goal bank's skill, judged by how often the
  // child does it right, with the child left out, not a task for whoever reads it.
  if (PERFORMANCE_CRITERION.test(text)) return false;
  const first = opening?.[1]?.toLowerCase() ?? '';
  // "Take your kids to the doctor": the command comes before what reads as a subject.
  const firstAt = opening ? opening.index + opening[0].indexOf(opening[1]) : 0;
  // "Set a date to review the plan": the command itself was read as the subject of "to".
  const commandAsSubject =
    clauses.length > 0 &&
    clauses[0].subject.start === firstAt &&
    /^\s*(?:(?:not|never)\s+)?to\b/i.test(text.slice(clauses[0].subject.end)) &&
    /^[a-z]/i.test(opening?.[1] ?? '');
  const commandFirst =
    clauses.length > 0 &&
    opening !== null &&
    (clauses[0].subject.start > firstAt || commandAsSubject) &&
    !/[,:;]/.test(text.slice(0, clauses[0].subject.start));
  return (
    (clauses.length === 0 ||
      clauses[0].subject.kind === 'none' ||
      clauses[0].verbStart > 60 ||
      commandFirst) &&
    startsWithAction(first, opening?.[2] ?? '', text.slice(0, 60))
  );
}

/** People or services someone finds for a child: the object of an adult's "identify". */
const IDENTIFY_PEOPLE =
  /\bidentify\s+(?:and\s+\w+\s+)?(?:(?:the|a|an|any|all|two|three|suitable|appropriate|safe|named|key|lead|alternative|potential)\s+)*(?:[\w-]+\s+){0,2}?(?:professionals?|workers?|adults?|person|people|carers?|members?|relatives?|family|friends?|who|supports?|services?|agenc(?:y|ies)|schools?|placements?|providers?|housing|accommodation|resources)\b/i;

/** Words an object starts with: "Meeting the housing officer", "teaching children the names". */
const OBJECT_START =
  /^(?:the|a|an|his|her|their|its|your|my|our|all|any|every|each|regular|weekly|daily|him|them|up|out|that|this|these|those|to|with|for|on|in|at|and|children|child|kids|babies|baby|parents?|famil(?:y|ies)|carers?|young|[A-Z][\p{L}'’-]*|\d+)$/u;
/** A command's verb as plans open one: a task ("Refer"), an input ("Attend") or care ("Clean"). */
export const isCommandVerb = (word: string): boolean =>
  BARE_VERBS.has(word) || INPUT_VERBS.has(word) || CARE_VERBS.has(word);

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
 * The command's verb as it may be listed: the opening word as written, and the stems of a
 * gerund ("Reporting any changes" -> "report"; "Keeping" -> "keep").
 */
export function commandVerbs(text: string): string[] {
  const first = OPENING_WORDS.exec(text)?.[1]?.toLowerCase();
  return first ? verbBase(first) : [];
}

/**
 * Does the objective open with a command ("Keep the baby's appointments", "Refer Maya") or a
 * gerund of an adult's task ("Meeting the housing officer")? Then nobody is named as doing it.
 */
function startsWithAction(first: string, next: string, rest = ''): boolean {
  if (!first || first === 'to') return false;
  // "Improve social skills", "Develop self-regulation strategies": the child's own skills are
  // the object, so this is a target for the child, not a task for an adult. "Reduce loneliness",
  // "increase vocalizations", "stop cussing people out": a change asked for, as goal banks and
  // plans list targets, whatever its object (but "reduce the risk", the adults' task).
  if (asksForOwnChange(rest)) return false;
  // "Identify sight words", "Identify triggers that can cause a reaction": the child's own
  // skill, as a goal bank lists it; "Identify the lead professional", "Identify two adults who
  // could care for the children" is a task for the adults.
  if (first === 'identify') return IDENTIFY_PEOPLE.test(rest);
  // "Not take illegal drugs", "No taking of drugs": a rule for an adult, unnamed. "No missing
  // episodes", "No offending": "missing" describes and "offending" names a result, no deed to ban.
  if (
    first === 'not' ||
    (first === 'no' &&
      /ing$/.test(next) &&
      !/^(?:missing|(?:re-?)?offending|outstanding|existing|lasting|remaining)$/i.test(next))
  )
    return true;
  // "Come to court every Wednesday", "Turn up on time for contact": attending, as "Attend" is.
  if ((first === 'come' && next === 'to') || (/^(?:turn|show)$/.test(first) && next === 'up'))
    return true;
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
  if (!isCommandVerb(first) || CHILD_SKILLS.has(first)) return false;
  return !NOUN_OR_VERB.has(first) || OBJECT_START.test(next);
}

/**
 * "Uses the toilet", "Demonstrates the steps": a skills checklist's item, the child's own skill
 * with its subject left out. A command never takes the -s of "he uses".
 */
export function isSkillDescriptor(text: string): boolean {
  return describesSkill(OPENING_WORDS.exec(text));
}

function describesSkill(opening: RegExpExecArray | null): boolean {
  return (
    opening !== null &&
    OBJECT_ONLY.test(opening[2] ?? '') &&
    thirdPersonOfVerb(opening[1].toLowerCase())
  );
}

/** The skill word of a subject: alone ("Learn"), or after an adverb ("Independently raise …"). */
const SKILL_WORD = new RegExp(String.raw`^(?:${LY_ADVERB}\s+([a-z]+)\b.*|([a-z]+))$`);

const SKILL_FIRST = new RegExp(String.raw`${ITEM_LEAD}(?:${LY_ADVERB}\s+)?([a-z]+)\b`, 'i');

/**
 * The child's skill verb the objective opens with ("play a board game …", "Independently raise
 * hand …"), with where it ends, or undefined when it opens otherwise.
 */
export function openingSkill(
  text: string,
): { word: string; start: number; end: number } | undefined {
  const m = SKILL_FIRST.exec(text);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  if (!CHILD_SKILLS.has(word)) return undefined;
  return { word, start: m[0].length - m[1].length, end: m[0].length };
}

/** Nothing before the objective's first word but its bullet or number. */
const LEAD_ONLY = new RegExp(String.raw`${ITEM_LEAD}$`);

/**
 * A subject that is only a child's skill verb, "Be able" or a "Using …" phrase before "to":
 * "Learn to use the washing machine", "Be able to follow 3 of 5 conventions".
 */
export function isSkillBeforeTo(
  text: string,
  start: number,
  end: number,
  /** The words were read as a child's name ("Emma to support conclusions … in 8/10 trials"). */
  readAsName = false,
): boolean {
  const word = text.slice(start, end).trim().toLowerCase();
  // "Independently raise hand to answer questions": the skill's own words, adverb first.
  // "Use the spoon to feed her" stays a command: only the bare skill word, or one after an adverb.
  const skill = SKILL_WORD.exec(word)?.slice(1).find(Boolean) ?? '';
  // Where and what follows are asked first: they are cheap, and a long paste of run-on clauses
  // asks this of thousands of subjects, each time scanning the whole text for a criterion.
  if (!/^\s+to\s/i.test(text.slice(end)) || !LEAD_ONLY.test(text.slice(0, start))) return false;
  return (
    // "Be able to follow 3 of 5 conventions", "Using recipe cards to prepare a snack"; "Use
    // self-selected strategy to complete tasks in 4/5 opportunities", "Attend to task … in 4/5
    // trials": judged by how often it is done right, whatever the verb, it is the child's skill.
    // "learning to request a visit to the bathroom": the skill's gerund, as a list of goals has it.
    verbBase(skill).some((b) => CHILD_SKILLS.has(b)) ||
    /^(?:be able|using\b.*)$/.test(word) ||
    // A name alone before "to" is who does it, as in any note ("Emma to read …").
    (/^[a-z]+(?:\s+[a-z-]+){0,3}$/.test(word) &&
      (!readAsName || /\s/.test(word)) &&
      PERFORMANCE_CRITERION.test(text))
  );
}

/** "uses" of "use", "identifies" of "identify", "washes" of "wash": a known verb's -s form. */
function thirdPersonOfVerb(word: string): boolean {
  if (!/[^s]s$/.test(word)) return false;
  const bases = [word.slice(0, -1), word.replace(/ies$/, 'y'), word.replace(/es$/, '')];
  return bases.some((b) => b !== word && (isCommandVerb(b) || CHILD_SKILLS.has(b)));
}

/** "Improve social skills": a fragment whose object is the child's own skills, for the child. */
const OWN_SKILLS = new RegExp(
  String.raw`${ITEM_LEAD}(?:improve|develop|build|increase|strengthen|practise|practice|maintain|reduce|decrease|lower|lessen)\s+(?:his |her |their |my |own |(?:the )?child['’]s )?(?:[\w-]+\s+){0,3}?(?:skills?|strategies|abilit(?:y|ies)|confidence|independence|attention|engagement|vocabulary|friendships?|anxiety|anxieties|anger|worr(?:y|ies)|fears?|stress|attitudes?|self-esteem|resilience|attendance|punctuality|development|behaviou?rs?|communication|participation)\b`,
  'i',
);

/** A fragment that opens by asking for a change: "Reduce or eliminate physical aggression". */
const CHANGE_FIRST = new RegExp(
  String.raw`${ITEM_LEAD}(?:to\s+)?(?:increase|reduce|decrease|eliminate|replace|stop|lessen|minimi[sz]e|cut down(?: on)?)\b(?!\s+(?:(?:the|any)\s+)?risks?\b)`,
  'i',
);

/**
 * Does a fragment open with the change it asks of the one the plan is for ("Improve social
 * skills", "reduce loneliness"), rather than a task for whoever reads it?
 */
export function asksForOwnChange(text: string): boolean {
  return OWN_SKILLS.test(text) || CHANGE_FIRST.test(text);
}

/** Words after a command's verb that cannot follow a noun or an adjective directly. */
const OBJECT_ONLY =
  /^(?:the|a|an|your|his|her|their|my|our|its|them|him|me|us|it|this|these|those|any|some|every|each)$/i;
