/**
 * Who or what a clause is about: where its subject begins before the modal, the head of that
 * subject once time phrases and asides are set aside, and what kind of subject it is (the child,
 * a parent, a professional, a group, a thing someone owns, a thing).
 */
import { MONTH_NAMED, type TimeExpression } from '../dates';
import {
  BARE_VERBS,
  FAMILY_COLLECTIVES,
  INPUT_VERBS,
  NOT_NAMES,
  NOUN_OR_VERB,
  ORGANISATION_HEADS,
  TO_PREPOSITIONS,
} from '../lexicon';
import type { Placeholder } from '../placeholders';
import { allMatches, type Match } from '../text';
import type { Role } from './roles';

export type SubjectKind =
  | 'child'
  | 'parent'
  | 'professional'
  | 'family'
  | 'collective'
  | 'owned-thing'
  | 'thing'
  | 'there'
  | 'none';

/** Subjects that are the adults around the child: workers, parents, the family, a group of them. */
export const ADULT_SUBJECTS: ReadonlySet<SubjectKind> = new Set<SubjectKind>([
  'professional',
  'parent',
  'family',
  'collective',
]);

export interface Subject {
  kind: SubjectKind;
  start: number;
  end: number;
  /** For an owned thing ("Lily's weight"), the owner's kind. */
  owner?: 'child' | 'parent' | 'professional';
  /** Not written: a fragment ("To read ...") whose subject is the child the plan is about. */
  implicit?: boolean;
  /** A template's stand-in for the name ("XX", "[Student]", "___"), taken as the child. */
  standIn?: boolean;
}

/** What every step of the reading shares: the masked text and what was found in it once. */
export interface Reading {
  text: string;
  roles: Role[];
  collectives: Match[];
  times: TimeExpression[];
  /** Stand-ins for the child's name ("[student]", "XX"). */
  people: Placeholder[];
}

export interface Segment {
  start: number;
  end: number;
}

/** Family members written in lower case: "mum and dad will not argue" is one subject. */
const FAMILY_WORD =
  /^(?:mum|dad|mother|father|parents?|carers?|nan|nana|gran|grandma|grandad|grandparents?|step-?(?:mum|dad)|partner|aunt|auntie|uncle)$/i;

/** A person's noun, as "and" joins it to another in one subject. */
const PERSON_NOUN =
  /^(?:child|children|student|students|pupil|pupils|baby|babies|person|people|adult|adults|caregivers?|guardians?|siblings?|(?:half-|step-?)?(?:brothers?|sisters?)|sons?|daughters?|twins?|cousins?|toddlers?|infants?)$/i;
/** A verb or modal already said before "and": it joins clauses, not people. */
const NO_VERB_BEFORE =
  /\b(?:will|would|must|shall|should|can|could|may|to|is|are|was|were|has|have|had|needs?|does|do)\b/i;

const BOUNDARY_RE =
  /[;:.!?]|\s[\u2013\u2014]\s|,\s*(?:and|but|so|then)\b|\b(?:and|but|while|whilst|so that|so|in order that|which means|if|when|that|because)\b/gi;

/** A boundary that opens a condition or a time clause before the main one. */
const SUBORDINATOR = /^(?:if|when|while|whilst|because)$/i;

