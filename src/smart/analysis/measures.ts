/**
 * What an objective names that can be checked or counted: quantities, evidence, benchmarks,
 * events that either happen or do not, and named services.
 */
import { BIRTH_WORDS, type TimeExpression } from '../dates';
import { SERVICE_USER } from './roles';
import {
  BENCHMARK_PATTERNS,
  CRISP_EVENT_PATTERNS,
  EVIDENCE_PATTERNS,
  NOT_NAMES,
  PROFESSIONAL_ROLES,
} from '../lexicon';
import {
  allMatches,
  memoise,
  overlapping,
  overlaps,
  phraseMatcher,
  phraseRegex,
  PLAN_LABEL_WORDS,
  wordsBefore,
  type Match,
} from '../text';

// Word boundaries are spelt out, (?<!\w) before a word's first character and (?!\w) after its
// last, because V8 runs \b slowly under /iu: the same matches in half the time.
const QUANTITY_RE =
  /(?:(?<!\w)(?:at least|at most|no more than|no fewer than|no less than|fewer than|less than|more than|under|over|below|above|up to|(?:a )?(?:minimum|maximum) of|from)\s+)?(?:(?<!\w)\d+(?:[.,]\d+)?\s*(?:%|per ?cent|percent)|(?<!\w)\d+(?:[.,]\d+)?(?:\s*(?:am|pm))?(?![\p{L}-])|(?<!\w)\d+-(?:sessions?|weeks?|days?|hours?|minutes?|visits?|nights?)(?!\w)|(?<=(?:at least|at most|no more than|no fewer than|no less than|fewer than|less than|more than|up to)\s{1,4})(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|once)(?!\w)|(?<!\w)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|half)\s+(?:out of\s+\w+\s+)?(?:of\s+(?:the|his|her|their)\s+)?(?:sessions?|visits?|nights?|days?|incidents?|times?|words?|units?|weeks?|appointments?|adults?|samples?|transitions?|observations?|lessons?|meals?|checks?|drinks?|hours?|trusted|named|(?:[\w-]+\s+){1,3}(?:sessions|visits|adults|words|appointments|weeks|nights|days|units|incidents)|(?:[\w-]+\s+){0,3}[a-z]+s(?!\w)))/giu;

/** A day of the calendar, which "up to 6 March" reaches rather than counts. */
const CALENDAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,2}[/.]\d{1,2}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * "no more than 3 days a week", "clean and sober for at least 30 days": a threshold inside a
 * frequency or a length of time is still a quantity.
 */
const COMPARATOR =
  /^(?:at least|at most|no more than|no fewer than|no less than|fewer than|less than|more than|under|over|below|above|up to|(?:a )?(?:minimum|maximum) of)\b/i;

/** Counts and amounts that are not part of a time, a name or a child's age. */
/** "a third fewer episodes", "half of the sessions": a proportion written in words. */
const FRACTION_RE = /\b(?:(?:a|one) )?(?:half|third|quarter)\s+(?:fewer|less|more|of)\b/gi;

/** "born 18 April 2010", "DOB: 12/03/2019": who the child is, neither a count nor a time. */
const BIRTH_DATE = new RegExp(
  String.raw`${BIRTH_WORDS}(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`,
  'gi',
);

const SESSIONS_COUNTED = /\d\s+sessions$/i;

export function findQuantities(text: string, times: TimeExpression[]): Match[] {
  const found = allMatches(QUANTITY_RE, text);
  if (/\b(?:half|third|quarter)\b/i.test(text)) {
    found.push(...allMatches(FRACTION_RE, text));
    found.sort((x, y) => x.start - y.start);
  }
  const births = /\b(?:born|dob|d\.o\.b|date of birth)\b/i.test(text)
    ? allMatches(BIRTH_DATE, text)
    : [];
  // "3. Maya will feel happier", "Goal 1: …": the number of a list's item counts nothing.
  const itemNumberEnd = ITEM_NUMBER.exec(text)?.[0].length ?? 0;
  return found.filter(
    (q) =>
      q.start >= itemNumberEnd &&
      !overlapping(times, q).some(
        (t) =>
          !(COMPARATOR.test(q.text) && !CALENDAR.test(text.slice(t.start, t.end))) &&
          // "take part in 6 sessions": a number of sessions is counted on the register, though
          // it is read as a length of time too.
          !SESSIONS_COUNTED.test(text.slice(t.start, t.end)),
      ) &&
      !isPartOfName(text, q) &&
      !births.some((b) => overlaps(b, q)),
  );
}

