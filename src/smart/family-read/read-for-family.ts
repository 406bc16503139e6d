/**
 * Reads the plan as the family will: professional words not explained at first use, sentences
 * too long to follow, passive sentences that hide who acts, a reading age per section, and the
 * child's own words quoted. Plans are shared with parents and children, many of whom read below
 * the average adult level; a plan they cannot follow is not one they can agree to.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import {
  FAMILY_ADULT_WORDS,
  NAME,
  namedAdultsOf,
  NOT_THE_CHILD,
  WHAT_MATTERS_TO_THE_CHILD,
  withRoles,
  type FamilyRole,
} from '../family-names';
import type { PlanDocument } from '../document';
import { escapeRegExp, sentenceBefore } from '../text';
import { FAMILY_TERMS, type FamilyTerm } from './terms';

export type FamilyFindingKind = 'jargon' | 'long-sentence' | 'passive';

export interface FamilyFinding {
  kind: FamilyFindingKind;
  paragraph: number;
  /** The words the finding is about, within the paragraph's text. */
  start: number;
  end: number;
  message: string;
  /** The replacement for [start, end), where there is one a family would understand. */
  suggestion?: { text: string; label: string };
}

export interface SectionReadability {
  title: string;
  words: number;
  sentences: number;
  /** UK reading age in years (US grade + 5), from the Flesch-Kincaid grade. */
  readingAge: number;
}

export interface FamilyReading {
  findings: FamilyFinding[];
  sections: SectionReadability[];
  /** The child's own words quoted in the plan: where, and how many. */
  childWords: { paragraph: number; text: string }[];
}

/** Above this many words a sentence is hard to follow for a reading age of 11 or so. */
export const LONG_SENTENCE_WORDS = 30;

/** Past participles that are really adjectives: "is worried" says how someone feels. */
const ADJECTIVAL = new Set(
  `worried concerned pleased interested scared frightened tired settled involved married
  divorced separated related supposed based aged called named known used allowed able
  upset excited bored confused annoyed prepared disabled qualified engaged committed`.split(/\s+/),
);
const IRREGULAR_PARTICIPLES =
  'done|made|seen|given|taken|kept|held|told|sent|brought|met|set|put|shown|known|written|put|paid|sought|taught|found|left|heard|read|run|spoken|chosen';
// "Is cluttered" describes; "will be made" and "was referred" hide who acts.
const PASSIVE = new RegExp(
  `\\b(?:(?:will|would|shall|should|must|can|could|may|might|to|needs? to) be|(?:has|have|had) been|was|were)\\s+(?:(?:not|also|then|now|still|regularly|closely)\\s+)?((?:[a-z]+ed)|(?:${IRREGULAR_PARTICIPLES}))\\b(?![^.;]*\\bby\\b)`,
  'gi',
);

/** A passive about what has happened ("has been found", "were left") asks who did it, not who will. */
const PAST = /^(?:(?:has|have|had) been|was|were)\b/i;

/** A plan or meeting as what the passive is about: "The plan will be reviewed", "The meeting will be held". */
const MEETING_DONE = /\b(?:plan|agreement|meeting|conference|review|core group)s?\s+$/i;

