/**
 * The text as the checker reads it. What a writer never means as a difference is read away: the
 * bullet or number a list item was pasted with ("• ", "3. ", "(b) "), and quotation marks around
 * the whole objective; runs of spaces nobody sees (two after a full stop, the non-breaking space
 * Word keeps between "30" and "June", a tab) become one plain space; characters nobody sees (a
 * soft hyphen, a zero-width space) go, and Word's non-breaking hyphen is a hyphen; American
 * spellings ("program", "behavior", "pediatrician") become the British ones the word lists hold,
 * as abbreviated units ("2 wks", "24hrs") become the words, and "kids" is "children"; "&"
 * between words is "and", "95 %" and "95 per cent" are "95%", and "3 or more" is "at least 3"; a fraction typed as one character ("¾") is read as its
 * digits ("3/4"); a letter with an accent or a stroke ("Áine", "Łucja") is read as its plain
 * letter; and a child's age or date of birth put after the name ("Zak (7) will", "Amy, aged 14,
 * to", "Leo (DOB 03/05/2019)") is left out, since it is who the child is, not a count to reach or
 * a date to meet. What the checker finds in that reading is mapped back onto the text as
 * written, so every underline and every rewrite lands on the writer's own characters. Line
 * breaks are kept.
 */
import { EVERYDAY_WORDS, UNIT_ABBREVIATIONS, US_SPELLINGS } from './lexicon';
import { isShouted, sentenceCase } from './shouted';
import { firstLetterEitherCase, LIST_BULLET, LIST_NUMBER, PLAN_LABEL_WORDS } from './text';
import type { Span } from './types';

/** A space other than the plain one: a tab, Word's non-breaking space, the typographic ones. */
const OTHER_SPACE = String.raw`\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000`;
const SPACE = `[ ${OTHER_SPACE}]`;
/**
 * What nobody sees, as Word and web pages leave it in pasted text: a soft (optional) hyphen, in
 * Unicode or as Word's plain-text U+001F, zero-width spaces and joiners, a byte-order mark.
 */
const INVISIBLE = String.raw`\u00AD\u001F\u200B-\u200D\u2060\uFEFF`;
/** A space, or a run of spaces with nothing visible between them. */
const SPACE_OR_INVISIBLE = `[ ${OTHER_SPACE}${INVISIBLE}]`;
/** Hyphens drawn as the plain one: Word's non-breaking hyphen (U+2011, U+001E as plain text). */
const OTHER_HYPHEN = String.raw`\u2010\u2011\u001E`;
/**
 * A fraction typed as one character ("in ¾ trials", "from ⅕ to ⅗"), as Word's AutoCorrect and
 * pasted goal banks leave it, is read as the digits the patterns count ("3/4"); after a whole
 * number ("1½ hours") it is read apart from it ("1 1/2").
 */
const FRACTIONS = new Map(
  Object.entries({
    '¼': '1/4',
    '½': '1/2',
    '¾': '3/4',
    '⅐': '1/7',
    '⅑': '1/9',
    '⅒': '1/10',
    '⅓': '1/3',
    '⅔': '2/3',
    '⅕': '1/5',
    '⅖': '2/5',
    '⅗': '3/5',
    '⅘': '4/5',
    '⅙': '1/6',
    '⅚': '5/6',
    '⅛': '1/8',
    '⅜': '3/8',
    '⅝': '5/8',
    '⅞': '7/8',
  }),
);
/**
 * A letter with an accent or a stroke ("Áine", "Órla", "Łucja", "Ömer", "Zoë"), read as its plain
 * letter: the patterns that find a name, a capital or a word are written in plain letters, and an
 * Irish or Polish name is as much a name as "Aine". Written either way, precomposed or with a
 * combining mark after it (the mark alone is read away; looking for it rather than for a letter
 * and its mark keeps the pattern from being tried at every letter).
 */
const ACCENTED = String.raw`(?<accented>[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]\p{M}*|\p{M}+)`;
/** Letters that lose no mark in Unicode's decomposition but have a plain reading. */
const PLAIN_LETTER = new Map(
  Object.entries({
    Ł: 'L',
    ł: 'l',
    Ø: 'O',
    ø: 'o',
    Đ: 'D',
    đ: 'd',
    Ħ: 'H',
    ħ: 'h',
    ı: 'i',
    Æ: 'Ae',
    æ: 'ae',
    Œ: 'Oe',
    œ: 'oe',
    ß: 'ss',
    Þ: 'Th',
    þ: 'th',
  }),
);
const FRACTION = `(?<fraction>[${[...FRACTIONS.keys()].join('')}])`;
/**
 * The form the word lists hold, for a word written another way: spelt the American way, a unit
 * abbreviated, or an everyday word ("kids").
 */
