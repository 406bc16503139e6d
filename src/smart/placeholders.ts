/**
 * Placeholders in plan text. Templates and goal banks leave two kinds:
 * - a stand-in for the person the plan is about ("[student]", "XX", "__ will"), which names that
 *   role as surely as a name does;
 * - a slot the writer has not filled yet ("by [date]", "as recorded by [who]", "___ out of ___"),
 *   which satisfies nothing until it is filled.
 * The analysis reads text with its slots masked, so no rule mistakes "[date]" for a date.
 */
import { blankSpans } from './text';

/** "example": a gap after "like" or "such as", an illustration left out, not the thing itself. */
export type SlotKind = 'time' | 'who' | 'where' | 'number' | 'what' | 'example';

export interface Placeholder {
  start: number;
  end: number;
  text: string;
  /** A person stand-in counts as naming them; a slot is a gap. */
  person: boolean;
  kind?: SlotKind;
}

/** Inside brackets: the words that stand for the person the plan is about. */
const PERSON_WORDS =
  /^(?:(?:the )?(?:child|child(?:['’]s)? name|name of (?:the )?child|young person|yp|cyp|student|student(?:['’]s)? name|pupil|pupil(?:['’]s)? name|learner|learner(?:['’]s)? name|baby|infant|name|first name|forename|client|participant|service user|son|daughter|parent|carer|mum|dad|mother|father|caregiver|parent\/carer|parent\/caregiver))$/i;

const SLOT_KINDS: [SlotKind, RegExp][] = [
  ['time', /\b(?:date|when|time|deadline|timescale|day|week|month|term|year|by when)\b/i],
  ['who', /\b(?:who|person|worker|role|professional|agency|staff|adult|lead)\b/i],
  ['where', /\b(?:where|place|venue|location|setting)\b/i],
  [
    'number',
    /^(?:x|n|#|\d*|number|amount|frequency|how often|how many|%|percent(?:age)?|criteria|target|accuracy)$|^(?:number of|(?:current|target|baseline|grade|reading|expected) (?:level|score|grade)|level|score|grade)\b/i,
  ],
];

/**
 * A bracketed slot: "[date]", "(who)", "<named service>", "{x}", or an IEP tool's template field
 * "{{studentName}}", "{{endDate}}".
 */
const BRACKETED =
  /\[([^\]\n]{1,60})\]|\(([^)\n]{1,40})\)|<([^>\n]{1,40})>|\{\{\s*([^}\n]{1,40}?)\s*\}\}|\{([^}\n]{1,40})\}/g;
/**
 * Three or more capitalised words, an organisation's name: "Juvenile Evaluation and Treatment
 * Services (JETS)".
 */
const EDITED_NAME =
  /^[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z][\p{L}'’-]+|and|of|for|the|&)){2,}(?:\s*\([A-Z]{2,6}\))?$/u;
/** Round brackets hold asides ("Tiana (4)", "(PA)"): only slot words make them slots. */
/** A template's instruction to the writer: "[insert date]", "(fill in a number)". */
const INSTRUCTION = String.raw`(?:insert|enter|add|indicate|specify|fill in)`;
/** The verb a name is followed by: "__ will", "… to", "XX's ... can". */
const NAME_VERB = String.raw`\s*(?:will|shall|to|can|is|has|must|should)\b`;
const ROUND_SLOT = new RegExp(
  String.raw`^(?:date|dates|who|where|when|name|number|x|n|named service|service|frequency|how often|time|place|${INSTRUCTION} [\w ]+)$`,
  'i',
);
/**
 * Underscores, a row of dots (of full stops, ellipses or both: "……", "…….", as Word's
 * AutoCorrect turns typed dots into "…"), a template's "…" where the name goes ("… will follow
 * rules"), or the "x" of "x% of the time".
 */
const BLANK = new RegExp(
  String.raw`_{2,}|\.{4,}|…[.…]+|\.+…[.…]*|…(?=${NAME_VERB})|(?<![A-Za-z0-9])[xX](?=\s?%)`,
  'g',
);
/**
 * Letters that stand for a name: "XX will", "X's", "Y to", "XXX can", an initial ("K will",
 * "J. will"), or a template's capitals ("NAME will", "STUDENT will"). "I" is the first person
 * and "A" an article, so neither is a stand-in.
 */
const LETTER_NAME =
  /(?<![\p{L}\p{N}])(?:X{2,4}|x{2,4}|[B-HJ-Z]\.?|NAME|STUDENT|CHILD|PUPIL|LEARNER|(?:[Cc]hild|[Ss]tudent|[Pp]upil|[Ll]earner)['’]s name)(?=(?:['’]s)?\s+(?:will|to|can|is|are|has|must|should|needs?|would|could|may|shall|and|uses?|reads?|writes?|demonstrates?|shows?|follows?|completes?|identif(?:y|ies)|responds?|names?|says?|[a-z]+s\b))/gu;