const ITEM_NUMBER = new RegExp(
  String.raw`^\s*(?:\(?\d{1,3}[.)]\s|(?:${PLAN_LABEL_WORDS})\s*\d{1,3}[a-z]?\s*(?:[:.)]|\s[-\u2013\u2014])\s)`,
  'i',
);

function isPartOfName(text: string, m: Match): boolean {
  // "Tiana (4)": a child's age in brackets; "Key Stage 2", "Level 2": part of a name.
  if (/^\d+$/.test(m.text) && text[m.start - 1] === '(' && text[m.end] === ')') return true;
  if (
    /\b[A-Z][a-z]+ $/.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
    /^\d/.test(m.text) &&
    // "Attend 100% of visits", "All 24 sounds": the first word of a sentence is no name.
    !/^\s*(?:[-*\u2022]\s*)?[A-Z][a-z]+ $|[.:;•]\s*[A-Z][a-z]+ $/.test(text.slice(0, m.start))
  ) {
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    if (
      !/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) $/.test(
        before,
      )
    )
      return true;
  }
  if (!NOT_A_COUNT.test(m.text) && notACount(text, m)) return true;
  // "GAD-7", "Year 11": digits glued to a name are not quantities.
  return (
    /[A-Za-z]-$/.test(text.slice(Math.max(0, m.start - 4), m.start)) ||
    /\bYear $/.test(text.slice(Math.max(0, m.start - 5), m.start))
  );
}

/** A comparison or a share is a count whatever surrounds it ("under 18%"). */
const NOT_A_COUNT = /%|per ?cent/i;

/** "1:1 support", "2:1", "1-1 work", "1 to 1 tuition": a staffing ratio, not a count. */
const RATIO_AFTER = /^:[1-4](?![\d:.])/;
const RATIO_BEFORE = /(?<![\d:.-])[1-4]:$/;
/** "1-1", "1 to 1": written out, only one to one is a ratio ("1-2 hours" is a range). */
const ONE_TO_ONE_AFTER = /^\s+to\s+1\b/;
const ONE_TO_ONE_BEFORE = /(?<![\d:.-])1(?:-|\s+to\s+)$/;
/** "s.17", "s 81(1)(c)", "paragraph 11", "page 4", "P 8.1": a reference, not a count. */
const REFERENCE_BEFORE =
  /(?:(?<!['’])\b(?:s|ss|section|para|paragraph|page|pp?|rule|article|clause|regulation|reg|standard|CP)\.?\s*|§\s*)$/i;
/** "turning 16", "age 14 and older", "18+ accommodation", "a 3 y.o.": an age, not a count. */
const AGE_BEFORE = /\b(?:age|aged|ages|turning|turns|turn|reaching|reaches)\s+$/i;
const AGE_AFTER =
  /^(?:\s*y\.?\s?o\b|[- ]?years?[- ]old\b|\s+(?:and|or)\s+(?:older|over|above|up|under|younger)\b)/i;
/** "under 18 unless …", "a person under 18.": an age when nothing counted follows. */
const UNDER_AGE =
  /^(?:under|over)\s+\d{1,2}(?![\d,.]\d)(?=\s*(?:$|[.,;:)]|\s+(?:unless|who|years?\b)))/i;
/** "born in 2018", "X born (omitted) 2010": the year of a birth, not a count. */
const BORN_YEAR = /^(?:19|20)\d\d$/;
const BORN_BEFORE = /\bborn\b[^.;\d]{0,16}$/i;

function notACount(text: string, m: Match): boolean {
  const before = wordsBefore(text, m.start, 14);
  const after = text.slice(m.end, m.end + 16);
  if (/^[1-4]$/.test(m.text) && (RATIO_AFTER.test(after) || RATIO_BEFORE.test(before))) return true;
  if (m.text === '1' && (ONE_TO_ONE_AFTER.test(after) || ONE_TO_ONE_BEFORE.test(before)))
    return true;
  if (REFERENCE_BEFORE.test(before)) return true;
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after) || UNDER_AGE.test(m.text)) return true;
  // "18+ accommodation": the ages a service is for.
  if (/^(?:1[6-9]|2[0-5])$/.test(m.text) && after.startsWith('+')) return true;
  return BORN_YEAR.test(m.text) && BORN_BEFORE.test(wordsBefore(text, m.start, 24));
}