const LISTED_FORM = new Map(
  [...US_SPELLINGS, ...UNIT_ABBREVIATIONS, ...EVERYDAY_WORDS].map(
    (pair) => pair.split(' ') as [string, string],
  ),
);
/** In capitals an abbreviation is another word: "HR" is human resources, not an hour. */
const ABBREVIATED = new Set(UNIT_ABBREVIATIONS.map((pair) => pair.split(' ')[0]));
/** A unit typed against its number ("within 24hrs", "3wks"): read with a space, as "24 hours". */
const JOINED_UNIT =
  ABBREVIATED.size > 0
    ? String.raw`(?<joinedUnit>(?<=\d)(?:${[...ABBREVIATED].join('|')})\b)`
    : '(?!)';
const OTHER_FORMS =
  LISTED_FORM.size > 0
    ? String.raw`\b(?:${[...LISTED_FORM.keys()].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), ...(ABBREVIATED.has(w) ? [] : [w.toUpperCase()])]).join('|')})\b`
    : '(?!)';
/**
 * An age or a date of birth after a name or a stand-in, with the spaces around it: "(7)",
 * "(age 7)", "(aged 14, autistic)", "(7 years old)", "(DOB 12/03/2019)", or ", aged 7," and ", 7,"
 * before the modal or "to".
 */
const AGE = String.raw`(?:[Aa]ged? )?\d{1,2}(?: ?(?:years?|yrs?|months?)(?: old)?| ?y\.?o\.?|(?: ?(?:years?|yrs?|months?))? ?(?:and|&) \d{1,2} (?:months?|mths?))?`;
const BIRTH = String.raw`(?:DOB|[Dd]\.?[Oo]\.?[Bb]\.?|[Dd]ate of birth|[Bb]orn)[: ]\s?[^()]{4,20}`;
// Looked behind for the name only where a bracket or a comma follows, and a name is short.
const APPOSITION = String.raw`(?=${SPACE}*[(,])(?<=[\p{Lu}][\p{L}'’-]{0,30}|\])${SPACE}*(?:\((?:${AGE}|${BIRTH})(?:[,;] [^()]{1,40})?\)(?=${SPACE})|, ?${AGE},(?=${SPACE}(?:will|to|is|are|must|should|shall|can|needs?|has)\b))${SPACE}*`;
/** "I, Darren Price, agree to …": the signer's name after "I", as a written agreement opens. */
const SIGNER = String.raw`(?<=^${SPACE}*I)${SPACE}*,${SPACE}*[\p{Lu}][\p{L}'’-]+(?:${SPACE}+[\p{Lu}][\p{L}'’-]+){0,2}${SPACE}*,${SPACE}*`;
/** "1.1", "2.3.4" before a capital: a plan's sections and sub-items ("1.5 hours" is no number). */
const MULTILEVEL = String.raw`\d{1,3}(?:\.\d{1,3}){1,3}\.?(?=${SPACE}+[\p{Lu}[("“‘'])`;
/** "Target 1 –", "Outcome 3)", "Step 2:": a plan's own word for the item, with its number. */
const PLAN_LABEL = firstLetterEitherCase(PLAN_LABEL_WORDS);
const LABELLED = String.raw`${PLAN_LABEL}${SPACE}*(?:\d{1,3}[a-z]?|[a-h])${SPACE}*[:.)\u2013\u2014-]`;
/**
 * "Action: Ensure the home is safe": the label of an item that has no other parts. Where the row
 * goes on ("Who: Dad. By when: …") the labels are its parts, and are read as such.
 */
const LABEL_ALONE = String.raw`${PLAN_LABEL}s?${SPACE}*:(?![\s\S]*\b(?:[Ww]ho|[Bb]y when|[Ww]hen|[Hh]ow (?:will we|we will|we['’]ll) know|[Ee]vidence|[Rr]eview|[Oo]wner|[Ll]ead|[Aa]ction|[Oo]utcome|[Nn]eed)${SPACE}*:)`;
/**
 * A bullet, an item's number or letter, or a plan's label and number typed before the objective,
 * with the spaces around it: the patterns that read the first words then see the objective as its
 * writer wrote the item. "A." and "I." are left, as initials and the first person write them.
 */