/** A template field's name as words: "studentName" is "student name", "end_date" "end date". */
function fieldWords(field: string | undefined): string | undefined {
  return field
    ?.replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase();
}

/** "from 12 to ___": the level a count is to reach, ahead of the gap. */
export const COUNTED_TO = /\bfrom\s+\d+(?:\.\d+)?\s*%?\s+to\s*$/i;

/**
 * "a specified place", "specified hours", "a specific number of hours": named nowhere yet.
 * "three specific people he trusts" names them well enough, so "specific" asks only for a count.
 */
const SPECIFIED =
  /\b(?:(?:a |the )?specified (place|places|address|area|persons?|people|hours|times|number of \w+)|a specific (number of \w+))\b/gi;

/** What each specified thing is a gap for; hours and times are a time. */
const SPECIFIED_KIND: Record<string, SlotKind> = {
  place: 'where',
  places: 'where',
  address: 'where',
  area: 'where',
  person: 'who',
  persons: 'who',
  people: 'who',
  number: 'number',
};

/** A year left for the writer: "20XX", "20__", "YYYY". */
const YEAR_SLOT = /(?<![\p{L}\p{N}])(?:(?:19|20)(?:XX|xx|\?\?)|YYYY|yyyy)(?![\p{L}\p{N}])/gu;

const INSTRUCTION_LEAD = new RegExp(String.raw`^${INSTRUCTION}\s+(?:the\s+|a\s+|an\s+)?`, 'i');
const AFTER_NAME = new RegExp(String.raw`^(?:['’]s)?${NAME_VERB}`);

function slotKind(inner: string): SlotKind {
  // "(fill in a number)", "[insert date]": the instruction names what the gap wants.
  const asked = inner.trim().replace(INSTRUCTION_LEAD, '');
  for (const [kind, re] of SLOT_KINDS) if (re.test(asked)) return kind;
  return 'what';
}

