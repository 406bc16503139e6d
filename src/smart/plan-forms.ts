/**
 * What a plan form records, read for the whole-plan checks: a question's ticked or written answer
 * ("Do the parents agree with the plan? Yes ☐ No ☒"), a signature block filled in or left blank,
 * and a views heading with something written under it. A template has every heading, question
 * and signature line before anyone writes a word, so none of them counts until it is filled in.
 */
import type { Block } from './document';
import { FORM_HINT, readFormAnswer, type FormAnswer } from './form-answers';
import type { PlanCheck } from './plan-checks';
import { snippetAt } from './plan-lines';
import { namesSection } from './section-titles';

export interface ProbeContext {
  /** The line is a signature table's header with names typed in below. */
  signed: boolean;
  /** The next line with text, where a heading's content starts. */
  next: string | undefined;
}

/**
 * What an unfilled form shows: Word's content control prompts ("Click or tap here to enter
 * text."), a bracketed prompt ("[Enter the child's views]") or a line of blanks.
 */
const UNFILLED =
  /^\W*(?:(?:click|tap|click or tap)(?: here)? to enter (?:text|a date)|choose an item|enter text here|type here|\[[^\]]{0,60}\]|\([^)]{0,40}\)|[_.…\s]*)\W*$/i;

/** Whether a line or a cell shows only what an unfilled form shows: nobody has written in it. */
export const isUnfilled = (text: string): boolean => UNFILLED.test(text);

/**
 * A line or cell put off rather than filled in: "TBC", "None", "To be discussed at the next
 * meeting". A short word counts only on its own: "None of the children …" and "Nadia will …"
 * are written.
 */
const PUT_OFF =
  /^\W*(?:(?:tbc|tbd|tba)\b|(?:n\/?a|none|nil|not applicable)\W*$|not yet (?:agreed|decided|known)\b|to be (?:discussed|agreed|decided|confirmed|arranged|considered|added|completed)\b)/i;

/** Whether a line or cell says nothing yet: nobody has written in it, or it is put off. */
export const saysNothing = (text: string): boolean => isUnfilled(text) || PUT_OFF.test(text);

/**
 * Views written under or after their heading: "Child's views" over a line of the child's views,
 * or "Jamie's views: he wants …". A template's heading over nothing, over Word's "Click or tap
 * here to enter text." or straight over the next heading records no views.
 */
export function viewsWritten(line: string, match: string, { next }: ProbeContext): boolean {
  // Words besides the heading on its line are the views themselves, unless a form's prompt.
  if (!UNFILLED.test(line.replace(match, ''))) return true;
  // A heading alone: its views are on the next line, unless that is a prompt or the next heading.
  return next !== undefined && !UNFILLED.test(next) && !namesSection(next);
}

/** The next line with text after line `i`, where a heading's content or a question's answer is. */
export function nextWithText(lines: readonly string[], i: number): string | undefined {
  let next = i + 1;
  while (next < lines.length && lines[next].trim() === '') next++;
  return lines[next];
}

/** The line's form question and answer, reading past blank lines for an answer below it. */
export function formAnswerAt(lines: readonly string[], i: number): FormAnswer | undefined {
  const line = lines[i];
  if (!FORM_HINT.test(line)) return undefined;
  return readFormAnswer(line, nextWithText(lines, i));
}

const AGREEMENT_QUESTION = /\b(?:agree|sign|consent)/i;

/**
 * Agreement asked on the form: a Yes records it, a No records it and the disagreement, and a
 * question left unanswered is said to be so, where nothing else in the plan records agreement.
 */
export function formChecks(
  checks: PlanCheck[],
  forms: readonly (FormAnswer | undefined)[],
  texts: readonly { paragraph: number }[],
  found: Record<'agreement' | 'disagreement', string>,
): void {
  const at = forms.findIndex((f) => f !== undefined && AGREEMENT_QUESTION.test(f.question));
  const form = forms[at];
  if (!form) return;
  const evidence = {
    paragraph: texts[at].paragraph,
    text: snippetAt(`${form.question} ${form.given ?? ''}`.trim(), 0),
  };
  const agreement = checks.findIndex((c) => c.id === 'agreement');
  const disagreement = checks.findIndex((c) => c.id === 'disagreement');
  if (checks[agreement].met) {
    // Recorded elsewhere already.
  } else if (form.answer === 'yes' || form.answer === 'no') {
    checks[agreement] = {
      ...checks[agreement],
      met: true,
      message: found.agreement,
      evidence,
    };
  } else if (form.answer === 'unanswered') {
    checks[agreement] = {
      ...checks[agreement],
      message: `"${evidence.text}" is not answered yet: record whether the family agree with the plan, and who else agreed it.`,
      evidence,
    };
  }
  if (form.answer === 'no' && !checks[disagreement].met)
    checks[disagreement] = {
      ...checks[disagreement],
      met: true,
      message: found.disagreement,
      evidence,
    };
}

/**
 * A signature block's labels ("Parent's signature:", "Signature of social worker:", "Signed
 * (parent):", "Date:", "Print name:"), which are no signature themselves.
 */
const SIGNATURE_LABEL =
  /(?:(?:[\p{L}/-]+\s+){0,2}[\p{L}/-]+['’]s\s+)?\b(?:signatures?|signed)\b(?:\s*\([^)]{0,30}\))?(?:\s+(?:of|by)\s+[\p{L}/ -]{1,30}?(?=\s*:))?|\b(?:dated?|names?|print(?:ed)?(?: names?)?|roles?|relationship(?: to (?:the )?child)?)\b/giu;
const BLANK = /_{3,}|\.{4,}|…+/g;

/** Something written on a signature line beyond its labels and blanks: a name, a date, "by Mum". */
export function signatureFilled(line: string): boolean {
  return (
    line
      .replace(BLANK, ' ')
      .replace(SIGNATURE_LABEL, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, '') !== ''
  );
}

/**
 * Paragraphs of signature tables' header rows with a row filled in below: the names typed in
 * are who agreed, though each signs on paper.
 */
export function signedTables(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    const header = b.rows.findIndex((row) => row.some((c) => /\bsign(?:ature|ed)/i.test(c.text)));
    if (header < 0) continue;
    if (b.rows.slice(header + 1).some((row) => row.some((c) => c.text.trim() !== '')))
      out.add(b.rows[header][0].paragraph);
  }
  return out;
}

/**
 * A view that differs, said without "disagree": "Craig does not think he has a drink problem",
 * "Kayden does not think he is at risk", "Mum denies that …", "minimises the injuries",
 * "Tyrese did not want to sign".
 */
const VIEWS_DIFFER =
  /\b(?:(?:does|do|did)(?: not|n['’]t)|cannot|can['’]t) (?:think|believe|accept|agree|see|feel that|understand why|(?:want to )?sign)\b|\b(?:denies|denied|deny|minimi[sz]es?|minimi[sz]ed|disputes?)\b|\b(?:refused|refuses|declined|declines) to sign\b/i;

/**
 * A plan everyone agreed, with no disagreement in it, has none to explain: the check asks for
 * disagreement to be recorded where views differ, not for one to exist.
 */
export function agreedWithoutDisagreement(checks: PlanCheck[], lines: readonly string[]): void {
  const agreement = checks.find((c) => c.id === 'agreement');
  const at = checks.findIndex((c) => c.id === 'disagreement');
  if (!agreement?.met || checks[at].met || lines.some((l) => VIEWS_DIFFER.test(l))) return;
  checks[at] = {
    ...checks[at],
    met: true,
    message: 'The plan records agreement and no disagreement, so there is none to explain.',
    evidence: agreement.evidence,
  };
}