const SENTENCE = /[^.!?]+(?:[.!?]+|$)/g;
const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Quoted words: "…", “…”, or ‘…’ long enough to be speech, not a scare quote. */
const QUOTE = /["“]([^"”]{8,})["”]|‘([^’]{8,})’/g;
/**
 * "Maisie said: …" or "Poppy drew her bedroom and said" just before a quote, or a views section's
 * "Cara: …": a name, not an adult of the family (read by role) or a professional's title, saying
 * the words.
 */
const NAME_SAID = new RegExp(
  String.raw`(?<!\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.? )\b(?!${NOT_THE_CHILD}\b)${NAME} (?:(?:drew|showed|wrote|made|played|pointed)(?: [\w'’]+){0,6} and )?(?:said|says|told (?:us|me|her|him|them|the [\w ]{1,30}?)|has told (?:us|me|her|him|them))(?:,? (?:that )?(?:she|he|they) (?:wants?|would like|likes?|feels?|thinks?|is|was)(?: to)?)?\s*[:,]?\s*$|^\W*(?!${NOT_THE_CHILD}\b)[A-Z][A-Za-z\u00C0-\u024F'’-]+\W*:\W*$`,
);
/** Capitalised words that open a sentence but name nobody who speaks. */
const NOT_A_SPEAKER =
  '(?:He|She|His|Her|Their|Our|Your|The|A|An|This|That|These|Those|When|If|In|On|At|After|Before|During|Then|Also|Both|All|Since|While|Although|Because|As|But|And|So)';

/**
 * Words quoted later in a sentence whose subject is a name saying them: "Maya said her wish is
 * '…'", "Ava said she likes going to Daddy's 'when he's not poorly'", "Tyler has told his
 * teacher that he gets Mia up because 'Mum's still asleep'", and what a child put in the Three
 * Houses ("In her house of worries she wrote '…'"). The name is no adult of the family (read by
 * role) or professional and opens its clause ("They spoke about Callum and said" is theirs), the
 * saying is not done to them ("Leo has been told"), and nothing between the saying and the quote
 * ends the sentence or gives it to someone else ("…, and Grandad says he '…'").
 */
const CHILD_REPORTED = new RegExp(
  String.raw`(?:(?:^|[;:|(•*\u2013\u2014-]\s*|,\s*|\b(?:and|but|while|as)\s+)(?!${NOT_THE_CHILD}\b|${NOT_A_SPEAKER}\b)${NAME}(?: (?!(?:and|but|while|said|says|told|wrote)\b)[a-z][\w'’-]*){0,8}?(?: and)? (?<!\b(?:been|was|were|be|being|is|are|get|got) )(?:said|says|told|has told|wrote)|\b[Ii]n (?:his|her|their) ["“]?house of [\w ]{4,12}["”]? (?:he|she|they) (?:wrote|put|said))\b(?:(?!\b(?:said|says|told)\b)[^"“”.!?]){0,100}$`,
);

const CHILD_VIEWS_SECTION = new RegExp(
  String.raw`\b(?:child'?s|child’s|young person'?s|young person’s|my|[a-z]+['’]s|children['’]s) (?:views?|wishes|words|voice)|\bwishes and feelings\b|\bvoice of the child\b|\bwhat (?:${NAME}|the child|the young person) (?:says|said|thinks|wants)\b|${WHAT_MATTERS_TO_THE_CHILD}|\bin (?:his|her|their|my) own words\b`,
  'i',
);
/**
 * A child's own plan speaks as the child in its headings ("What I am worried about", "What I want
 * to happen", "My wishes", a safety plan's "Things that make me feel unsafe"): what is written
 * under them is the child's own words, quoted or not.
 */
export const CHILD_VOICE_HEADING =
  /^\W*(?:what (?:I|I['’]m|I am) (?:want|would like|am worried about|worried about|think|feel|good at|like)|what matters to me\b|what(?:['’]s| is) important to me\b|my (?:wishes|worries|views|feelings|words)\b|(?:things that|what) makes? me (?:feel )?(?:unsafe|safe|scared|frightened|worried|upset|happy|sad|angry)\b)/i;
/**
 * An adult's section: "Mum's views", and "What Chloe says" once the plan has said Chloe is the
 * mother (read as "What Mum says"), or names a carer or one of the plan's workers.
 */
const PARENT_SECTION = new RegExp(
  String.raw`\b(?:parents?'?|mum'?s|dad'?s|mother'?s|father'?s|carers?'?) (?:views?|wishes|words)\b|\bwhat (?:the )?(?:carers?|parents?|worker|${FAMILY_ADULT_WORDS}) (?:says|said|thinks|wants|feels)\b`,
  'i',
);

function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

interface TermMatcher {
  /** Acronyms match with their case ("PLO", not "plo"); terms in any case. */
  acronyms: RegExp;
  terms: RegExp;
  byText: Map<string, FamilyTerm>;
}

const matchers = new WeakMap<readonly FamilyTerm[], TermMatcher>();

function isAcronym(term: FamilyTerm): boolean {
  return term.term === term.term.toUpperCase();
}

/** One pattern for all the terms, built once per term list: a plan has hundreds of paragraphs. */
function termMatcher(terms: readonly FamilyTerm[]): TermMatcher {
  let m = matchers.get(terms);
  if (!m) {
    const pattern = (list: FamilyTerm[], flags: string) =>
      list.length === 0
        ? /(?!)/g
        : new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${list
              .map((t) => escapeRegExp(t.term).replace(/\s+/g, '\\s+'))
              .sort((a, b) => b.length - a.length)
              .join('|')})(?![\\p{L}\\p{N}])`,
            flags,
          );
    const byText = new Map<string, FamilyTerm>();
    // House rules' terms come first in the list, so the council's own wording wins.
    for (const t of terms) {
      const key = isAcronym(t) ? t.term : t.term.toLowerCase();
      if (!byText.has(key)) byText.set(key, t);
    }
    m = {
      acronyms: pattern(terms.filter(isAcronym), 'gu'),
      terms: pattern(
        terms.filter((t) => !isAcronym(t)),
        'giu',
      ),
      byText,
    };
    matchers.set(terms, m);
  }
  return m;
}

interface Paragraph {
  paragraph: number;
  text: string;
  heading?: boolean;
}

function paragraphsOf(doc: PlanDocument): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph')
      out.push({ paragraph: b.paragraph, text: b.text, heading: b.headingLevel !== undefined });
    else for (const row of b.rows) for (const cell of row) out.push(cell);
  }
  return out;
}

/** Explained if its long form came first, or brackets follow it (either way round). */
function explainedAt(
  text: string,
  at: number,
  end: number,
  term: FamilyTerm,
  seen: string,
): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(end, end + 3);
  if (/\(\s*$/.test(before)) return true; // "initial child protection conference (ICPC)"
  if (/^\s*\(/.test(after)) return true; // "ICPC (initial child protection conference)"
  const long = (term.longForm ?? term.plain).toLowerCase();
  return seen.toLowerCase().includes(long);
}

function jargon(paragraphs: Paragraph[], terms: readonly FamilyTerm[]): FamilyFinding[] {
  const out: FamilyFinding[] = [];
  const done = new Set<string>();
  const matcher = termMatcher(terms);
  let seen = '';
  for (const p of paragraphs) {
    const hits: { at: number; text: string; term: FamilyTerm }[] = [];
    for (const re of [matcher.acronyms, matcher.terms]) {
      re.lastIndex = 0;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        const key = re === matcher.acronyms ? m[0] : m[0].toLowerCase().replace(/\s+/g, ' ');
        const term = matcher.byText.get(key);
        if (!term || done.has(term.term.toLowerCase())) continue;
        done.add(term.term.toLowerCase());
        hits.push({ at: m.index, text: m[0], term });
      }
    }
    for (const { at, text, term } of hits.sort((a, b) => a.at - b.at)) {
      const end = at + text.length;
      if (explainedAt(p.text, at, end, term, seen + p.text.slice(0, at))) continue;
      const acronym = term.longForm !== undefined;
      // "at the ICPC" becomes "at the first child protection meeting", not "at the the first…".
      const plain = /\b(?:the|a|an)\s+$/i.test(p.text.slice(0, at))
        ? term.plain.replace(/^the\s+/i, '')
        : term.plain;
      out.push({
        kind: 'jargon',
        paragraph: p.paragraph,
        start: at,
        end,
        message: acronym
          ? `"${text}" is not explained where it is first used: a family may not know it means ${term.longForm}.`
          : `"${text}" is a professional term: say what it means the first time, for the family.`,
        suggestion: {
          text: acronym ? `${plain} (${text})` : `${text} (${term.plain})`,
          label: acronym ? `Say "${term.plain}"` : 'Explain it',
        },
      });
    }
    seen += `${p.text}\n`;
  }
  return out;
}

function sentenceFindings(p: Paragraph): FamilyFinding[] {
  const out: FamilyFinding[] = [];
  if (p.heading) return out;
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(p.text); m; m = SENTENCE.exec(p.text)) {
    if (m[0].length === 0) {
      SENTENCE.lastIndex++;
      continue;
    }
    const sentence = m[0];
    const lead = sentence.length - sentence.trimStart().length;
    const start = m.index + lead;
    const words = wordCount(sentence);
    if (words > LONG_SENTENCE_WORDS)
      out.push({
        kind: 'long-sentence',
        paragraph: p.paragraph,
        start,
        end: m.index + sentence.trimEnd().length,
        message: `This sentence has ${words} words: split it so a family can follow it (aim for under 20).`,
      });
    PASSIVE.lastIndex = 0;
    for (let q = PASSIVE.exec(sentence); q; q = PASSIVE.exec(sentence)) {
      if (ADJECTIVAL.has(q[1].toLowerCase())) continue;
      // "This plan will be reviewed on …": everyone knows the meeting does it, and says when.
      if (MEETING_DONE.test(sentence.slice(0, q.index))) continue;
      out.push({
        kind: 'passive',
        paragraph: p.paragraph,
        start: m.index + q.index,
        end: m.index + q.index + q[0].length,
        message: PAST.test(q[0])
          ? `"${q[0]}" does not say who did it: name the person ("The social worker found…", "Dad left the children…").`
          : `"${q[0]}" does not say who will do it: name the person ("Mum will…", "The social worker will…").`,
      });
      break;
    }
  }
  return out;
}

/** Plans repeat their words ("Mum", "will", "school"): count each word's syllables once. */
const SYLLABLES = new Map<string, number>();
function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let n = SYLLABLES.get(key);
  if (n === undefined) {
    n = syllable(key);
    // Bounded: a 500-page plan's vocabulary fits; a stream of unique tokens does not grow it.
    if (SYLLABLES.size < 20_000) SYLLABLES.set(key, n);
  }
  return n;
}

function readingAge(text: string): { words: number; sentences: number; age: number } {
  const words = text.match(WORDS) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + syllablesOf(w), 0);
  if (words.length === 0) return { words: 0, sentences: 0, age: 0 };
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { words: words.length, sentences, age: Math.max(5, Math.round(grade + 5)) };
}

function sections(paragraphs: Paragraph[]): SectionReadability[] {
  const out: SectionReadability[] = [];
  let title = 'Before the first heading';
  let body: string[] = [];
  const flush = () => {
    const text = body.map((t) => (/[.!?]$/.test(t.trim()) ? t : `${t}.`)).join(' ');
    const r = readingAge(text);
    if (r.words >= 10)
      out.push({ title, words: r.words, sentences: r.sentences, readingAge: r.age });
  };
  for (const p of paragraphs) {
    if (p.heading) {
      flush();
      title = p.text.trim();
      body = [];
    } else if (p.text.trim()) body.push(p.text.trim());
  }
  flush();
  return out;
}

/** Quotes in the child's views section, or after the child "said" / "told", are their words. */
function childWords(
  paragraphs: Paragraph[],
  adults: ReadonlyMap<string, FamilyRole>,
): FamilyReading['childWords'] {
  const out: FamilyReading['childWords'] = [];
  let inChildSection = false;
  let inChildVoice = false;
  // "Chloe's views" over the mother's words, once the plan has said Chloe is the mother.
  const asRoles = (text: string) => withRoles([text], adults)[0];
  for (const p of paragraphs) {
    if (p.heading || (p.text.length < 60 && /[:?]$/.test(p.text.trim()))) {
      const title = asRoles(p.text);
      inChildSection = CHILD_VIEWS_SECTION.test(title) && !PARENT_SECTION.test(title);
      inChildVoice = CHILD_VOICE_HEADING.test(title);
      continue;
    }
    if (inChildVoice && p.text.trim()) {
      out.push({ paragraph: p.paragraph, text: p.text.trim() });
      continue;
    }
    // "Child's views: …", or the child's own name: "Noah's views: 'I like reading …'".
    const labelled = VIEWS_LABEL.test(p.text) || NAMED_VIEWS_LABEL.test(asRoles(p.text));
    QUOTE.lastIndex = 0;
    for (let m = QUOTE.exec(p.text); m; m = QUOTE.exec(p.text)) {
      const before = asRoles(p.text.slice(Math.max(0, m.index - 60), m.index));
      const parentSaid =
        /\b(?:mum|dad|mother|father|carer|grandma|nan)\b[^.]*\b(?:said|says|told|stated)\b[^.]*$/i.test(
          before,
        );
      if (
        ((inChildSection || labelled) && !parentSaid) ||
        NAME_SAID.test(before) ||
        // The sentence the quote stands in, up to it (at most 200 characters of it).
        CHILD_REPORTED.test(asRoles(sentenceBefore(p.text, m.index, 200).trimStart()))
      )
        out.push({ paragraph: p.paragraph, text: m[1] ?? m[2] });
    }
  }
  return out;
}

const VIEWS_LABEL = /^\s*(?:child'?s|child’s|young person'?s) (?:views?|wishes|words)\s*:/i;
/** A name's own views, not an adult's ("Mum's views", or "Kelly's" once she is introduced as Mum). */
const NAMED_VIEWS_LABEL = new RegExp(
  String.raw`^\s*(?!${NOT_THE_CHILD}\b)${NAME}['’]s (?:own )?(?:views?|wishes(?: and feelings)?|words)\s*:`,
);

/** A paragraph's text after applying a finding's suggestion (what the pane's Apply writes). */
export function applyFamilySuggestion(paragraphText: string, finding: FamilyFinding): string {
  if (!finding.suggestion) return paragraphText;
  return (
    paragraphText.slice(0, finding.start) +
    finding.suggestion.text +
    paragraphText.slice(finding.end)
  );
}

export function readForFamily(
  doc: PlanDocument,
  extraTerms: readonly FamilyTerm[] = [],
): FamilyReading {
  const paragraphs = paragraphsOf(doc);
  const terms = extraTerms.length === 0 ? FAMILY_TERMS : [...extraTerms, ...FAMILY_TERMS];
  const findings = [...jargon(paragraphs, terms), ...paragraphs.flatMap(sentenceFindings)].sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start,
  );
  return {
    findings,
    sections: sections(paragraphs),
    childWords: childWords(paragraphs, namedAdultsOf(doc)),
  };
}