const LEAD = String.raw`^${SPACE}*(?:${LIST_BULLET}|${LIST_NUMBER}|${MULTILEVEL}|${LABELLED}|${LABEL_ALONE})${SPACE}+`;
/**
 * Quotation marks around the whole objective ("“keep your room clean”", as a plan quotes an
 * order or a child's own list): read away, as a bullet is, so the first word is the first word.
 * The closing mark is matched before the look back to the opening one, so that look is taken
 * only at a closing mark at the end, not at every character (which made the reading ten times
 * slower).
 */
const WHOLE_QUOTE = String.raw`(?<quote>^${SPACE}*[“"‘](?=[^“”"]*[”"’]${SPACE}*[.!;]?${SPACE}*$)|[”"’](?=${SPACE}*[.!;]?${SPACE}*$)(?<=^${SPACE}*[“"‘][^“”"]*.))`;
/** The space some write before a per cent sign ("100 %", "95 %"): read as "100%". */
const PERCENT_SPACE = String.raw`(?<percentSpace>(?<=\d)${SPACE}+(?=%))`;
/**
 * "3 or more sessions", "2 or fewer late nights", "£1,000 or more": a bound, read as "at least 3"
 * and "no more than 2" write it.
 */
const OR_MORE = String.raw`(?<orMore>(?<![\d.,£$€])(?<bound>[£$€]?\d[\d,]*(?:\.\d+)?)${SPACE_OR_INVISIBLE}+or${SPACE_OR_INVISIBLE}+(?:(?<more>more)|fewer|less)\b)`;
/** "95 per cent", "70 percent": the sign the patterns count, as UK style writes it out. */
const PER_CENT = String.raw`(?<percent>(?<=\d)${SPACE}*(?:[Pp]er${SPACE}?[Cc]ent|PER${SPACE}?CENT)\b)`;
/**
 * What the reading changes: the item's bullet or number, quotation marks around the whole, an age
 * after a name, a run of spaces that is not one plain space, a character nobody sees, a hyphen
 * that is not the plain one, a fraction typed as one character, a letter with an accent, "&"
 * between words, "per cent" and a space before "%", a word spelt the American way or a unit
 * abbreviated (also when typed against its number), and "3 or more" as "at least 3". Case
 * matters, so that only a name (or a stand-in in brackets) is read as having an age.
 */
const CHANGE_SOURCE = String.raw`(?<lead>${LEAD})|${WHOLE_QUOTE}|${PERCENT_SPACE}|${PER_CENT}|${JOINED_UNIT}|${OR_MORE}|${APPOSITION}|${SIGNER}|${SPACE_OR_INVISIBLE}*[${OTHER_SPACE}]${SPACE_OR_INVISIBLE}*|${SPACE}(?:[${INVISIBLE}]*${SPACE})+|(?<unseen>[${INVISIBLE}]+)|(?<hyphen>[${OTHER_HYPHEN}])|${FRACTION}|${ACCENTED}|(?<amp>(?<= )&(?= ))|${OTHER_FORMS}`;
const CHANGE = new RegExp(CHANGE_SOURCE, 'gu');
const CHANGES = new RegExp(CHANGE_SOURCE, 'u');

export interface Reading {
  /** The text as the checker reads it. */
  text: string;
  /** The text was typed all in capitals, and is read in the case its writer would have used. */
  shouted: boolean;
  /** A span of the reading, as the same characters of the text as written. */
  toWritten<T extends Span>(span: T): T;
  /** A span of the text as written, as the same characters of the reading. */
  toRead<T extends Span>(span: T): T;
}