const EVIDENCE_RE = phraseRegex(EVIDENCE_PATTERNS, true);

/** Named evidence, unless a gap follows it: "recorded by [who]" (masked to '#') names no record. */
export function findEvidence(text: string): Match[] {
  return allMatches(EVIDENCE_RE, text).filter(
    (e) =>
      !/^\s*(?:by|in|on|at|with|from|to|using)?\s*#/i.test(text.slice(e.end, e.end + 12)) &&
      // "as measured by ____ (checklists, observation, etc.)": the template's suggestions for
      // the gap, not evidence anyone has chosen.
      !/#\s*\([^)]*$/.test(text.slice(Math.max(0, e.start - 80), e.start)),
  );
}

const BENCHMARK_RE = phraseRegex(BENCHMARK_PATTERNS, true);

export function findBenchmarks(text: string): Match[] {
  return allMatches(BENCHMARK_RE, text);
}

// Crisp events named by their capitals ("the Caring Dads programme") keep their case; the rest
// are matched in any case below. Only the capital ones are compiled twice.
const CRISP_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CRISP_EVENT_PATTERNS.filter((p) => p.includes('[A-Z]')).join('|')})`,
  'gu',
);
const CRISP_RE_I = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CRISP_EVENT_PATTERNS.filter((p) => !p.includes('[A-Z]')).join('|')})`,
  'giu',
);

export function findCrispEvents(text: string): Match[] {
  return [...allMatches(CRISP_RE, text), ...allMatches(CRISP_RE_I, text)];
}

const NAMED_SERVICE_RE =
  /\b(?:the )?(?:[A-Z][\w'’&-]*|\d+-week)(?: (?:[A-Z][\w'’&-]*|of|and|for|&))*(?: (?:Programme|Program|Service|Centre|Center|Hub|Group|Team|Clinic|Project|Course|Unit|Trust|Partnership|Academy|School|Primary|Nursery|College))?\b/g;

const TITLED = /^(?:the )?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mstr)\b/;

/** "The Social Worker", "Family Support Worker": a job title in capitals is a role, not a service. */
const ROLE_TITLES = new Set(PROFESSIONAL_ROLES);
const isRoleTitle = (text: string) => ROLE_TITLES.has(text.replace(/^the\s+/i, '').toLowerCase());

/** A to Z: what /^[A-Z]/ tests, without a pattern run for every word of every name. */
function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** One matcher per organisation's list of services, built once (rule sets are reused). */
const SERVICE_MATCHERS = new WeakMap<string[], (text: string) => Match[]>();

export function findNamedServices(text: string, services: string[]): Match[] {
  const local =
    services.length > 0
      ? memoise(SERVICE_MATCHERS, services, () => phraseMatcher(services))(text)
      : [];
  const named = allMatches(NAMED_SERVICE_RE, text).filter((m) => {
    const words = (m.text.startsWith('the ') ? m.text.slice(4) : m.text).split(' ');
    // A named service is a capitalised name of two or more words, or one tied to a service noun.
    const capitals = words.filter(
      (w) => isCapital(w.charCodeAt(0)) && !NOT_NAMES.has(w.toLowerCase()),
    );
    // "Ms Kowalski" is a person, not a service; so is the "Service User" of a probation plan.
    if (TITLED.test(m.text) || SERVICE_USER.test(m.text) || isRoleTitle(m.text)) return false;
    return (
      capitals.length >= 2 ||
      /(?:Programme|Program|Service|Centre|Hub|Group|Clinic|Project|Course)$/.test(m.text)
    );
  });
  return [...local, ...named];
}