const INITIAL_OR_TITLE = /(?:^|[\s(.])(?:[A-Z]|Mr|Mrs|Ms|Mx|Dr|Prof)$/;

/** No subject runs longer than this: reading only so far back keeps a long paste linear. */
const SUBJECT_REACH = 400;
/** An aside in brackets after a word: "Zak (7, autistic)", "Gary Flint (YOS)". */
const ASIDE = /(?<=[\p{L}\p{N}]\s?)\(([^()]*)\)/gu;

/** Where the subject before a modal begins: after the last clause boundary, or at a pronoun. */
export function subjectSegment(
  text: string,
  modalStart: number,
  roles: readonly Role[] = [],
): Segment {
  // "Zak (7, autistic, in pads day and night) will": an aside in brackets after the subject
  // holds no boundary and is no part of who, unless it gives a role or an agency's initials
  // ("Jo Hart (social worker)", "Gary Flint (YOS)").
  const from = Math.max(0, modalStart - SUBJECT_REACH);
  const raw = text.slice(from, modalStart);
  const before = raw.includes('(')
    ? raw.replace(ASIDE, (m, inner: string) => `(${' '.repeat(inner.length)})`)
    : raw;
  let start = 0;
  let subordinate = false;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(before); m; m = BOUNDARY_RE.exec(before)) {
    // "J. will read", "Mr. Smith will": the full stop of an initial or a title ends nothing.
    if (m[0] === '.' && INITIAL_OR_TITLE.test(before.slice(Math.max(0, m.index - 5), m.index)))
      continue;
    // "Mum and Dad", "Freya and Harvey": "and" between two names joins a subject;
    // "between now and the review" is a time phrase, not two clauses.
    if (/^and$/i.test(m[0])) {
      // Only the words near "and" matter: reading all before it at every "and" is cubic in a
      // long paste.
      const near = before.slice(Math.max(0, m.index - 80), m.index);
      const prev = near.trimEnd().split(/\s+/).pop() ?? '';
      const next =
        before
          .slice(m.index + 3, m.index + 83)
          .trimStart()
          .split(/\s+/)[0] ?? '';
      const person = (w: string) => /^[A-Z]/.test(w) || FAMILY_WORD.test(w);
      if (person(prev) && person(next)) continue;
      // "The child and parents will", "STUDENT and supervising adult will": two people named
      // before one modal, the first a name or a person's noun, the second a short phrase ending
      // on one.
      const rest = before
        .slice(m.index + 3)
        .trim()
        .split(/\s+/);
      if (
        (person(prev) || PERSON_NOUN.test(prev)) &&
        rest.length <= 4 &&
        (PERSON_NOUN.test(rest[rest.length - 1]) || FAMILY_WORD.test(rest[rest.length - 1])) &&
        !NO_VERB_BEFORE.test(before.slice(start, m.index))
      )
        continue;
      if (/\bbetween\s+(?:\S+\s+){0,3}$/i.test(near)) continue;
    }
    start = m.index + m[0].length;
    subordinate = SUBORDINATOR.test(m[0]);
  }
  // "If a child is absent from school, the foster carer will inform the school": the condition
  // ends at its comma, and the subject comes after it.
  if (subordinate) {
    const comma = before
      .slice(start)
      .replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length))
      .lastIndexOf(',');
    if (comma >= 0 && /\p{L}/u.test(before.slice(start + comma + 1))) start += comma + 1;
  }
  // "If this person knocks on the door I will ...": a pronoun right before the modal is the
  // subject, whatever came before it. So is a stand-in for the child's name: "Given a
  // structured classroom setting and with therapist support (student support, counselor) X
  // will …".
  const pronoun = /(?:^|[\s,;)])(I|he|she|they|we|you|X{1,4}|\[[^\]]{1,30}\])\s*$/.exec(before);
  if (pronoun) {
    const at = pronoun.index + pronoun[0].indexOf(pronoun[1]);
    if (at > start) return { start: from + at, end: modalStart };
  }
  const aside = /[\p{L}\p{N}]\s?(\(\s*\)\s*)$/u.exec(before.slice(start));
  start += from;
  const end = aside ? modalStart - aside[1].length : modalStart;
  const kept =
    !/[a-z]/.test(text.slice(end, modalStart)) ||
    roles.some((r) => r.start >= end && r.end <= modalStart);
  return { start, end: kept ? modalStart : end };
}

const TIME_LEAD = new RegExp(
  String.raw`^(?:by|within|from|before|after|until|till|between|in|on|at|over|during|if|when|whenever|once|starting|following|currently|now|then|also|and|but|so|given|with|without|using|upon|having|provided|where|while|whilst|throughout|across|through|as part of|as|because|of|(?:${TO_PREPOSITIONS}) to|alongside|in line with|despite|for|to|under)\b`,
  'i',
);
/**
 * The child's nouns; "the young adult", "the participant", "the individual" only as the whole of
 * who acts ("Individual sessions", "Participant information" are things).
 */
const CHILD_NOUNS =
  /\b(?:(?:the|all|both|all the|all three|all four|all of the|his|her|their|our|my) )?(?:(?:two|three|four|five|six|[2-9]) )?(?:child|children|baby|babies|young person|young people|pupil|pupils|students?|learners?|yp|cyp|siblings|boys|girls|twins|kids|unborn|youths?|teens?|teenagers?|adolescents?|service users?|clients?|probationers?|juveniles?|minors?|patient|young carers?|care leavers?|infants?|toddlers?|newborns?)\b|\b(?:the |each |a |an |this )?(?:young adults?|young persons|participant|individuals?)(?=\s*$|\s*[,(]|\s+(?:and|or|&)\s)/i;
const EVENT_HEAD = /\b(?:meeting|conference|review|panel|hearing|plan|assessment)s?$/i;
const PERSON_START =
  /^(?:\[[^\]]{1,30}\]|_{2,}|X{2,4}\b|x{2,4}\b|[XYN]\b|[A-Z]\.?\s*$|I\b|(?:he|she|they|we|you)\b|(?:the |each |every )?(?:student|pupil|child|young person|learner|yp|mum|dad|parents?|carers?)\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:\(\d+\))?$)/i;
