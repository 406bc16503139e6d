/**
 * Who is who in a plan. Plans name the family's adults by first name once they have said who
 * they are ("Mum (Kelly)", "Mother: Chloe Hart", "His mother, Tanya,", "Unborn baby of Chloe
 * Hart"), and then write "Kelly said …" or put "Chloe's views" over the mother's views. Read
 * without knowing that, the mother's views count as the child's. The professionals a plan names
 * ("Social worker: Priya Shah") are read the same way, so "Priya said: …" is not the child's
 * words. Both whole-plan readers (the checklist and the family read) see named adults by their
 * role through here.
 */

import type { PlanDocument } from './document';
import { planLines } from './plan-lines';
import { isCommandVerb } from './analysis/commands';
import { plainLetters } from './reading';

/** How a named adult is read: a parent, another carer in the family, or a professional. */
export type FamilyRole = 'Mum' | 'Dad' | 'Carer' | 'Worker';

/**
 * Who says things in a plan that are not the child's views: the family's adults, others by their
 * title, and the plural or impersonal voice a family plan speaks in ("We would like …").
 */
export const NOT_THE_CHILD =
  '(?:Mum|Mummy|Mam|Mom|Mother|Dad|Daddy|Father|Stepdad|Stepmum|Nan|Nana|Nanny|Gran|Granny|Grandma|Grandad|Grandpa|Grandmother|Grandfather|Nain|Taid|Aunt|Auntie|Uncle|Carer|Carers|Parent|Parents|School|Police|Teacher|Worker|Dr|Mr|Mrs|Ms|Miss|We|They|You|Everyone|Everybody|Someone|Nobody|It|This|That|There)';

/** A first name as plans write it, hyphenated or not ("Harvey", "Lily-Mae"). */
export const NAME = String.raw`[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;

/** A surname as plans write it: "Marsh", "McAllister", "O'Neill", "Lewis-Reid". */
const SURNAME = String.raw`(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?`;

/**
 * "What matters to me", "What matters to Nia": the child's own views, as a Welsh care and support
 * plan heads them. "What matters to Nain" is a carer's (NOT_THE_CHILD).
 */
export const WHAT_MATTERS_TO_THE_CHILD = String.raw`\b[Ww]hat matters to (?:me|the child|the young person|(?!${NOT_THE_CHILD}\b)${NAME})\b`;

/**
 * A role as plans write it, each word capitalised or not ("Mother", "mother", "Social Worker",
 * "social worker": a form's labels are often in title case).
 */
const either = (words: string[]) =>
  words
    .map((w) =>
      w.replace(/(?<![\p{L}'’-])\p{L}/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`),
    )
    .join('|');
/** The role words of each kind, once: the patterns, the role a name gets and the line filter. */
const MOTHERS = ['Mum', 'Mam', 'Mother', 'Mom', 'Stepmum', 'Stepmother'];
const FATHERS = ['Dad', 'Father', 'Stepdad', 'Stepfather'];
const FAMILY_CARERS = [
  'Nan',
  'Nana',
  'Nanny',
  'Gran',
  'Granny',
  'Grandma',
  'Grandad',
  'Grandpa',
  'Grandmother',
  'Grandfather',
  // Welsh: grandmother and grandfather, as Welsh-speaking families call them in English too.
  'Nain',
  'Taid',
  'Aunt',
  'Auntie',
  'Aunty',
  'Uncle',
];
/** Grandparents, aunts and uncles, as a pattern's alternatives: often the child's carers. */
export const FAMILY_CARER_WORDS = FAMILY_CARERS.join('|');
/**
 * The family's adults as a views heading or line names them ("Mum says", "What Nain thinks"), as
 * a pattern's alternatives for a case-insensitive pattern.
 */
