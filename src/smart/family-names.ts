/**
 * Who is who in a plan. Plans name the family's adults by first name once they have said who
 * they are ("Mum (Kelly)", "Mother: Chloe Hart", "His mother, Tanya,", "Unborn baby of Chloe
 * Hart"), and then write "Kelly said …" or put "Chloe's views" over the mother's views. Read
 * without knowing that, the mother's views count as the child's. The professionals a plan names
 * ("Social worker: Priya Shah") are read the same way, so "Priya said: …" is not the child's
 * words. Both whole-plan readers (the checklist and the family read) see named adults by their
 * role through here.
 */

/** How a named adult is read: a parent, another carer in the family, or a professional. */
import type { PlanDocument } from './document';
import { planLines } from './plan-lines';

export type FamilyRole = 'Mum' | 'Dad' | 'Carer' | 'Worker';

/**
 * Who says things in a plan that are not the child's views: the family's adults, others by their
 * title, and the plural or impersonal voice a family plan speaks in ("We would like …").
 */
export const NOT_THE_CHILD =
  '(?:Mum|Mummy|Mam|Mom|Mother|Dad|Daddy|Father|Stepdad|Stepmum|Nan|Nana|Nanny|Gran|Granny|Grandma|Grandad|Grandpa|Aunt|Auntie|Uncle|Carer|Carers|Parent|Parents|School|Police|Teacher|Worker|Dr|Mr|Mrs|Ms|Miss|We|They|You|Everyone|Everybody|Someone|Nobody|It|This|That|There)';