/** Words that may follow a person's name in a subject: a modal, "and", a possessive, a bracket. */
const AFTER_NAME =
  /^(?:\s*$|\s*[,(]|\s+(?:and|&|will|to|should|must|shall|can|needs?|is|are|has|have|[A-Z]))/;

/**
 * The head of a subject: the first comma-separated chunk that is not a time phrase or an aside
 * ("Within 4 weeks, the early help worker"; "Aaliyah's weight, plotted by the health visitor,").
 */
function headChunk(text: string, segment: Segment, times: TimeExpression[]): Segment {
  let at = segment.start;
  const raw = text.slice(segment.start, segment.end);
  // "(student support, counselor, resource room) X will": commas in brackets part nothing.
  const parts = (
    raw.includes('(') ? raw.replace(/\([^()]*\)/g, (m) => m.replace(/,/g, ' ')) : raw
  ).split(',');
  // "Given a worksheet, [Student] will ...": the last chunk is the subject when it opens with
  // a person (a name, a stand-in, a pronoun, a role), whatever the chunks before it say.
  const last = parts[parts.length - 1];
  if (parts.length > 1 && PERSON_START.test(last.trim())) {
    const lastStart = segment.end - last.length + (last.length - last.trimStart().length);
    return { start: lastStart, end: segment.start + raw.trimEnd().length };
  }
  for (const part of parts) {
    const start = at + (part.length - part.trimStart().length);
    const end = at + part.trimEnd().length;
    at += part.length + 1;
    const trimmed = part.trim();
    if (!trimmed) continue;
    const isLast = at >= segment.end;
    // A chunk holding a date before the real subject is an aside: "the review on 3 May, Mum".
    const isTime =
      times.some((t) => t.start <= start && t.end >= end - 1) ||
      (!isLast && times.some((t) => t.start >= start && t.end <= end));
    // "When shown a picture, Ava ...", "Seated at a table, Kai ...": a participle phrase first.
    const participle = !isLast && /^[a-z]+(?:ed|en|wn|ing)\b/.test(trimmed);
    if (
      isTime ||
      participle ||
      (TIME_LEAD.test(trimmed) && !/^(?:and|but|so|then|also)\s+\S/i.test(trimmed))
    )
      continue;
    return { start, end };
  }
  return segment;
}

/** A noun and its preposition before the child: "Concerns about", "The needs of". */
const THING_OF = /\p{L}\s+(?:about|of|for|regarding|concerning|from)\s+$/iu;
const QUANTIFIER_OF =
  /^(?:(?:all|each|both|none|one|two|three|four|any|some|either|neither|most|many|several|every one)\s+of\s+)$/i;

/** What follows a person's initials as a subject ("AB will", "JB to"); "CP visits" is a service. */
const INITIALS_BEFORE = /^\s+(?:will|to|must|should|shall|can|needs? to|is|has)\b/;

/** A noun after a collective in the head, making a thing of it: "family visits". */
const MODIFIED_NOUN =
  /^\s+(?!(?:members?|and|or|&|of|themselves|together|who|all|both|each|network|as)\b)[a-z][a-z-]*\s*$/;

/** "attendance", "reports", "uniform" after a school or service: a thing it keeps, not it acting. */
/** A capitalised name of two words or more whose last is an organisation's ("Citizens Advice"). */
const ORGANISATION_NAME = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?!The\b)(?:[A-Z][\p{L}'’&-]*\s+)+(?:${ORGANISATION_HEADS.join('|')})$`,
  'u',
);

const KEPT_THING =
  /^\s+(?:attendance|uniform|reports?|work|places?|holidays|days?|trips?|meals?|transport|fees|run|results|grades|absences?|exclusions?)\s*$/i;

/** "his children", "my baby": the sentence gives its subject children of their own. */
const CHILD_KIN = String.raw`(?:children|kids|child|son|daughter|sons|daughters|baby|babies)`;
const OWN_CHILDREN = new RegExp(String.raw`^[^.;]*?\b(?:his|her|their) ${CHILD_KIN}\b`, 'i');

const SPEAKER_IS_PARENT = new RegExp(
  // "when I am looking after Ava", "while the children are in my care": the speaker cares for
  // the child, so the plan is the parent's.
  // "during my time with the children", "when I have the children": the speaker's contact.
  String.raw`^[^.;]*?(?:\b(?:my|our) ${CHILD_KIN}\b|\bin my care\b|\b(?:I am|I'm|I’m) (?:looking after|caring for|in charge of|supervising)\b|\b(?:my (?:time|contact|visits?)|I (?:have|care for|look after)) (?:with )?the ${CHILD_KIN}\b)`,
  'i',
);

const FAMILY_SET = new Set(FAMILY_COLLECTIVES);
/** "my son", "their daughters": the parent's own child, named by kin. */
const OWN_CHILD = new RegExp(String.raw`^(?:my|his|her|their|our|your) ${CHILD_KIN}$`, 'i');

const DOCUMENT_HEAD =
  /\b(?:plan|programme|agreement|assessment|order|report|form|passport|contract|review|meeting|conference|chart|diary|log|record)s?$/i;

/** "Mum's", "the family's": the words are an owner, not who acts. */
function possessed(text: string, m: { end: number }): boolean {
  return /^['’]s?\b/.test(text.slice(m.end, m.end + 2));
}

/** A person the plan names: usually the child, unless the sentence gives them children of their own. */
function namedPerson(text: string, base: Segment): Subject {
  return OWN_CHILDREN.test(text.slice(base.end, base.end + 80))
    ? subjectAt('parent', base)
    : subjectAt('child', base);
}

/** A subject of this kind over the head's words (written out: this runs for every clause). */
function subjectAt(kind: SubjectKind, base: Segment): Subject {
  return { kind, start: base.start, end: base.end };
}

export function classifySubject(reading: Reading, segment: Segment): Subject {
  const { text, roles, collectives, times, people } = reading;
  const head = headChunk(text, segment, times);
  const words = text
    .slice(head.start, head.end)
    .replace(/^(?:and|but|so|then|also)\s+/i, '')
    // "I agree not to drink …", "We promise to …": who agrees is who will do it.
    .replace(/\s+(?:agree|agrees|promise|promises|undertake|undertakes)(?:\s+not)?$/i, '')
    // "I want my son to brush his teeth", "Mum would like Kai to …": who is to do it is the one
    // wanted to, not the one who wants it.
    .replace(
      /^[\p{L}'’ ]{1,30}?\s+(?:want|wants|would like|['’]d like|would love|hope|hopes|expect|expects)\s+(?=\S)/iu,
      '',
    )
    // "He is open to new foods", "She is able to name …": who is so is who the clause is about.
    .replace(/\s+(?:is|are|am)\s+\p{L}+$/iu, '')
    .trim();
  const base = { start: head.start + text.slice(head.start, head.end).indexOf(words), end: 0 };
  base.end = base.start + words.length;
  // "[student]", "XX", "__", "…": a stand-in for the child's name names the child.
  const standIn = people.some(
    (p) =>
      p.start >= base.start && p.end <= base.end && AFTER_NAME.test(text.slice(p.end, base.end)),
  );
  if (!standIn && (!words || /^\W*$/.test(words))) return subjectAt('none', base);
  const headRoles = roles.filter((m) => m.start >= base.start && m.end <= base.end);
  const direct = headRoles.filter((r) => !possessed(text, r));
  if (/^there$/i.test(words)) return subjectAt('there', base);
  // "I can teach my children how to call the police": a parent's own safety plan.
  if (/^(?:i|me|myself)$/i.test(words))
    return subjectAt(
      SPEAKER_IS_PARENT.test(text.slice(base.end, base.end + 80)) ? 'parent' : 'child',
      base,
    );
  // "(name) Health Visitor to contact …": the stand-in is for a professional's name. "Sarah
  // (Mum)", "Sarah (mother)": a parent's name with the role in brackets.
  if (standIn && direct.some((r) => r.kind === 'professional'))
    return subjectAt('professional', base);
  if (standIn && direct.some((r) => r.kind === 'parent')) return subjectAt('parent', base);
  if (standIn) return { ...subjectAt('child', base), standIn };
  if (OWN_CHILD.test(words)) return subjectAt('child', base);
  // First person in the child's plan: "my bedroom", "my attendance".
  if (/^my\s+\p{L}/iu.test(words))
    return { kind: 'owned-thing', start: base.start, end: base.end, owner: 'child' };
  // "Each parent", "Neither of the parents", "Both parents": every one of the child's parents,
  // not "parents" in general.
  if (/^(?:both|neither|each|either)\s+(?:of\s+(?:the|his|her|their)\s+)?parents?\b/i.test(words))
    return subjectAt('parent', base);
  if (direct.some((r) => r.kind === 'professional')) return subjectAt('professional', base);
  if (direct.some((r) => r.kind === 'parent')) return subjectAt('parent', base);
  // "All three children": the children, not "all" of some group. "His after-school meltdowns":
  // the school in a compound word is no subject.
  const childNoun = CHILD_NOUNS.exec(words);
  const childSpan = childNoun
    ? {
        start: base.start + childNoun.index,
        end: base.start + childNoun.index + childNoun[0].length,
      }
    : undefined;
  const headCollectives = collectives.filter(
    (c) =>
      c.start >= base.start &&
      c.end <= base.end &&
      !possessed(text, c) &&
      text[c.start - 1] !== '-' &&
      !(childSpan && c.start >= childSpan.start && c.end <= childSpan.end),
  );
  // "Citizens Advice will help Petra", "Women's Aid will offer": a name ending as an
  // organisation's does is a named provider acting (accountable, as a titled professional is),
  // not the child named or a thing of hers.
  if (ORGANISATION_NAME.test(words)) return subjectAt('professional', base);
  const owner = ownerKind(text, base, headRoles);
  if (owner !== undefined && /['’]s?\s+[\p{L}-]+/u.test(words))
    return { kind: 'owned-thing', start: base.start, end: base.end, owner };
  if (/^(?:PC|DC|PCSO|Sgt|DS|DI|Dr)\.?\s+[A-Z]/.test(words)) return subjectAt('professional', base);
  // "[B] must get inoculations", "[Sam] will …": a name or initial edited out of a quoted plan,
  // as court reports and case reviews print them.
  if (/^\[[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)?\]$/u.test(words)) return namedPerson(text, base);
  // "Gary Flint (YOS)", "Nadia (PA)": a name with an agency or job in brackets.
  if (
    /^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\s*\((?:[A-Z]{2,}[\w ]*|[\w ]*(?:worker|officer|team|service))\)/u.test(
      words,
    )
  )
    return subjectAt('professional', base);
  if (/^(?:Mr|Mrs|Ms|Miss|Mx)\.?(?:\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Miss|Mx)\.?)?\s+[A-Z]/.test(words))
    return subjectAt('parent', base);
  if (/^(?:we|us)$/i.test(words)) return subjectAt('collective', base);
  // "Concerns about the child", "The needs of the children": a thing of the child's, named
  // before it ("each of the children" is still the children).
  if (
    childNoun &&
    childNoun.index > 0 &&
    THING_OF.test(words.slice(0, childNoun.index)) &&
    !QUANTIFIER_OF.test(words.slice(0, childNoun.index))
  )
    return subjectAt('thing', base);
  // "The first Child in Need meeting": the child names the kind of meeting, not who acts.
  if (CHILD_NOUNS.test(words) && !headCollectives.length && !EVENT_HEAD.test(words))
    return subjectAt('child', base);
  // "The child and parents will": the child is named beside the parents, so who is named; what
  // they do together is read as the parents' part ("work in partnership with the nurse").
  if (
    childNoun &&
    /^[^A-Z]*$/.test(childNoun[0].replace(/^The /, '')) &&
    /\s(?:and|&)\s/.test(words) &&
    headCollectives.every((c) => FAMILY_SET.has(c.text.toLowerCase())) &&
    !EVENT_HEAD.test(words)
  )
    return subjectAt('parent', base);
  if (/^(?:he|she|they|you|he\/she|she\/he|s\/he|he or she|she or he)$/i.test(words))
    return subjectAt('child', base);
  // "The person must report to the Secretary within 2 working days": an order's name for the
  // young person it binds.
  if (/^(?:the|this) person$/i.test(words)) return subjectAt('child', base);
  // Two capitals no list knows ("AB will …", "JB to …") are a person's initials, as plans
  // shared outside the family write the child's name; "S001 will …", "C1 to …" is a
  // de-identified plan's code for the pupil or child.
  if (
    /^(?:[A-Z]{2}|[A-Z]{1,3}-?\d{1,4})$/.test(words) &&
    !headCollectives.length &&
    !headRoles.length &&
    INITIALS_BEFORE.test(text.slice(base.end, base.end + 12))
  )
    return namedPerson(text, base);
  // An organisation's initials ("CAMHS", "NHS") are a service, not a person.
  if (/^(?:the )?[A-Z]{2,}(?:\s+[A-Z]{2,})*$/.test(words)) return subjectAt('collective', base);
  // "Your Pathway Plan", "A My Plan", "The Care Plan": a document's title, not a person's name.
  if (DOCUMENT_HEAD.test(words)) return subjectAt('thing', base);
  // "April will be in bed by 8pm", "June to …": a month that is also a girl's name, standing
  // alone where a subject goes, is the child; a month is never who acts.
  if (MONTH_NAMED.test(words)) return namedPerson(text, base);
  const names = allMatches(/\b[A-Z][\p{L}'’-]+/gu, words).filter(
    (n) =>
      !NOT_NAMES.has(n.text.toLowerCase()) &&
      !/['’]s$/.test(n.text) &&
      !/^[A-Z]{2,}$/.test(n.text) &&
      AFTER_NAME.test(words.slice(n.end)) &&
      !(looksLikeCommonNoun(n, words) && !verbNamedBeforeModal(n, words, text.slice(base.end))),
  );
  // A capitalised name that is not a role is a person; in a plan's subject, usually the child,
  // unless the sentence gives them children of their own ("Mike will visit his children").
  if (names.length > 0 && !headCollectives.length) return namedPerson(text, base);
  if (headCollectives.length > 0) {
    const last = headCollectives[headCollectives.length - 1];
    // "Family visits cannot be restricted", "Family time will …": the word names a kind of
    // thing, not who acts ("family members" and "the family and Nan" still do).
    const c = last.text.toLowerCase();
    if (FAMILY_SET.has(c) && MODIFIED_NOUN.test(text.slice(last.end, base.end)))
      return subjectAt('thing', base);
    // "School attendance will increase", "School reports will show": what a school or service
    // keeps, or the child does there, not the school or service acting.
    if (KEPT_THING.test(text.slice(last.end, base.end))) return subjectAt('thing', base);
    return subjectAt(FAMILY_SET.has(c) ? 'family' : 'collective', base);
  }
  return subjectAt('thing', base);
}

/**
 * A capitalised first word that is a plural, a known verb or an abstract noun ("Visits",
 * "Sessions", "Refer", "Counselling", "Supervision", "Therapy") is a common word starting the
 * sentence, not a name: "Counselling will start by 15/01/2027" is a service starting, not a
 * child called Counselling. Seven letters at least, so that "Sion" stays a name.
 */
const ABSTRACT_NOUN = /^\p{L}{3,}(?:ing|tion|sion|ness|ship|ment|therapy)$/u;

function looksLikeCommonNoun(n: Match, words: string): boolean {
  if (n.start !== 0 && !/^[,;:]?\s*$/.test(words.slice(0, n.start))) return false;
  const lower = n.text.toLowerCase();
  return (
    /[bcdfghklmnprtvwxz]s$/.test(lower) ||
    (lower.length >= 7 && ABSTRACT_NOUN.test(lower)) ||
    INPUT_VERBS.has(lower) ||
    INPUT_VERBS.has(lower.replace(/s$/, '')) ||
    BARE_VERBS.has(lower)
  );
}

/**
 * "Chase will be reading fluently", "Chase is to …": a verb that is no noun ("chase", unlike
 * "support" or "visit") standing alone before a modal is a child so named; a command is never
 * followed by "will". "Arrange to …" and "Chase up …" stay commands: only a modal decides it.
 */
function verbNamedBeforeModal(n: Match, words: string, after: string): boolean {
  const lower = n.text.toLowerCase();
  return (
    n.start === 0 &&
    n.end === words.length &&
    (INPUT_VERBS.has(lower) || BARE_VERBS.has(lower)) &&
    !NOUN_OR_VERB.has(lower) &&
    /^\s+(?:will|shall|must|should|can|could|would|is|are|has|needs?)\s/.test(after)
  );
}

function ownerKind(text: string, segment: Segment, segRoles: Role[]): Subject['owner'] {
  const raw = text.slice(segment.start, segment.end);
  const m = /(\b[\p{L}-]+)['’]s?\s+[\p{L}]/u.exec(raw);
  if (!m) return undefined;
  const ownerStart = segment.start + m.index;
  const role = segRoles.find((r) => r.end === ownerStart + m[1].length);
  if (role) return role.kind;
  return /^[A-Z]/.test(m[1]) ? 'child' : undefined;
}
