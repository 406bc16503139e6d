/**
 * Questions a plan form asks and how they were answered: "Do the parents agree with the plan?
 * Yes ☐ No ☒", "☒ Yes ☐ No", "[x] Agree [ ] Disagree", or the question with its answer after
 * it ("…? No, Shelley does not agree that she drinks too much") or on the line below. Council
 * templates ask agreement this way, and the question's own words ("agree with the plan") say
 * nothing until a box is ticked.
 */

/** Ticked boxes as Word, Unicode and plain text write them. */
const TICKED = '☑☒⌧✓✔✗✘\uF0FE\uF0FD\uF078';
/** Empty boxes; U+F0A8 and U+F06F are Wingdings' boxes where Word gives the font's own code. */
const EMPTY = '☐□◻⬜\uF0A8\uF06F';
const BOX = new RegExp(
  String.raw`[${TICKED}${EMPTY}]|\[\s?[xX✓✔]?\s?\]|\(\s?[xX✓✔]?\s?\)(?=\s*\p{L})`,
  'gu',
);
const TICKED_BOX = new RegExp(String.raw`^(?:[${TICKED}]|[[(]\s?[xX✓✔]\s?[\])])$`, 'u');

/** A character no line without a question or a box has: the pane re-reads every line. */
export const FORM_HINT = new RegExp(String.raw`[?[(${TICKED}${EMPTY}]`, 'u');

/** "Do", "Has", "Is", … opening a question that Yes or No answers. */
const YES_NO_QUESTION =
  /^\s*(?:\d+[.)]\s*)?(?:do|does|did|has|have|had|is|are|was|were|will|would|can|could)\b[^?]*\?/i;
const YES = /^(?:yes|y|agreed?|agrees)\b/i;
const NO = /^(?:no|n|not agreed|disagreed?|disagrees|does not agree|do not agree)\b/i;

const BOTH_OFFERED = /^\W*(?:yes|y)\s*\/\s*(?:no|n)\b/i;

export type Answer = 'yes' | 'no' | 'unanswered' | 'other';

export interface FormAnswer {
  question: string;
  answer: Answer;
  /** The option ticked or the words given, as written ("No"). */
  given?: string;
  /** Whether the answer sits on the next line, below the question. */
  below?: boolean;
}

interface Option {
  label: string;
  ticked: boolean;
}

function answerOf(label: string): Answer {
  const l = label.trim().replace(/^[:\-–—]\s*/, '');
  if (NO.test(l)) return 'no';
  if (YES.test(l)) return 'yes';
  return 'other';
}

/**
 * The boxes on a line and the label that goes with each. A label follows its box ("☒ Yes ☐ No")
 * unless nothing follows the last box ("Yes ☒ No ☐"), when each label comes before its box.
 */
function tickOptions(line: string): { question: string; options: Option[] } | undefined {
  const boxes = [...line.matchAll(BOX)];
  if (boxes.length === 0) return undefined;
  const first = boxes[0].index ?? 0;
  // A single box opening the line is a checklist's bullet ("☐ Mum will ring the school").
  if (boxes.length === 1 && line.slice(0, first).trim() === '') return undefined;
  const last = boxes[boxes.length - 1];
  const after = line.slice((last.index ?? 0) + last[0].length);
  const labelsBefore = after.trim() === '' || /^[\s.;,]*$/.test(after);
  const options: Option[] = [];
  let question: string;
  if (labelsBefore) {
    // The first label is the last words of the question's line: after its "?" or ":" or a gap.
    const head = line.slice(0, first);
    const cut = Math.max(
      head.lastIndexOf('?'),
      head.lastIndexOf(':'),
      head.search(/\s{2,}\S+\s*$/),
    );
    question = cut >= 0 ? head.slice(0, cut + 1).trim() : '';
    let from = cut + 1;
    for (const b of boxes) {
      options.push({ label: line.slice(from, b.index).trim(), ticked: TICKED_BOX.test(b[0]) });
      from = (b.index ?? 0) + b[0].length;
    }
  } else {
    question = line.slice(0, first).trim();
    boxes.forEach((b, i) => {
      const end = i + 1 < boxes.length ? boxes[i + 1].index : line.length;
      options.push({
        label: line.slice((b.index ?? 0) + b[0].length, end).trim(),
        ticked: TICKED_BOX.test(b[0]),
      });
    });
  }
  return { question, options };
}

/**
 * The question a line asks and its answer, if the line is a form's question; undefined for any
 * other line. `next` is the line below, where a written answer may stand alone ("Yes").
 */
export function readFormAnswer(line: string, next?: string): FormAnswer | undefined {
  const ticks = tickOptions(line);
  if (ticks) {
    const ticked = ticks.options.filter((o) => o.ticked);
    if (ticked.length === 0) return { question: ticks.question, answer: 'unanswered' };
    const answers = new Set(ticked.map((o) => answerOf(o.label)));
    const answer = answers.size === 1 ? [...answers][0] : 'other';
    return { question: ticks.question, answer, given: ticked.map((o) => o.label).join(', ') };
  }
  const asked = YES_NO_QUESTION.exec(line);
  if (!asked) return undefined;
  const question = asked[0].trim();
  const rest = line.slice(asked.index + asked[0].length).trim();
  // "Yes / No (delete as appropriate)" with neither deleted is a question still to answer.
  if (BOTH_OFFERED.test(rest)) return { question, answer: 'unanswered' };
  if (rest !== '') {
    const answer = answerOf(rest);
    return answer === 'other' ? undefined : { question, answer, given: rest };
  }
  const below = next?.trim() ?? '';
  const answer = below === '' ? 'unanswered' : answerOf(below);
  return answer === 'other'
    ? { question, answer: 'other', given: below, below: true }
    : { question, answer, given: below || undefined, below: below !== '' };
}