const NAME = String.raw`[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;
/** A role word as plans write it, capitalised or not ("Mother", "mother"). */
const either = (words: string[]) =>
  words.map((w) => `[${w[0]}${w[0].toLowerCase()}]${w.slice(1)}`).join('|');
const PARENT = either([
  'Mum',
  'Mam',
  'Mother',
  'Mom',
  'Dad',
  'Father',
  'Stepdad',
  'Stepfather',
  'Stepmum',
  'Stepmother',
]);
const CARER = either([
  'Nan',
  'Nana',
  'Nanny',
  'Gran',
  'Granny',
  'Grandma',
  'Grandad',
  'Aunt',
  'Auntie',
  'Aunty',
  'Uncle',
]);

/** Each way a plan says a name is one of the family's adults; `role` and `name` are groups. */
const INTRODUCTIONS: RegExp[] = [
  // "Mum (Kelly)", "Nana (Jean)"
  new RegExp(String.raw`\b(?<role>${PARENT}|${CARER})\s*\((?<name>${NAME})\)`, 'g'),
  // "Kelly (Mum)", "Stacey Moore (Mother)", "Destiny Holloway (mother)"
  new RegExp(
    String.raw`\b(?<name>${NAME})(?: ${NAME})?\s*\((?:birth |the )?(?<role>${PARENT})\)`,
    'g',
  ),
  // "Nana Jean", "Uncle Mo"
  new RegExp(String.raw`\b(?<role>${CARER}) (?<name>${NAME})\b`, 'g'),
  // "Mother: Chloe Hart", "Parent: Destiny Holloway", a details table's label and name
  new RegExp(
    String.raw`(?:^|[,;]\s*)\s*(?:[Bb]irth )?(?<role>${PARENT}|${either(['Parent', 'Carer'])}|Foster carer|Kinship carer)s?(?:['’]s name)?\s*[:\t–-]\s*(?:(?:Mr|Mrs|Ms|Miss)\.? )?(?<name>${NAME})\b`,
    'gm',
  ),
  // "His mother, Tanya,", "the children's father, Ryan", "Chloe's partner, Ryan"
  new RegExp(
    String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he (?:child|children|baby|young person)['’]s|${NAME}['’]s) (?<role>${PARENT}|partner|boyfriend|girlfriend|carer|${CARER}),? (?<name>${NAME})\b`,
    'g',
  ),
  // "Social worker: Priya Shah", "Lead Professional: Iain Ross": the plan's professionals
  new RegExp(
    String.raw`(?:^|[,;]\s*)(?<role>${either(['Social worker', 'Lead professional', 'Lead practitioner', 'Named person', 'Caseworker', 'Case worker', 'Case manager', 'Coordinator', 'Co-ordinator', 'Key worker', 'Keyworker', 'Family support worker', 'Health visitor', 'Midwife', 'Teacher', 'Head teacher', 'Designated teacher', 'Personal adviser', 'Independent reviewing officer', 'Team manager'])}|IRO|SENCO|DSL)\s*[:\t–-]\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?(?<name>${NAME})\b`,
    'gm',
  ),
  // "Unborn baby of Chloe Hart", "pre-birth plan for the baby of Amy Lee"
  new RegExp(
    String.raw`\b(?:[Uu]nborn )?[Bb]aby of (?:(?:Mr|Mrs|Ms|Miss)\.? )?(?<name>${NAME})\b`,
    'g',
  ),
];

const ROLE_WORD = new RegExp(String.raw`^(?:${PARENT}|${CARER}|Parents?|Carers?)$`);

/** Words that follow a role's pattern but are no names ("Mother: To be confirmed"). */
const NOT_NAMES = new Set([
  'To',
  'The',
  'Not',
  'Unknown',
  'None',
  'Tbc',
  'Name',
  'See',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
]);

function roleOf(word: string | undefined): FamilyRole {
  if (word === undefined) return 'Mum'; // "baby of Chloe": a baby's named parent is its mother
  if (/^(?:mum|mam|mother|mom|stepmum|stepmother)$/i.test(word)) return 'Mum';
  if (/^(?:dad|father|stepdad|stepfather)$/i.test(word)) return 'Dad';
  if (
    /^(?:nan|nana|nanny|gran|granny|grandma|grandad|aunt|auntie|aunty|uncle|parent|carer|foster carer|kinship carer|partner|boyfriend|girlfriend)$/i.test(
      word,
    )
  )
    return 'Carer';
  return 'Worker';
}

/**
 * Every introduction names a role ("mother", "Nana", "Social worker", "partner", "baby of") and
 * sets a name beside it in one of a few ways: in brackets, after a label's colon, tab or dash,
 * after "his mother" or "Chloe's partner", or straight after "Nana". A line with no role, or with
 * none of those shapes ("Mum will walk Ruby to school …", most of a plan), is not read further:
 * the patterns above are slow to fail, and the pane re-reads the whole plan after every edit.
 */
const INTRODUCTION_SHAPE =
  /[(:\t\u2013\u2014]|\s-\s|\bbaby of\b|\b(?:his|her|their|[a-z]+['’]s) (?:mum|mam|mother|mom|dad|father|step\w+|partner|boyfriend|girlfriend|carer|nan\w*|gran\w*|aunt\w*|uncle)\b|\b(?:nan|nana|nanny|gran|granny|grandma|grandad|aunt|auntie|aunty|uncle) [A-Z]/i;
const ANY_ROLE =
  /\b(?:mum|mam|mother|mom|dad|father|step\w*|nan|nana|nanny|gran|granny|grandma|grandad|aunt|auntie|aunty|uncle|parent|carer|partner|boyfriend|girlfriend|social worker|lead|named person|case ?worker|case manager|co-?ordinator|key ?worker|family support worker|health visitor|midwife|teacher|personal adviser|independent reviewing officer|team manager|iro|senco|dsl|baby of)s?\b/i;

/** The adults the plan introduces by name (the family's, and its professionals), with their role. */
export function namedAdults(texts: readonly string[]): Map<string, FamilyRole> {
  const roles = new Map<string, FamilyRole>();
  for (const text of texts) {
    if (!INTRODUCTION_SHAPE.test(text) || !ANY_ROLE.test(text)) continue;
    for (const re of INTRODUCTIONS)
      for (const m of text.matchAll(re)) {
        const name = m.groups?.name;
        // "Parents: Mum and Dad" names roles, not people.
        if (!name || NOT_NAMES.has(name) || ROLE_WORD.test(name) || roles.has(name)) continue;
        roles.set(name, roleOf(m.groups?.role));
      }
  }
  return roles;
}

const OF_DOCUMENT = new WeakMap<PlanDocument, Map<string, FamilyRole>>();

/** A document's named adults, read once: the checklist and the family read both ask. */
export function namedAdultsOf(doc: PlanDocument): ReadonlyMap<string, FamilyRole> {
  let adults = OF_DOCUMENT.get(doc);
  if (!adults) {
    adults = namedAdults(planLines(doc.blocks).map((l) => l.text));
    OF_DOCUMENT.set(doc, adults);
  }
  return adults;
}

/** One pattern per plan's adults: the family read asks for each heading and quote in turn. */
const NAMES = new WeakMap<ReadonlyMap<string, FamilyRole>, RegExp>();

/**
 * Each text with the family's named adults written as their role ("Kelly said" as "Mum said"),
 * where the name is not itself being introduced ("Mum (Kelly)" stays as written).
 */
export function withRoles(
  texts: readonly string[],
  adults: ReadonlyMap<string, FamilyRole> = namedAdults(texts),
): string[] {
  if (adults.size === 0) return [...texts];
  let names = NAMES.get(adults);
  if (!names) {
    names = new RegExp(String.raw`\b(?:${[...adults.keys()].join('|')})\b(?!\s*\()`, 'g');
    NAMES.set(adults, names);
  }
  const re = names;
  return texts.map((t) => t.replace(re, (n) => adults.get(n) ?? n));
}

/** Where a plan says what it is: its title and the details under it. */
const PLAN_HEAD = 8;

/**
 * A plan made before the child is born ("PRE-BIRTH CHILD PROTECTION PLAN", "Unborn baby of …"),
 * said at its head: a plan for older children that mentions a pre-birth assessment is not one.
 */
export function isPreBirthPlan(texts: readonly string[]): boolean {
  return texts
    .filter((t) => t.trim() !== '')
    .slice(0, PLAN_HEAD)
    .some((t) => /\b(?:pre-?birth|unborn (?:baby|child))\b/i.test(t));
}
