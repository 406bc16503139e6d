/**
 * Finds an objective's clauses: one for each modal ("will", "to", "needs to") with the subject
 * before it and the verb after it, a clause for each verb that shares a subject ("meet his worker
 * and reduce his drinking"), the clauses inside clauses ("so that Ruby arrives"), and, where there
 * is no modal, a clause in the present tense.
 */
import { CARE_VERBS, INPUT_VERBS, RESULT_VERBS_FOR_ADULTS, TO_PREPOSITIONS } from '../lexicon';
import {
  allMatches,
  firstLetterEitherCase,
  ITEM_LEAD,
  PLAN_LABEL_WORDS,
  SPACED_DASH,
  type Match,
} from '../text';
import {
  classifySubject,
  subjectSegment,
  type Reading,
  type Segment,
  type Subject,
} from './subjects';
import { lemma, readVerb, type VerbInfo } from './verbs';

export interface Clause extends VerbInfo {
  subject: Subject;
  /** End of the predicate (next clause boundary). */
  end: number;
  /** Introduced by "so that"/"in order that": stated as a result. */
  result: boolean;
  /** Does this clause state a change that will be seen? Decided once, by outcome.ts. */
  isOutcome: boolean;
  /** A clause inside another ("ensure the children are collected"): it says what, not who. */
  embedded?: boolean;
}

const MODAL_RE =
  /(?<=\b(?:I|you|You|he|He|she|She|we|We|they|They))['’]ll\b|\b(would like to|(?:want|wants|hope|hopes|plan|plans|aim|aims) to|(?:won|can|shan|mustn|shouldn|wouldn|couldn)['’]t|cannot|will|shall|should|must|would|can|could|may|(?<!\b(?:which|that|who|it|this|what) )might|needs? to|ha(?:s|ve) to|(?:is|are) (?:not )?(?:going )?to|(?:is|are) expected to)\b/gi;
/** "not" or "never" just before an opening "X to <verb>"'s "to". */
const NOT_BEFORE_TO = /(?<=\s)(not|never)\s+$/i;
/** A word that makes "plan" or "aim" a noun: "the safety plan to Mum", "their aims to". */
const NOUN_PLAN_BEFORE =
  /\b(?:the|a|an|this|that|his|her|their|my|your|our|safety|care|support|pathway|action|written|agreed|new)\s+$/i;