export const FAMILY_ADULT_WORDS = ['Mum', 'Mam', 'Dad', 'mother', 'father', ...FAMILY_CARERS].join(
  '|',
);
/** Said of someone ("Parent: …", "Chloe's partner, …") but no title to call them by. */
const OTHER_CARERS = [
  'Parent',
  'Carer',
  'Foster carer',
  'Kinship carer',
  'Special guardian',
  'Guardian',
];
const PARTNERS = ['partner', 'boyfriend', 'girlfriend'];
const PROFESSIONALS = [
  'Social worker',
  'Lead professional',
  'Lead practitioner',
  'Named person',
  'Caseworker',
  'Case worker',
  'Case manager',
  'Coordinator',
  'Co-ordinator',
  'Key worker',
  'Keyworker',
  'Family support worker',
  // A kinship, early help or youth service's worker, introduced as a social worker is.
  'Support worker',
  'Supervising social worker',
  'Link worker',
  'Youth worker',
  'Early help worker',
  'Family worker',
  'Family practitioner',
  'Allocated worker',
  'School nurse',
  'Health visitor',
  'Midwife',
  'Teacher',
  'Head teacher',
  'Designated teacher',
  'Personal adviser',
  'Independent reviewing officer',
  'Team manager',
];
const PROFESSIONAL_INITIALS = ['IRO', 'SENCO', 'DSL'];
const PARENT = either([...MOTHERS, ...FATHERS]);
const CARER = either(FAMILY_CARERS);

/** A role a name is introduced by, beside it: a parent, a carer, or one of the professionals. */
const INTRODUCED_ROLE = `${PARENT}|${CARER}|${either(OTHER_CARERS)}|${either(PROFESSIONALS)}`;
/** What may stand before that role: "the mother", "birth mother", "maternal grandmother". */
const ROLE_QUALIFIER = '(?:the |birth |maternal |paternal )';

interface Introduction {
  re: RegExp;
  /**
   * What the pattern cannot match without, as the time patterns' gates (dates.ts): a line without
   * it is not tried.
   */
  gate?: RegExp;
  /**
   * A pattern that reads line by line (`^` at each line's start), as written for a line with no
   * line break in it: there it matches the same, and is tried at the line's start alone.
   */
  oneLine?: RegExp;
}

function introduction(source: string, flags: string, gate?: RegExp): Introduction {
  const re = new RegExp(source, flags);
  return flags.includes('m')
    ? { re, gate, oneLine: new RegExp(source, flags.replace('m', '')) }
    : { re, gate };
}

/** Where `^` and `$` under the m flag match besides the text's own start and end. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Each way a plan says a name is one of the family's adults; `role` and `name` are groups. Each
 * pattern is slow to fail over a long line, so each is tried only on lines holding what it cannot
 * match without (its `gate`: a bracket, a label's colon or dash, a comma, a possessive).
 */