/** Finds every placeholder in the text, person stand-ins and unfilled slots alike. */
export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  if (
    !/[[(<{_…]|\.{4}|xx|XX|YYYY|yyyy|\?\?|['’]s name|specifi|(?<![\p{L}\p{N}])(?:X{2,4}|[B-HJ-Z]\.?|NAME|STUDENT|CHILD|PUPIL|LEARNER)[\s'’]/u.test(
      text,
    )
  )
    return out;
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const round = m[2] !== undefined;
    const inner = (m[1] ?? m[2] ?? m[3] ?? fieldWords(m[4]) ?? m[5] ?? '').trim();
    if (PERSON_WORDS.test(inner)) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], person: true });
      continue;
    }
    if (round && !ROUND_SLOT.test(inner)) continue;
    const slotWords = SLOT_KINDS.some(([, re]) => re.test(inner));
    // "[N] will receive", "[X] to attend", "[GCQ] is to be placed …": a letter or a court
    // report's initials where the subject goes stand for the name, as "X will" does; "read [N]
    // words" is a number still to fill in, and "[DATE] will" a slot.
    if (
      !round &&
      /^[A-Z]{1,4}$/.test(inner) &&
      (inner.length === 1 || !slotWords) &&
      AFTER_NAME.test(text.slice(m.index + m[0].length))
    ) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], person: true });
      continue;
    }
    // "[sic]" marks a quotation's own slip, and "[Juvenile Evaluation and Treatment Services
    // (JETS)]" a name an editor put in: neither is a gap.
    if (!round && (/^sic$/i.test(inner) || EDITED_NAME.test(inner))) continue;
    // "[Mum]", "[Sam]", "[Little T]" or "[C] Contact Service": an edited name in a quoted
    // plan, not a gap.
    if (!round && /^(?:[A-Z][a-z]+(?: [A-Z](?:[a-z]+|\.)?)?|[A-Z])$/.test(inner) && !slotWords)
      continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      person: false,
      kind: slotKind(inner),
    });
  }
  BLANK.lastIndex = 0;
  for (let m = BLANK.exec(text); m; m = BLANK.exec(text)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // A blank where the subject goes ("__ will read") stands for the child.
    const person =
      (/^\s*(?:[-*\u2022]\s*)?$|[.:;]\s*$|,\s*$/.test(before) && AFTER_NAME.test(after)) ||
      // "When _____ becomes upset, he will ...": the child, in a clause about them.
      (/\b(?:when|if|once|after|before|until|while)\s*$/i.test(before) &&
        /^\s+(?:is|gets|becomes|feels|has|does)\b/.test(after));
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      person,
      kind: person
        ? undefined
        : /^\s*(?:%|(?:out of|of|times|per|wpm|words|grade|level|percent|number|\((?:fill in |insert |enter )?(?:a |the )?number\)))/i.test(
              after,
            ) ||
            /\b(?:out of|of)\s*$/.test(before) ||
            // "from 12 to ___ letter sounds": the level a count is to reach.
            COUNTED_TO.test(before) ||
            // "__#__ grade level words", "achieve ___ on ISTEP", "point to the number ___".
            /^#/.test(after) ||
            /#$|\b(?:achieve|score|scores|reach|at least|a minimum of|number)\s*["“‘']?\s*$/i.test(
              before,
            ) ||
            // "spear ____ pieces of food", "read ____words": a count before what is counted.
            /^\s*(?!(?:is|was|has|does|his|this|us|as|its)\b)[a-z]+s\b/.test(after)
          ? 'number'
          : /\b(?:by|on|before|until)\s*$|\b(?:curfew|bedtime)\s+(?:is|of|at)?\s*$/i.test(before)
            ? 'time'
            : /\b(?:like|such as|e\.g\.|for example)\s*$/i.test(before)
              ? 'example'
              : 'what',
    });
  }
  // "reside at a specified place", "stay away from specified places or persons": an order's
  // menu of requirements, with the place, the people or the hours still to be named.
  SPECIFIED.lastIndex = 0;
  for (let m = SPECIFIED.exec(text); m; m = SPECIFIED.exec(text)) {
    const noun = (m[1] ?? m[2]).toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      person: false,
      kind: SPECIFIED_KIND[noun.split(' ')[0]] ?? 'time',
    });
  }
  // "by June 23, 20XX", "31/03/YYYY": a template's year, still to be filled in.
  YEAR_SLOT.lastIndex = 0;
  for (let m = YEAR_SLOT.exec(text); m; m = YEAR_SLOT.exec(text))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      person: false,
      kind: 'time',
    });
  LETTER_NAME.lastIndex = 0;
  for (let m = LETTER_NAME.exec(text); m; m = LETTER_NAME.exec(text)) {
    // "Year X", "Key Stage X" and "X-ray" are not names.
    if (/\b(?:year|stage|level|class|room|group|plan|step|phase)\s+$/i.test(text.slice(0, m.index)))
      continue;
    // "Triple P sessions", "Vitamin D drops": the letter ends a name of a thing; "Mrs K will" is
    // a person's initial.
    if (
      m[0].length === 1 &&
      /(?<![\p{L}\p{N}])(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Baby|Master)\b)\p{Lu}\p{Ll}+\s+$/u.test(
        text.slice(0, m.index),
      )
    )
      continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], person: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The text with every slot replaced by '#' of the same length: offsets stay the same, and no
 * pattern for dates, numbers, roles or evidence can match inside a gap.
 */
