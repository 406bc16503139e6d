/**
 * A line typed all in capitals ("MUM WILL TAKE KAI TO THE GP BY 30 JUNE 2027"), as some forms and
 * pasted headings leave it, read in the case a writer would have used. Without it a name cannot be
 * told from a word, nor an agency's initials from either. The reading keeps every character in its
 * place (only case changes), so spans map back one to one.
 */
import { KEPT_INITIALS, NOT_NAMES, PARENT_ROLES, PROFESSIONAL_ROLES } from './lexicon';

/** Months and days keep their capital, as a date is written. */
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|easter|christmas)$/;

/** Words that are not names before a modal: pronouns and the people the word lists know. */
const NOT_A_NAME = new Set([
  ...NOT_NAMES,
  'i',
  'he',
  'she',
  'they',
  'we',
  'you',
  'it',
  'who',
  'which',
  'one',
  'both',
  'everyone',
  'nobody',
  'child',
  'children',
  'baby',
  'student',
  'pupil',
  'learner',
  'person',
  'people',
  'adult',
  'adults',
  'family',
  'parents',
  'carers',
  'carer',
  'worker',
  'team',
  'service',
  'staff',
  ...[...PARENT_ROLES, ...PROFESSIONAL_ROLES].filter((r) => !r.includes(' ')),
]);

const WORD = /[\p{L}][\p{L}&'’-]*/gu;
/** What follows a subject's name: a modal, "and", or a verb in -s ("JAYDEN TAKES"). */
const AFTER_NAME =
  /^\s+(?:will|won['’]t|must|should|shall|can|cannot|can['’]t|could|would|may|needs?|is|has|does|and|&|\p{L}+[^s\s]s)\b/iu;
const POSSESSIVE = /^['’]s\b/i;
/** "KAI TO ATTEND": the plan's "X to …" after a subject's name. */
const AFTER_SUBJECT = /^\s+to\b/i;
/**
 * Where a subject's name starts, besides the line's start: after a colon, a comma, "and", or what
 * opens a clause ("ENSURE JAYDEN TAKES", "SO THAT LOLA AND REECE CANNOT").
 */
const SUBJECT_BEFORE =
  /(?::\s+|\b(?:and|&|that|so|ensure|ensures|make sure|makes sure|when|if|until|while|because|once)\s+|,\s+)$/iu;
/** A title before a name; "miss" only where it is no verb ("MISS SMITH", not "WILL MISS NO"). */
const TITLE_BEFORE =
  /(?:\b(?:mr|mrs|ms|mx|dr|pc|dc|ds|di|sgt|pcso)|(?<!\b(?:will|to|not|never|must|should|can|may|might|would|could|shall|n['’]t|also|then)\s+)\bmiss)\.?\s+$/i;
const DETERMINER_BEFORE =
  /\b(?:the|a|an|his|her|their|my|your|our|its|this|that|these|those|each|every|any|no|some)\s+$/i;

/** Is the text typed all in capitals (at least three words, no small letters)? */
export function isShouted(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  let words = 0;
  for (const _ of text.matchAll(/\p{Lu}{2,}/gu)) if (++words >= 3) return true;
  return false;
}

/** The text in the case a writer would have used, every character in its place. */
export function sentenceCase(text: string): string {
  let out = '';
  let last = 0;
  let sentenceStart = true;
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    const between = text.slice(last, at);
    if (last > 0 && /[.!?]\s*$/.test(between)) sentenceStart = true;
    // "_____ WILL …", "[CHILD] WILL …": the blank is the sentence's start, and "will" stays small.
    if (/[_\]…]/.test(between)) sentenceStart = false;
    out += between;
    const word = m[0];
    const lower = word.toLowerCase();
    // Only the words near this one are looked at, so a long line is read in one pass.
    const before = out.slice(-30);
    const after = text.slice(at + word.length, at + word.length + 30);
    const bare = word.replace(/['’]S$/, '');
    let cased: string;
    // Initials the lists know, a test's name before its number ("PHQ-9", "ASQ-3"), letters
    // with no vowel ("HV", "CWD"): initials, not words.
    if (/^(?:mr|mrs|ms|mx|dr)$/.test(lower)) cased = word[0] + lower.slice(1);
    else if (KEPT_INITIALS.has(bare) || /^-?\d/.test(after) || !/[AEIOUY]/.test(bare))
      cased = word.slice(0, bare.length) + lower.slice(bare.length);
    else if (
      sentenceStart ||
      lower === 'i' ||
      CALENDAR.test(lower) ||
      // A title's name ("MS SMITH"); a subject's name, first or after "and" ("MUM AND AMY WILL").
      TITLE_BEFORE.test(before) ||
      (!NOT_A_NAME.has(bare.toLowerCase()) &&
        // "ALL OF ETHAN'S NEEDS": an owner is named anywhere but after a determiner.
        ((POSSESSIVE.test(word.slice(bare.length)) && !DETERMINER_BEFORE.test(before)) ||
          ((first || SUBJECT_BEFORE.test(before)) &&
            (AFTER_NAME.test(after) || AFTER_SUBJECT.test(after)))))
    )
      cased = word[0] + lower.slice(1);
    else cased = lower;
    // A letter whose case changes its length (rare outside Latin) is left as written.
    out += cased.length === word.length ? cased : word;
    sentenceStart = false;
    first = false;
    last = at + word.length;
  }
  return out + text.slice(last);
}