const INTRODUCTIONS: Introduction[] = [
  // "Mum (Kelly)", "Nana (Jean)"
  introduction(String.raw`\b(?<role>${PARENT}|${CARER})\s*\((?<name>${NAME})\)`, 'g', /\(/),
  // "Kelly (Mum)", "Stacey Moore (Mother)", "Jade Whitlock (mother, 26)", "Pauline Whitlock
  // (maternal grandmother)", "Connor Pryce (Jade's partner, 29)", "Aidan Quinn (social worker)":
  // the role first in the brackets, what follows it (an age, a second relation) aside
  introduction(
    String.raw`\b(?<name>${NAME})(?: ${SURNAME})?\s*\((?:${ROLE_QUALIFIER}|(?<of>${NAME}['’]s ))?(?<role>${INTRODUCED_ROLE}|${PARTNERS.join('|')}|${PROFESSIONAL_INITIALS.join('|')})s?(?:[,;][^()]{0,80})?\)`,
    'g',
    /\(/,
  ),
  // "Kerry Marsh – mother (27)", "Hannah Pryce - social worker", and a details table's row of
  // name, then role ("Amira Haddad | Mum | 34", read as "Amira Haddad: Mum: 34"): a full name
  // opening the line
  introduction(
    String.raw`^\s*(?:(?:Mr|Mrs|Ms|Miss)\.? )?(?<name>${NAME})(?: ${SURNAME}){1,2}\s*(?:[:\u2013\u2014]|\s-)\s*${ROLE_QUALIFIER}?(?<role>${INTRODUCED_ROLE})s?\b`,
    'gm',
    /[:\u2013\u2014]|\s-/,
  ),
  // "Nana Jean", "Uncle Mo"
  introduction(String.raw`\b(?<role>${CARER}) (?<name>${NAME})\b`, 'g'),
  // "Mother: Chloe Hart", "Parent: Destiny Holloway", a details table's label and name
  introduction(
    String.raw`(?:^|[,;/.|]\s*|\s{2,}|\t)\s*(?:[Bb]irth )?(?<role>${PARENT}|${either(OTHER_CARERS)})s?(?:['’]s name| of the (?:unborn )?(?:baby|child|children))?\s*[:\t–-]\s*(?:(?:Mr|Mrs|Ms|Miss)\.? )?(?<name>${NAME})\b`,
    'gm',
    /[:\t\u2013-]/,
  ),
  // "Mother's partner: Liam Price", "Mum's boyfriend | Dean Carr": a label naming a parent's partner
  introduction(
    String.raw`(?:^|[,;/.|]\s*|\s{2,}|\t)\s*(?:${PARENT})['’]s (?<role>${PARTNERS.join('|')})\s*[:\t–-]\s*(?:(?:Mr|Mrs|Ms|Miss)\.? )?(?<name>${NAME})\b`,
    'gm',
    /['’]s /,
  ),
  // "At home with mother, Jade Harkin": a role, then a full name after its comma
  introduction(
    String.raw`\b(?:with|by|to|and) (?:(?:his|her|their) )?(?<role>${PARENT}|${CARER}),\s+(?<name>${NAME}) ${NAME}\b`,
    'g',
    /,/,
  ),
  // "Returning to: Mum, Jodie Lewis": a field's value giving the role, then the full name
  introduction(
    String.raw`:\s*(?:[Bb]irth )?(?<role>${PARENT}|${CARER}|${either(OTHER_CARERS)}),\s*(?:(?:Mr|Mrs|Ms|Miss)\.? )?(?<name>${NAME}) ${NAME}\s*(?:$|[,;(])`,
    'gm',
    /:.*,/s,
  ),
  // "Parents: Laura and Steve Morris": the second of two names under one label
  introduction(
    String.raw`(?:^|[,;/.]\s*|\s{2,}|\t)\s*(?<role>[Pp]arent|[Cc]arer|(?:[Ss]pecial )?[Gg]uardian)s\s*[:\t–-]\s*${NAME}(?: ${NAME})?\s*(?:and|&)\s*(?:(?:Mr|Mrs|Ms|Miss)\.? )?(?<name>${NAME})\b`,
    'gm',
    /[:\t\u2013-]/,
  ),
  // "His mother, Tanya,", "the children's father, Ryan", "Chloe's partner, Ryan"
  introduction(
    String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he (?:child|children|baby|young person)['’]s|${NAME}['’]s) (?<role>${PARENT}|${PARTNERS.join('|')}|carer|${CARER}),? (?<name>${NAME})\b`,
    'g',
    /\b(?:[Hh]is|[Hh]er|[Tt]heir) |['’]s /,
  ),
  // "Social worker: Priya Shah", "Lead Professional: Iain Ross": the plan's professionals, also
  // under a service's or a child's own title ("Adoption support social worker: Harriet Lowe",
  // "Jayden's social worker: …")
  introduction(
    String.raw`(?:^|[,;/.]\s*|\s{2,}|\t)(?:[A-Za-z'’-]+ ){0,3}?(?<role>${either(PROFESSIONALS)}|${PROFESSIONAL_INITIALS.join('|')})\s*[:\t–-]\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?(?<name>${NAME})\b`,
    'gm',
    /[:\t\u2013-]/,
  ),
  // "Unborn baby of Chloe Hart", "pre-birth plan for the baby of Amy Lee", "Unborn baby of: Jade
  // Morgan"
  introduction(
    String.raw`\b(?:[Uu]nborn )?[Bb]aby of\s*(?:[:|\t–-]\s*)?(?:(?:Mr|Mrs|Ms|Miss)\.? )?(?<name>${NAME})\b`,
    'g',
    /[Bb]aby of/,
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

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const AS_MUM = lower(MOTHERS);
const AS_DAD = lower(FATHERS);
const AS_CARER = lower([...FAMILY_CARERS, ...OTHER_CARERS, ...PARTNERS]);

function roleOf(word: string | undefined): FamilyRole {
  if (word === undefined) return 'Mum'; // "baby of Chloe": a baby's named parent is its mother
  const key = word.toLowerCase();
  if (AS_MUM.has(key)) return 'Mum';
  if (AS_DAD.has(key)) return 'Dad';
  return AS_CARER.has(key) ? 'Carer' : 'Worker';
}

/**
 * Every introduction names a role ("mother", "Nana", "Social worker", "partner", "baby of") and
 * sets a name beside it in one of a few ways: in brackets, after a label's colon, tab or dash,
 * after "his mother" or "Chloe's partner", or straight after "Nana". A line with no role, or with
 * none of those shapes ("Mum will walk Ruby to school …", most of a plan), is not read further:
 * the patterns above are slow to fail, and the pane re-reads the whole plan after every edit.
 */
const INTRODUCTION_SHAPE = new RegExp(
  String.raw`[(:\t\u2013\u2014]|\s-\s|\bbaby of\b|\b(?:his|her|their|[a-z]+['’]s) (?:${[...MOTHERS, ...FATHERS, ...PARTNERS, 'carer', ...FAMILY_CARERS].join('|')})\b|\b(?:${FAMILY_CARERS.join('|')}) [A-Z]|\b(?:${[...MOTHERS, ...FATHERS, ...FAMILY_CARERS].join('|')}), [A-Z]`,
  'i',
);
const ANY_ROLE = new RegExp(
  String.raw`\b(?:${[...MOTHERS, ...FATHERS, ...FAMILY_CARERS, ...OTHER_CARERS, ...PARTNERS, ...PROFESSIONALS, ...PROFESSIONAL_INITIALS, 'baby of'].join('|')})s?\b`,
  'i',
);

/**
 * A capitalised word where a name would stand that the words after it show is none: a possessive
 * ("Bethan's partner, Osian's stepdad" introduces nobody as Osian), a word cut at its hyphen
 * ("School nurse | Re-refer Osian …"), or a task's opening verb in a row of who does what
 * ("School nurse | Meet Osian and Bethan …", "Health visitor | Book the two-year review").
 */
function notAName(name: string, after: string): boolean {
  if (OTHERS_RELATIVE.test(after) || /^[-\u2010\u2011][a-z]/.test(after)) return true;
  return (
    isCommandVerb(name.toLowerCase()) &&
    /^\s+(?:(?:and\s+)?[a-z]|[A-Z][a-z]+\s+(?:and|to|about|with|at|for)\b)/.test(after)
  );
}

/** A name the introduced adult goes by, in brackets between their first name and surname. */
const ALIAS = new RegExp(String.raw`^\s*\((${NAME})\)\s+${NAME}`);

/** A partner, whoever's: the introductions' partner words, and the married ones. */
const PARTNER_WORDS = [...PARTNERS, 'husband', 'wife'];

/** "Shannon's ex-partner", "Dean's wife": a partner is had by an adult. */
const PARTNER_OF = new RegExp(
  String.raw`^['’]s\s+(?:ex-?\s*)?(?:${PARTNER_WORDS.join('|')})\b`,
  'i',
);

/**
 * "Osian's stepdad", "Kai's mum": the name is of the one whose relative this is, not the adult
 * being introduced. "His mum Nicole's drinking" still introduces Nicole. The family's role words,
 * and the relatives no plan introduces an adult as.
 */
const OTHERS_RELATIVE = new RegExp(
  String.raw`^['’]s\s+(?:(?:step|birth|foster|ex-?)\s*)?(?:${[...MOTHERS, ...FATHERS, ...FAMILY_CARERS, ...PARTNER_WORDS, 'parents?', 'carers?', 'sister', 'brother', 'son', 'daughter', 'child', 'children', 'baby', 'grand\\w+', 'cousin', 'family'].join('|')})\b`,
  'i',
);

/** The adults the plan introduces by name (the family's, and its professionals), with their role. */
export function namedAdults(texts: readonly string[]): Map<string, FamilyRole> {
  const roles = new Map<string, FamilyRole>();
  // "Mum: Siobhán Ní Bhriain" introduces "Siobhan", as each objective's reading writes her.
  for (const text of texts.map(plainLetters)) {
    if (!INTRODUCTION_SHAPE.test(text) || !ANY_ROLE.test(text)) continue;
    const oneLineText = !LINE_BREAK.test(text);
    for (const { re, gate, oneLine } of INTRODUCTIONS) {
      if (gate && !gate.test(text)) continue;
      for (const m of text.matchAll(oneLine && oneLineText ? oneLine : re)) {
        const name = m.groups?.name;
        // "Parents: Mum and Dad" names roles, not people.
        if (!name || NOT_NAMES.has(name) || ROLE_WORD.test(name) || roles.has(name)) continue;
        const after = text.slice(m.index + m[0].lastIndexOf(name) + name.length);
        if (notAName(name, after)) {
          // "Mia's father, Shannon's ex-partner": Shannon is no child, though her role is unsaid.
          if (PARTNER_OF.test(after)) roles.set(name, 'Carer');
          continue;
        }
        // "Mere Paewai (Kiri's mum)": another adult's relative is of the family, her role unsaid.
        const role = m.groups?.of ? 'Carer' : roleOf(m.groups?.role);
        roles.set(name, role);
        // "Katarzyna (Kasia) Nowak", "Terence (Terry) Hammond": the plan goes on to say "Kasia".
        const alias = ALIAS.exec(after)?.[1];
        if (alias && !NOT_NAMES.has(alias) && !ROLE_WORD.test(alias) && !roles.has(alias))
          roles.set(alias, role);
      }
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

/** One pattern per plan's adults: the family read and every objective's reading ask for it. */
const NAMES = new WeakMap<ReadonlyMap<string, FamilyRole>, RegExp>();

/**
 * The plan's named adults wherever the text names them, except where a name is being introduced
 * ("Kelly (Mum)"): one global pattern per plan, built once.
 */
export function adultNamesPattern(adults: ReadonlyMap<string, FamilyRole>): RegExp {
  let names = NAMES.get(adults);
  if (!names) {
    names = new RegExp(String.raw`\b(?:${[...adults.keys()].join('|')})\b(?!\s*\()`, 'g');
    NAMES.set(adults, names);
  }
  return names;
}

/**
 * Each text with the family's named adults written as their role ("Kelly said" as "Mum said"),
 * where the name is not itself being introduced ("Mum (Kelly)" stays as written), and its accented
 * letters plain, as the names are kept.
 */
export function withRoles(
  texts: readonly string[],
  adults: ReadonlyMap<string, FamilyRole> = namedAdults(texts),
): string[] {
  if (adults.size === 0) return texts.map(plainLetters);
  const re = adultNamesPattern(adults);
  return texts.map((t) => plainLetters(t).replace(re, (n) => adults.get(n) ?? n));
}

const FAMILY_ADULT = new RegExp(
  String.raw`\b(?:${[...MOTHERS, ...FATHERS, ...FAMILY_CARERS, ...OTHER_CARERS, ...PARTNERS].join('|')})s?\b`,
  'i',
);
const PROFESSIONAL = new RegExp(
  String.raw`\b(?:${[...PROFESSIONALS, ...PROFESSIONAL_INITIALS].join('|')})s?\b`,
  'i',
);

/**
 * Who "you" is under a heading that speaks to one of the adults: a plan written to the family
 * heads Mum's part "What you will do (Kerry)", and "You will book a medication review" is then
 * Kerry's task, not the child's change. Only a heading that names adults of one kind (by role, or
 * by a name the plan gave a role) decides; any other leaves "you" to the reading ("What you will
 * do" in a young person's pathway plan is theirs).
 */
export function addresseeOf(
  section: string | undefined,
  adults?: ReadonlyMap<string, FamilyRole>,
): 'parent' | 'professional' | undefined {
  if (section === undefined) return undefined;
  const kinds = new Set<'parent' | 'professional'>();
  if (FAMILY_ADULT.test(section)) kinds.add('parent');
  if (PROFESSIONAL.test(section)) kinds.add('professional');
  if (adults && adults.size > 0)
    for (const m of plainLetters(section).matchAll(adultNamesPattern(adults))) {
      kinds.add(adults.get(m[0]) === 'Worker' ? 'professional' : 'parent');
    }
  return kinds.size === 1 ? [...kinds][0] : undefined;
}