export function maskSlots(text: string, placeholders: readonly Placeholder[]): string {
  return blankSpans(
    text,
    placeholders.filter((p) => !p.person),
    '#',
  );
}

/** Examples that the test runs: each must be found (or not) exactly as written. */
export const PLACEHOLDER_EXAMPLES: {
  text: string;
  person: string[];
  slots: string[];
  /** What each gap asks for, where the example is about that. */
  kinds?: SlotKind[];
}[] = [
  { text: '[Student] will read 20 words by [date].', person: ['[Student]'], slots: ['[date]'] },
  { text: 'XX will tie her laces on 4 of 5 days.', person: ['XX'], slots: [] },
  { text: 'XX will put on her coat by June 23, 20XX.', person: ['XX'], slots: ['20XX'] },
  { text: 'Sam will swim 10 metres by 31/03/YYYY.', person: [], slots: ['YYYY'] },
  { text: '__ will name 5 colours.', person: ['__'], slots: [] },
  { text: '[GCQ] is to live with her aunt.', person: ['[GCQ]'], slots: [] },
  // An IEP tool's template fields, named in camel case (set AG).
  {
    text: '{{studentName}} will read {{target}} words per minute by {{endDate}}.',
    person: ['{{studentName}}'],
    slots: ['{{target}}', '{{endDate}}'],
    kinds: ['number', 'time'],
  },
  // An order's menu of requirements, the place, people and hours not yet named (sets AA, AB).
  {
    text: 'Jay is to stay at a specified place between specified hours, away from specified persons.',
    person: [],
    slots: ['a specified place', 'specified hours', 'specified persons'],
    kinds: ['where', 'time', 'who'],
  },
  { text: 'Kai will read with specific praise from Miss Lee.', person: [], slots: [] },
  { text: 'Kai will name three specific people he can talk to.', person: [], slots: [] },
  {
    text: 'He will not go near the court when it involves [sic] anyone he knows.',
    person: [],
    slots: [],
  },
  {
    text: 'Call Ms Reid at [Juvenile Evaluation and Treatment Services (JETS)] this week.',
    person: [],
    slots: [],
  },
  { text: 'S will state what is wrong x% of the time.', person: ['S'], slots: ['x'] },
  // A health plan's blank typed up against the verb.
  { text: '______will use his inhaler before PE.', person: ['______'], slots: [] },
  { text: 'Mum will attend ___ out of ___ sessions.', person: [], slots: ['___', '___'] },
  { text: 'Tiana (4) will be weighed by the health visitor (HV).', person: [], slots: [] },
  { text: 'as recorded by (who) in (where)', person: [], slots: ['(who)', '(where)'] },
  { text: 'Pupils in Year X will visit the library.', person: [], slots: [] },
  { text: 'By July, xxx will count to 20.', person: ['xxx'], slots: [] },
  { text: 'Given a passage, K will read 115 words a minute.', person: ['K'], slots: [] },
  { text: 'NAME will produce /l/ in single words.', person: ['NAME'], slots: [] },
  { text: 'A plan will be written by Vitamin D clinic staff.', person: [], slots: [] },
  { text: 'Mum will give Ava her Vitamin D drops every morning.', person: [], slots: [] },
  { text: 'Mrs K will collect Ava from nursery.', person: ['K'], slots: [] },
  { text: '[Student name] will read 20 words.', person: ['[Student name]'], slots: [] },
  { text: 'When _____ becomes upset, he will use a calm box.', person: ['_____'], slots: [] },
  { text: '… will follow the class rules.', person: ['…'], slots: [] },
  {
    text: 'Jab ______pieces of food with a fork, by ____.',
    person: [],
    slots: ['______', '____'],
    kinds: ['number', 'time'],
  },
  {
    text: 'Pick a safe room like ______, with a lock, and tell ______.',
    person: [],
    slots: ['______', '______'],
    kinds: ['example', 'what'],
  },
  {
    text: 'Weekday curfew is ___; Sam will score ___ on the spelling test.',
    person: [],
    slots: ['___', '___'],
    kinds: ['time', 'number'],
  },
  { text: 'Contact will be at the [C] Contact Service.', person: [], slots: [] },
];