/** "won't", "can't", "cannot", "is not to": a modal with its "not". */
const NEGATIVE_MODAL = /n['’]t$|^cannot$|\b(?:not|never)\b/i;
const SO_THAT_RE = /\b(?:so that|in order that|so|which means|meaning that|resulting in)\b/gi;

/** Nothing but a bullet, or a fronted phrase ending in a comma, before the fragment's verb. */
const FRAGMENT_LEAD = new RegExp(String.raw`${ITEM_LEAD}(?:[^,;:.]{1,100},\s*)?$`);

/** Phrases that end in "to" and make a preposition of it: "prior to", "in order to". */
const PREPOSITION_TO = String.raw`${firstLetterEitherCase(TO_PREPOSITIONS)}\s+to\b`;

/** Words that open a fronted phrase ("With help from the nursery, ..."). */
export const FRONTED_LEAD = firstLetterEitherCase(
  'after|alongside|as|at|because|before|by|despite|due|during|following|for|from|further|given|having|if|in|on|once|prior|since|subject|to|unless|until|upon|when|whenever|where|while|whilst|with|within|without',
);

/**
 * "When Kai listens to stories, he will …", "If Mum goes to the shop, …": a condition's "to" is
 * a preposition after its verb; the main clause follows the comma.
 */
const CONDITION_OPENING = firstLetterEitherCase('when|whenever|if|once|unless|while|whilst');

/**
 * "Ruby to be ready", "Dad to engage": an opening "X to <verb>", not "to the doctor" or "attends
 * to preferred toys" (a past form is no infinitive; "to need", "to succeed" are), and after a
 * fronted phrase ("With help from the nursery, Daisy's bedroom floor to be clear"), also one in
 * two parts ("Upon seeing the item, and with the picture in reach, S to …"). Nor
 * "Prior to each visit, ..." or "In order to keep Callum safe, ...": a phrase that ends in "to"
 * is a preposition, and what follows it no verb; so is "to" before a place or a stage of life or
 * school ("Plans for transition to adulthood", "the move to secondary").
 */
const OPENING_TO = new RegExp(
  String.raw`${ITEM_LEAD}(?:[\p{L}'’ .\d-]{1,40}(?::|\s[\u2013\u2014-])\s*)?(${FRONTED_LEAD}\s[^,;:.]{1,80},\s+(?:and\s+[^,;:.]{1,80},\s+)?)??(?!${PREPOSITION_TO})(?!${CONDITION_OPENING}\s)((?:(?!(?:will|shall|must|should|can|could|would|may)\s)(?:[\p{L}\p{N}'’(),[\]_-]+\s+|\p{Lu}\.\s?)){0,8}?)(?<!\bbeen\s+)to\s+(?=['"‘“]?[a-z])(?![a-z]*[^e\s]ed\b)(?!(?:the|a|an|his|her|their|my|your|our|its|this|that|these|those|him|them|me|us|each|every|any|all|some|both|either|neither|another|school|nursery|college|bed|hospital|court|church|foster\s+care|adulthood|independence|adult|secondary|primary)\b)`,
  'u',
);
/**
 * "Benefits check – Citizens Advice – Dad to book by 8/1/27": in a table cell's note, a part
 * after a dash that opens "X to <verb>" is a clause of its own.
 */
const NOTE_TO =
  /\s[\u2013\u2014-]\s(?:[\p{L}'’/&]+\s+){1,3}?to\s+(?=[a-z])(?!(?:the|a|an|his|her|their|my|your|our|its|this|that|these|those|him|them|me|us|school|nursery|college|bed|hospital|court|church|be\s+confirmed|date)\b)/gu;
/**
 * A heading before a colon at the start: "What needs to happen:", "Goal 1:". Only a question or
 * a plan's own word opens one; "Maya will self-harm less often: fewer than 2 …" is no heading.
 */
const HEADING = new RegExp(
  String.raw`^\s*(?:what|who|when|how|why|short-term|long-term|smart|desired|expected|${PLAN_LABEL_WORDS})\b[\p{L}'’ \d-]{0,40}:\s`,
  'iu',
);
/** "To read with more confidence": a fragment that opens with "to". */
const TO_START = new RegExp(String.raw`${ITEM_LEAD}to\s`, 'i');
const LEAD_RE = new RegExp(ITEM_LEAD);
/** The pronouns a present-tense verb follows in its base form: "I know", "they live". */
const SUBJECT_PRONOUN = String.raw`(?:I|we|you|they)`;
const LONE_PRONOUN = new RegExp(`^${SUBJECT_PRONOUN}$`, 'i');
/**
 * A subject pronoun and a word that is no modal: "I have", "we know", "they feel". "We agree to",
 * "I promise to" stay the "X to <verb>" they stand for, and "we have drawn up … to" keeps its
 * purpose.
 */
const PRONOUN_AND_VERB = new RegExp(
  String.raw`^${SUBJECT_PRONOUN}\s+(?!(?:will|shall|must|should|can|could|would|may|might|need|needs|want|wants|have to|has to|am|are|is|to|agree|promise|undertake|commit|have\s+[a-z]+(?:ed|en|wn|ne)|also)\b)[a-z]+\b`,
  'i',
);

/** Given names that are also modals. */
const NAMED_LIKE_A_MODAL = /^(?:Will|May)$/;
const MODAL_AFTER_NAME = /^\s+(?:will|shall|must|should|can|could|would|is|are|has|needs?|to)\s/;

/** "May" with a day's number beside it, or after a word that leads a time ("by May"). */
function isTheMonth(text: string, m: Match): boolean {
  return (
    /^\s*\d/.test(text.slice(m.end, m.end + 3)) ||
    /(?:\d|\b(?:by|in|until|till|before|after|from|since|of|during|early|late|mid|end|start|next|last|this))\s+$/i.test(
      text.slice(Math.max(0, m.start - 12), m.start),
    )
  );
}

/** The objective's first word, capitalised, with the clause's own modal after it. */
function isNameBeforeModal(text: string, m: Match): boolean {
  return LEAD_RE.exec(text)?.[0].length === m.start && MODAL_AFTER_NAME.test(text.slice(m.end));
}

export function findClauses(reading: Reading): Clause[] {
  const { text } = reading;
  const clauses: Clause[] = [];
  // "What needs to happen: Mum will …": a heading's words hold no clause of the objective's.
  const headingEnd = HEADING.exec(text)?.[0].length ?? 0;
  const modals: Match[] = [];
  for (const m of allMatches(MODAL_RE, text)) {
    if (m.start < headingEnd) continue;
    // "Will will see the dentist", "May to attend nursery": a child named Will or May, first,
    // before the clause's own modal.
    if (NAMED_LIKE_A_MODAL.test(m.text) && isNameBeforeModal(text, m)) continue;
    // "by May 31, 2027", "in May", "31 May will be …": the month.
    if (m.text === 'May' && isTheMonth(text, m)) continue;
    // "I plan to", "we aim to" are modals; "give the safety plan to Mum" holds a noun.
    if (/^(?:plan|aim)s? to$/i.test(m.text) && NOUN_PLAN_BEFORE.test(text.slice(0, m.start)))
      continue;
    // "Harry will need to be referred", "you will have to attend": "will need to" is one modal,
    // and the clause's verb is the one after it, not "need" or "have".
    const last = modals[modals.length - 1];
    if (last && m.start === last.end + 1 && /^(?:needs?|ha(?:s|ve)) to$/i.test(m.text))
      modals[modals.length - 1] = { start: last.start, end: m.end, text: `${last.text} ${m.text}` };
    else modals.push(m);
  }
  // "Ruby to be ready", "Dad to engage": an opening "X to <verb>" acts as the modal; in "Take
  // your kids to the doctor", "to" is a preposition.
  const opening = OPENING_TO.exec(text);
  // "To be able to sit on the carpet": a fragment about the child, not a subject "To be able".
  // "To keep her safe, Ruby to be ready" is no such fragment: the phrase is fronted.
  const toFragment = TO_START.test(text) && !opening?.[1];
  // "I have the choice to live in supported living", "We know who to call": a pronoun and its
  // verb before "to" are a clause of their own, not the subject of an "X to <verb>".
  const pronounClause =
    opening && PRONOUN_AND_VERB.test(text.slice(LEAD_RE.exec(text)?.[0].length ?? 0));
  if (
    opening &&
    !toFragment &&
    !pronounClause &&
    opening[0].length - 3 >= headingEnd &&
    !modals.some((m) => m.start < opening[0].length)
  ) {
    const to = opening[0].length - 3;
    // "Dad not to live at the family home": "not" belongs to the modal, as in "is not to", so
    // it is neither part of who nor lost from the clause.
    const not = NOT_BEFORE_TO.exec(text.slice(0, to));
    const start = not ? not.index : to;
    modals.unshift({ start, end: to + 2, text: not ? `${not[1]} to` : 'to' });
  }
  // "To attend school on at least 90% of sessions": the fragment's "to" stands where "Amy will"
  // would, so its verb is read as that clause's, with the child the plan is for as its subject.
  if (toFragment) {
    const start = (TO_START.exec(text)?.[0].length ?? 3) - 3;
    if (!modals.some((m) => m.start < start)) modals.unshift({ start, end: start + 2, text: 'to' });
  }
  const taken = new Set(modals.map((x) => x.start));
  for (const m of SPACED_DASH.test(text) ? allMatches(NOTE_TO, text) : []) {
    const start = m.end - (/to\s+$/.exec(m.text)?.[0].length ?? 3);
    if (!taken.has(start)) modals.push({ start, end: start + 2, text: 'to' });
  }
  modals.sort((x, y) => x.start - y.start);
  const resultStarts = allMatches(SO_THAT_RE, text).filter(
    (m) => m.text.toLowerCase() !== 'so' || /^so\s+[A-Z]/.test(text.slice(m.start)),
  );
  let previous: Subject | undefined;
  const topicMatch = /^\s*([A-Z][\p{L}'’-]+(?:\s+(?:and\s+)?[A-Z][\p{L}'’-]+)?)\s*:/u.exec(text);
  const topic: Subject | undefined =
    topicMatch &&
    !/^(?:action|outcome|who|when|by when|need|review|evidence|goal|objective|target)$/i.test(
      topicMatch[1],
    )
      ? {
          kind: 'child',
          start: text.indexOf(topicMatch[1]),
          end: text.indexOf(topicMatch[1]) + topicMatch[1].length,
        }
      : undefined;
  for (let i = 0; i < modals.length; i++) {
    const modal = modals[i];
    const segment = subjectSegment(text, modal.start, reading.roles);
    let subject = classifySubject(reading, segment);
    if (
      subject.kind === 'none' &&
      previous &&
      /^\s*(?:,?\s*and\b|,)/.test(text.slice(segment.start - 5, segment.end))
    )
      subject = previous;
    else if (
      subject.kind === 'none' &&
      previous &&
      segment.end - segment.start < 40 &&
      /\band\b/i.test(text.slice(Math.max(0, segment.start - 6), modal.start))
    )
      subject = previous;
    // "The parents agree that they will not drink": a pronoun takes the subject before it.
    if (
      previous &&
      previous.kind !== 'child' &&
      /^(?:he|she|they)$/i.test(text.slice(subject.start, subject.end))
    )
      subject = { ...previous, start: subject.start, end: subject.end };
    // "Rory: to be saying 50 words": the name before a colon is who the objective is about.
    if (subject.kind === 'none' && topic) subject = topic;
    // "To read with more confidence", "will name 5 colours", "By July, will ...": a fragment
    // with no subject is about the child the plan is for.
    if (
      // "By March 2027, will ...": what reads as the subject is a fronted phrase ending in a comma.
      (subject.kind === 'none' || /,\s*$/.test(text.slice(subject.start, subject.end))) &&
      i === 0 &&
      FRAGMENT_LEAD.test(text.slice(0, modal.start)) &&
      !/#\s*$/.test(text.slice(0, modal.start))
    )
      subject = { kind: 'child', start: modal.start, end: modal.start, implicit: true };
    const verbInfo = readVerb(text, modal.end);
    if (NEGATIVE_MODAL.test(modal.text)) verbInfo.negated = true;
    const nextBoundary = i + 1 < modals.length ? modals[i + 1].start : text.length;
    const result = resultStarts.some((r) => r.end <= segment.end && r.end >= segment.start - 1);
    clauses.push(makeClause(subject, verbInfo, nextBoundary, result));
    previous = subject.kind === 'none' ? previous : subject;
  }
  // "Dad will meet his worker and reduce his drinking": a second verb shares the subject.
  for (const c of [...clauses]) {
    const span = text.slice(c.verbEnd, c.end);
    const re = /\b(?:and|then)\s+(?:then\s+|also\s+)?([a-z]+)\b/g;
    for (let m = re.exec(span); m; m = re.exec(span)) {
      const verb = m[1];
      if (!COORDINATED_VERBS.has(verb)) continue;
      const verbStart = c.verbEnd + m.index + m[0].length - verb.length;
      clauses.push(
        makeClause(
          c.subject,
          {
            verb,
            verbStart,
            verbEnd: verbStart + verb.length,
            complement: '',
            passive: false,
            negated: false,
          },
          c.end,
          c.result,
        ),
      );
    }
  }
  // "so that Ruby arrives at school", "notes to show Reggie is settled", "ensure the children
  // have a coat": a clause inside a clause, with no modal of its own.
  for (const intro of findEmbeddedIntros(text)) {
    if (
      clauses.some(
        (c) =>
          c.verbStart > intro.end && c.verbStart - intro.end < 60 && c.subject.start >= intro.end,
      )
    )
      continue;
    const embedded = readEmbedded(text, intro.end);
    if (!embedded) continue;
    const subject = classifySubject(reading, embedded.segment);
    if (subject.kind === 'none') continue;
    clauses.push({
      ...makeClause(subject, embedded.verb, text.length, intro.result),
      embedded: true,
    });
  }
  return clauses;
}

const FINITE = /^(?:is|are|has|have|can|cannot|does|was|were|[a-z]+(?:[^s]s|ies|es))$/;
/**
 * "The mother had supervised access", "the mother attended 8 of 10 sessions": the past a court
 * report or a review writes in, read as the present is. Only "had" and the past of a verb the
 * word lists know, so that a participle describing a thing ("Amy's bedroom cleared of clutter")
 * is not taken for one it does not know.
 */
function pastOfKnownVerb(word: string): boolean {
  if (word === 'had') return true;
  if (!word.endsWith('ed')) return false;
  const base = lemma(word);
  return base !== word && (INPUT_VERBS.has(base) || RESULT_VERBS_FOR_ADULTS.has(base));
}

/** "Triple P sessions for Mum": plurals that are only ever nouns, never a present-tense verb. */
const ONLY_NOUNS =
  /^(?:sessions|meetings|appointments|check-ups|groups|classes|lessons|assessments|referrals|courses|programmes|programs)$/;

/**
 * First names that end as nouns, adjectives and adverbs do ("Lucas", "Mohammed", "Lily", "Eric",
 * "Olive", "Mary", "Jamal"), so that "Lucas demonstrates" or "Mohammed knows" has a subject while
 * "Visits continue", "Supervised contact", "Weekly sessions" have none. Names in "-as", "-is",
 * "-os", "-us" and "-lly" are told by their shape, less the nouns of those shapes a plan may open
 * a note with; the rest are listed.
 */
const NAME_SHAPED = new RegExp(
  String.raw`^(?:(?!(?:Status|Focus|Bonus|Campus|Census|Virus|Stimulus|Bus|Genius|Consensus|Syllabus|Surplus|Analysis|Basis|Crisis|Diagnosis|Emphasis|Thesis|Prognosis|Tennis|Ideas|Areas|Extras|Gas|Pyjamas|Photos|Videos|Logos|Radius|Chaos|Canvas|Atlas|Alias|Christmas|Apparatus|Impetus|Onus|Plus|Minus|Fetus|Foetus|Uterus|Lupus|Dramas|Visas|Memos|Demos|Tattoos|Zoos)$)[A-Z][a-z]*(?:[aio]s|[^o]us)|[A-Z](?:[a-z]*[^au])?lly|` +
    // Names in "-es", "-ly", "-ed", "-al", "-ic", "-ive" and "-ary".
    String.raw`James|Charles|Miles|Agnes|Frances|Giles|Jules|Moses|Lily|Emily|Sally|Ally|Cecily|Kimberly|Beverly|Carly|` +
    String.raw`Fred|Ted|Ned|Jed|Zed|Reed|Ahmed|Mohammed|Mohamed|Muhammed|Hamed|Saeed|Javed|Naveed|Waheed|Majed|Sayed|Syed|Zayed|Alfred|Wilfred|Manfred|Winifred|Mildred|` +
    String.raw`Jamal|Kamal|Amal|Akmal|Bilal|Faisal|Hal|Sal|Val|Neal|Crystal|Iqbal|Kunal|Vishal|Nihal|Jalal|` +
    String.raw`Eric|Cedric|Dominic|Frederic|Ludovic|Alaric|Roderic|Olive|Clive|Mary|Rosemary|Hilary|Gary|Cary|Zachary)$`,
);

/**
 * "XX demonstrates awareness of ...", "Sam is working at level 3": a clause in the present tense
 * with no modal. Read only where the subject is a person or something of theirs.
 */
export function presentTenseClause(reading: Reading): Clause[] {
  const { text } = reading;
  const lead = LEAD_RE.exec(text)?.[0].length ?? 0;
  const fronted = /^[^,;:.]{1,100},\s*/.exec(text.slice(lead));
  for (const from of fronted ? [lead, lead + fronted[0].length] : [lead]) {
    const re = /[\p{L}\p{N}'’[\]_-]+/gu;
    re.lastIndex = from;
    for (let i = 0, m = re.exec(text); m && i < 7; i++, m = re.exec(text)) {
      if (/[.;:!?,]/.test(text.slice(from, m.index))) break;
      // "Employed and/or actively engaged in training": a participle after an adverb describes.
      const past = !FINITE.test(m[0]) && pastOfKnownVerb(m[0]);
      if (past && /ly\s+$/.test(text.slice(from, m.index))) break;
      // "I know who to call", "we live with Nan": after a subject pronoun the base form is the verb.
      const afterPronoun =
        i === 1 &&
        LONE_PRONOUN.test(text.slice(from, m.index).trim()) &&
        /^[a-z]+$/.test(m[0]) &&
        !/ly$/.test(m[0]);
      if (i === 0 || !(FINITE.test(m[0]) || past || afterPronoun) || ONLY_NOUNS.test(m[0]))
        continue;
      const segment = { start: from, end: text.slice(0, m.index).trimEnd().length };
      const subject = classifySubject(reading, segment);
      const person = ['child', 'parent', 'professional', 'owned-thing'].includes(subject.kind);
      // "Dental checks", "Regular visits": a noun phrase, not a name and a verb.
      const word = text.slice(segment.start, segment.end);
      const nounPhrase =
        /^[A-Z][a-z]+$/.test(word) &&
        /(?:al|ic|ive|ous|ful|less|ary|ing|ed|ly|s)$/.test(word) &&
        !NAME_SHAPED.test(word);
      if (!person || nounPhrase) break;
      const modal = /^(?:can|cannot|does)$/.test(m[0]);
      const verb = readVerb(text, modal ? m.index + m[0].length : m.index);
      return [makeClause(subject, verb, text.length, false)];
    }
  }
  return [];
}

/**
 * "Wash my dishes after dinner", "Tidy up my bedroom": a command in the first person is an item
 * of the child's own plan, so its subject is the child, left unwritten.
 */
export function firstPersonCommandClause(text: string): Clause[] {
  if (!/\b(?:my|myself)\b/i.test(text)) return [];
  const lead = LEAD_RE.exec(text)?.[0].length ?? 0;
  const verb = readVerb(text, lead);
  if (!verb.verb) return [];
  return [
    makeClause({ kind: 'child', start: lead, end: lead, implicit: true }, verb, text.length, false),
  ];
}

/** Where a clause inside a clause starts; `result` when it is stated as the purpose achieved. */
function findEmbeddedIntros(text: string): { end: number; result: boolean }[] {
  const out: { end: number; result: boolean }[] = [];
  const re =
    /\b(?:(so that|in order that|so(?=\s+(?:he|she|they|it|there|the|his|her|their|[A-Z]))|which means|meaning that|resulting in)|(?:confirm|confirms|confirmed|report|reports|reported|show|shows|showing|see|sees|find|finds|tell|tells|say|says|ensure|ensures|make sure|makes sure|check|checks|evidence|evidencing)(?:\s+(?:to|at|with)\s+(?:the\s+|his\s+|her\s+|their\s+|each\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?(?:\s+that)?)(?=\s)/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ end: m.index + m[0].length, result: m[1] !== undefined });
  return out;
}

const EMBEDDED_VERB =
  /^(?:is|are|was|were|has|have|had|can|cannot|can't|will|won't|would|could|should|must|does|do|doesn't|don't|gets|stays|feels|goes|knows|eats|sleeps|arrives|rises|falls|drops|says|tells|uses|reads|attends|lives|keeps|takes|makes|becomes|remains|improves|increases|reduces|shows|settles|comes|speaks|plays|behaves|manages|copes|returns|walks|spends|starts|stops|get|stay|feel|go|know|eat|sleep|arrive|say|tell|use|read|attend|live|keep|take|make|become|remain|settle|come|speak|play|behave|manage|cope|return|walk|spend|start|stop|brushes|washes|catches|watches|reaches|cries|tries)$/i;

/** Reads "<subject> <verb>" after an intro: at most six words of subject, then a finite verb. */
function readEmbedded(
  text: string,
  from: number,
): { segment: Segment; verb: VerbInfo } | undefined {
  const re = /[\p{L}\p{N}'’-]+/gu;
  re.lastIndex = from;
  let first: number | undefined;
  for (let i = 0, m = re.exec(text); m && i < 8; i++, m = re.exec(text)) {
    const between = text.slice(from, m.index);
    if (/[.;:!?]/.test(between)) return undefined;
    first ??= m.index;
    if (i === 0) continue;
    // After a pronoun or a name the next word is the verb: "he brushes", "Ruby arrives".
    const afterPerson =
      i === 1 &&
      /^(?:he|she|they|it|[A-Z][a-z]+)$/.test(text.slice(first, m.index).trim()) &&
      /^[a-z]+s$/.test(m[0]);
    if (!EMBEDDED_VERB.test(m[0]) && !afterPerson) continue;
    const segment = { start: first, end: text.slice(0, m.index).trimEnd().length };
    const modal =
      /^(?:can|cannot|can't|will|won't|would|could|should|must|does|do|doesn't|don't)$/i.test(m[0]);
    const verb = modal ? readVerb(text, m.index + m[0].length) : readVerb(text, m.index);
    if (/n[o']t$/i.test(m[0])) verb.negated = true;
    return { segment, verb };
  }
  return undefined;
}

const COORDINATED_VERBS = new Set(
  [...INPUT_VERBS, ...RESULT_VERBS_FOR_ADULTS, ...CARE_VERBS].filter(
    (v) => !['have', 'be', 'work', 'look', 'make', 'do', 'go', 'use', 'keep'].includes(v),
  ),
);

function makeClause(subject: Subject, v: VerbInfo, end: number, result: boolean): Clause {
  return { subject, ...v, end, result, isOutcome: false };
}