/** The reading of a text, or undefined when it is read as written. */
export function readText(asWritten: string): Reading | undefined {
  // A line in capitals is read in the case its writer would have used: only case changes, so
  // every character keeps its place.
  const shouted = isShouted(asWritten);
  const written = shouted ? sentenceCase(asWritten) : asWritten;
  if (!shouted && !CHANGES.test(written)) return undefined;
  // The written index of each read character, and the read index of each written one; each
  // with one more entry, for the end of the text.
  const writtenAt: number[] = [];
  const readAt: number[] = [];
  let text = '';
  let last = 0;
  const copy = (to: number) => {
    for (let i = last; i < to; i++) {
      readAt.push(text.length + i - last);
      writtenAt.push(i);
    }
    text += written.slice(last, to);
  };
  CHANGE.lastIndex = 0;
  for (let m = CHANGE.exec(written); m; m = CHANGE.exec(written)) {
    // A pattern that matched nothing would match there again for ever: step past it.
    if (m[0] === '') {
      CHANGE.lastIndex++;
      continue;
    }
    const replacement = replacementFor(m, written);
    if (replacement === m[0]) continue;
    copy(m.index);
    // Each character of the one maps to the same place in the other, or to its last character;
    // a bullet read away maps to the first character read after it. The last read character
    // maps to the last written one, so that a word read shorter ("Enroll" as "Enrol") is
    // underlined whole.
    for (let i = 0; i < m[0].length; i++)
      readAt.push(text.length + Math.max(0, Math.min(i, replacement.length - 1)));
    for (let i = 0; i < replacement.length; i++)
      writtenAt.push(
        m.index + (i === replacement.length - 1 ? m[0].length - 1 : Math.min(i, m[0].length - 1)),
      );
    text += replacement;
    last = m.index + m[0].length;
  }
  copy(written.length);
  writtenAt.push(written.length);
  readAt.push(text.length);
  return {
    text,
    shouted,
    toWritten: (span) => {
      const start = writtenAt[span.start];
      // The end of a span is just past its last character, wherever that character was written.
      const end = span.end > span.start ? writtenAt[span.end - 1] + 1 : start;
      return { ...span, start, end };
    },
    toRead: (span) => ({ ...span, start: readAt[span.start], end: readAt[span.end] }),
  };
}

const ACCENTED_ALL = new RegExp(ACCENTED, 'gu');

/**
 * The text with every accented letter read as its plain one, for readers that look for names in
 * a whole plan's lines rather than in an objective's reading ("Mum: Siobhán Ní Bhriain").
 */
export function plainLetters(text: string): string {
  return MAYBE_ACCENTED.test(text) ? text.replace(ACCENTED_ALL, plainLetter) : text;
}

/**
 * Every letter ACCENTED_ALL matches, and every mark, is at U+00C0 or beyond: a text without any
 * such character (most of a plan) is plain already, and is told so without the slower Unicode scan.
 */
const MAYBE_ACCENTED = /[\u00C0-\uFFFF]/;

/** "A" for "Á" (or "A" and a combining accent), "L" for "Ł", "Ae" for "Æ". */
function plainLetter(letter: string): string {
  const bare = letter.normalize('NFD').replace(/\p{M}+/gu, '');
  return PLAIN_LETTER.get(bare) ?? bare;
}

/** What the reading puts in place of one change it found. */
function replacementFor(m: RegExpExecArray, written: string): string {
  const g = m.groups ?? {};
  if (
    g.lead !== undefined ||
    g.unseen !== undefined ||
    g.quote !== undefined ||
    g.percentSpace !== undefined
  )
    return '';
  if (g.hyphen !== undefined) return '-';
  if (g.fraction !== undefined) return fraction(written, m.index, m[0]);
  if (g.accented !== undefined) return plainLetter(m[0]);
  if (g.amp !== undefined) return 'and';
  if (g.percent !== undefined) return '%';
  if (g.joinedUnit !== undefined) return ` ${listedForm(m[0])}`;
  if (g.orMore !== undefined)
    return g.more !== undefined ? `at least ${g.bound}` : `no more than ${g.bound}`;
  // A run of spaces is one plain space; what is left is a word spelt another way.
  return /^\p{L}/u.test(m[0]) ? listedForm(m[0]) : ' ';
}

/** "3/4" for "¾"; "1 1/2" for the "½" of "1½", so the whole number stays apart. */
function fraction(text: string, at: number, char: string): string {
  const digits = FRACTIONS.get(char) ?? char;
  return at > 0 && /\d/.test(text[at - 1]) ? ` ${digits}` : digits;
}

/** The listed form, in the word's own case: "Program" is read "Programme", "Wks" "Weeks". */
function listedForm(word: string): string {
  const listed = LISTED_FORM.get(word.toLowerCase()) ?? word;
  if (word === word.toUpperCase()) return listed.toUpperCase();
  return word[0] === word[0].toUpperCase() ? listed[0].toUpperCase() + listed.slice(1) : listed;
}
