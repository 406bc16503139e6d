/**
 * Finds the objectives in a plan: list items and objective-like paragraphs under headings such
 * as "Outcomes" or "What needs to change", and the rows of tables whose header row names plan
 * columns (Need / What will happen / Who / By when / How will we know). A table row is one
 * objective whose cells are read together, each cell remembered as a part of the text.
 */
import type { Block, ParagraphBlock, PlanDocument, TableBlock } from './document';
import type { Objective, ObjectivePart, PartRole } from './types';
import { isCommandVerb } from './analysis/commands';
import { NAME } from './family-names';
import { namesAnArea } from './plan-areas';
import { areasTitlingObjectives, planKindOf } from './plan-kinds';
import { splitSentences } from './sentences';
import { withoutGloss } from './text';
import {
  PLAN_HEADING,
  WISHES_TITLE,
  changeSectionsOfWorries,
  isWorrySection,
  LABELLED_WORRY,
} from './worry-sections';

export const OBJECTIVE_SECTION = new RegExp(
  String.raw`\b(?:outcomes?|objectives?|what needs to (?:change|happen)|what needs to be (?:put )?in place|what needs to be done|steps (?:to|towards)|support (?:after|once|when|to be (?:given|provided|offered)|that will be (?:given|provided|offered))|what (?:will|must|should) (?:happen|change|be done)|what (?:I|we) (?:want|would like|hope) to (?:happen|change|see)|actions?|targets?|goals?|the plan|our (?:family )?plan|plan of action|what (?:I|we|you|they|other people|others|${NAME}|the (?:[\w'’-]+ ){0,3}[\w'’-]+|${NAME} and ${NAME}) (?:will|can|am going to|are going to|is going to) do|what (?:I['’]m|we['’]re|you['’]re|they['’]re) going to do|what we are going to do|what (?:will|would|can|could) help(?: (?:us|me|you|them|${NAME}))?(?: (?:to )?get there)?|what (?:will|shall|are) (?:I|we|you|they|${NAME}) (?:going to )?do|who will help(?: me| us)?|who (?:will )?do(?:es)? what|smart|how we will (?:get there|achieve (?:this|these|them|it|our (?:goals|outcomes))|make (?:this|it) happen)|next steps|tasks|what (?:I|we|the family|${NAME}) needs? from (?:services|professionals|agencies|others|other people|you)|how (?:these|the|this|her|his|their|${NAME}'s) needs? (?:will|are to) be met|needs and how (?:they|these|it|this) will be met|how we will meet|safety rules|our rules|(?:safety )?plan rules|bottom lines?|what (?:we|you) (?:need|want|expect) (?:you )?to do|(?:schedule|list) of expectations|what (?:is|we) expect(?:ed)? (?:of|from) you|(?:I|we|you|they|${NAME}|the (?:[\w-]+ ){0,3}[\w-]+)(?:, [^,]{1,40},)? agrees? (?:that|to)|what (?:has been|we have|was|is) agreed|agreed actions|responsibilities|(?:case )?plan decisions|conditions (?:for|of) (?:(?:the|a|[\p{L}'’-]+['’]s?) )?(?:safe )?(?:return|reunification)(?: home)?|(?:rules|conditions) of (?:the )?placement|decisions (?:made|agreed|reached)|the following (?:has|have|was|were|is) (?:been )?agreed)\b`,
  'i',
);
/**
 * "Safety plan" over a Signs of Safety plan's rules heads objectives, and so do a risk management,
 * intervention or action plan; but as a document's title ("Safety Plan", "Signs of Safety Plan -
 * Millie Coming Home") it heads the whole plan, worries, strengths and all.
 */
const NAMED_PLAN =
  /\bsafety plan\b|\b(?:risk (?:management|reduction)|intervention|action) plan\b/i;
/** "Risk management plan" under a missing-from-home plan's title names a plan, not its risks. */
const RISK_PLAN = /\brisk (?:management|reduction) plan\b/i;
/**
 * Sections that hold no objectives. What is working or going well, and the protective factors,
 * are what the family already does: "Jade is very excited about the baby" under "What is going
 * well?" is no objective to be made SMART. "If the plan isn't working" is the contingency. A care
 * plan's plan for permanence is the decision about where the child will grow up, not something to
 * be done by a date. An EHC plan's outcomes are its Section E; its other lettered sections hold
 * views, needs, the provision that meets them (F to H, checked by the council's own rules on
 * quantifying provision, not as outcomes), the placement and the advice. "Why we are meeting"
 * tells how the work began, and may quote a parent ("I just need someone to help me …"): its
 * words are no one's task.
 */
const OTHER_SECTION = new RegExp(
  String.raw`\b(?:views?|wishes and feelings|[\p{L}-]+['’]s (?:own )?words|(?:my|his|her|their) own words|voice of the child|background|concerns?|worries|worried|risks?|history|summary|signatures?|signed|agreement|agreed by|contingency|if (?:the|this|our) plan (?:is not|isn['’]t|does not|doesn['’]t|stops?) work(?:s|ing)?|what (?:will|would) happen if|if (?:things|nothing) (?:do(?:es)? not|don['’]t|doesn['’]t) (?:change|improve)|strengths|(?:working|going) well|protective factors|existing safety|chronology|analysis|present|attendees|distribution|review dates?|^(?:the )?(?:next |progress )?reviews?(?: (?:arrangements|meetings?|of (?:the|this) plan))?$|core group members|contact details|section [a-dfghijk]|permanence plan|permanency plan|plan for permanence|plan for permanency|${WISHES_TITLE}|what matters(?: most)? to|what(?:['’]s| is) important to|warning signs|early signs|triggers|safe adults|safe people|people I can (?:talk|go|turn) to|useful (?:numbers|contacts)|(?:phone|contact) numbers|progress (?:since|so far|to date|made|update)(?![^]*\b(?:next steps|actions?|plans?|targets?)\b)|updates? since|introductions?|apologies|any other business|AOB|why (?:we are|we['’]re|are we) (?:meeting|here)|(?:reasons? for|purpose of) (?:the|this|today['’]s) meeting)\b`,
  'iu',
);
/**
 * A line labelled as one of the plan's items ("Objective 1a:", "Task:", "Step 2 -", an IEP's
 * "Short-term objective 1.1:" or "Benchmark 2.1:"), as US and Australian case plans and IEPs set
 * them out rather than as a list; a return home plan's steps give their start in a bracket ("Step
 * 3 (from 04/01/2027):").
 */
const ITEM_LABEL = String.raw`(?:[Ss]hort[- ]term )?(?:[Oo]bjective|[Aa]ction|[Tt]ask|[Ss]tep|[Tt]arget|[Bb]enchmark)(?:\s*\d+(?:\.\d+)?[a-z]?(?:\s*\([^()]{1,40}\))?\s*[:.)\u2013\u2014-]|\s*[:\u2013\u2014])`;
/**
 * A goal's label ("Goal 1:", "Outcome 2 –", a Signs of Safety plan's "Safety goal:", a Scottish
 * child's plan's "Desired outcome:", a Welsh care and support plan's "Personal outcome:"): an
 * objective itself, and the heading of any under it.
 */
const GOAL_WORDS = String.raw`(?:(?:[Aa]nnual|[Ll]ong[- ]term|[Mm]easurable [Aa]nnual|[Ss]afety|[Dd]esired|[Ii]ntended|[Pp]ersonal|[Oo]verall|[Mm]ain) )?(?:[Gg]oal|[Oo]utcome|[Aa]im)(?:\s*\d+[a-z]?)?\s*[:\u2013\u2014]`;
export const GOAL_LABEL = new RegExp(String.raw`^\s*${GOAL_WORDS}\s+(?=\S)`);
/** A labelled objective, task or goal line: never a worry, wherever it sits. */
export const LABELLED_ITEM = new RegExp(String.raw`^\s*(?:${ITEM_LABEL}|${GOAL_WORDS})\s+(?=\S)`);
/**
 * A list item's own number or bullet typed into its text ("3.", "b)", a section's "3.2" before a
 * capital), or its label (shared with the worries reader).
 */
export const ITEM_PREFIX = new RegExp(
  String.raw`^\s*(?:\d+[.)]|\d{1,3}(?:\.\d{1,3}){1,3}\.?(?=\s+[A-Z("“‘'])|[a-z][.)]|[-*\u2022\u2013]|${ITEM_LABEL}|${GOAL_WORDS})\s+`,
);
const MODAL = /\b(?:will|to|should|must|shall)\b/i;

/** "Actions from the last meeting", "Progress on the previous plan": the plan reviewed, not set. */
const PAST_ACTIONS =
  /\b(?:actions?|plan|tasks?) (?:from|agreed at|set at) (?:the )?(?:last|previous) (?:meeting|review|core group|conference|plan)\b|\bprogress (?:on|against|with) (?:the )?(?:last|previous) plan\b/i;

/** A section whose items are not objectives: views, background, and the plan's worries. */
const isOtherSection = (heading: string) =>
  OTHER_SECTION.test(heading) || isWorrySection(heading) || PAST_ACTIONS.test(heading);

/** Whether a title names one of a plan's sections (objectives, views, worries, background…). */
export const isSectionTitle = (title: string): boolean =>
  OBJECTIVE_SECTION.test(title) || isOtherSection(title);

/** What a plan's areas are called when they head its rows or its lines: "Domain", "Area of need". */
const AREA_NAME = String.raw`(?:domain|area|theme|dimension)(?: of (?:wellbeing|development|need|needs))?`;

/**
 * A line that names the area of the plan below it as a field: a Scottish child's plan typed as
 * plain lines sets its outcomes and actions under "Wellbeing: Safe", "Wellbeing indicator:
 * Healthy"; other plans under "Area: Health" or "Domain: Education". "Category: Neglect" is the
 * category of harm, not an area.
 */
export const AREA_FIELD = new RegExp(
  String.raw`^\W*(?:wellbeing(?: (?:indicator|outcome|area))?|shanarri(?: indicator)?|${AREA_NAME})\s*[:\u2013\u2014]\s*[^:]{2,40}$`,
  'i',
);

/** Column vocabulary: the first match wins, so "How will we know" is a measure, not an action. */
const COLUMNS: [PartRole, RegExp][] = [
  // A Scottish child's plan heads its rows by wellbeing indicator (SHANARRI: "Healthy"), others
  // by domain or area: the row's heading, not how anyone will know ("indicator" below).
  [
    'area',
    new RegExp(
      String.raw`wellbeing (?:indicator|outcome|area)|shanarri|^\W*(?:category|${AREA_NAME})\W*$`,
      'i',
    ),
  ],
  [
    'measure',
    /how (?:will|would|do) we know|how we (?:will|would) know|how will (?:we|you) tell|evidence|measure|success|what (?:will|would) it look like|(?<!risk |warning |danger )indicator/i,
  ],
  ['review', /review/i],
  ['progress', /progress|\brag\b|status|update|comments?|^\W*(?:done|completed?|achieved)\W*$/i],
  // "Person" names who, but a Welsh care and support plan's "Personal outcome" is the outcome.
  ['who', /^\s*who\b|by whom|responsib|\blead\b|owner|\bperson\b|\bprovider\b/i],
  // "How often" (a contact plan's column) says when, not how anything is done.
  ['when', /by when|\bwhen\b|timescale|deadline|date|target date|^\s*by\s*$|how often|frequency/i],
  // "What needs to happen" is the plan's action column, not a need; so is a column headed
  // "What" beside "Who" and "By when", and "What I will do".
  [
    'action',
    /what needs to happen|what (?:will|must) be done|^\s*what\s*\??\s*$|^\s*what (?:i|we|you|they|\w+) (?:will|am going to|are going to|is going to|need to|needs to|must|should) do\b|^\s*what (?:will|shall|are|is|must) (?:i|we|you|they|\w+) (?:going to )?do\b/i,
  ],
  // "Outcome / What needs to change" names the outcome first: it is no need for its "needs".
  ['outcome', /^\W*(?:desired |expected |intended )?(?:outcomes?|goals?|objectives?)\b/i],
  // "What matters" (to the person, in a Welsh care and support plan) is what the row answers.
  ['need', /need|concern|worr|risk|issue|problem|why|what matters|threat/i],
  ['outcome', /outcome|goal|change|objective|target|what we want|aim/i],
  [
    'action',
    /action|what will happen|what will be done|what we will do|task|intervention|how|support|help|steps?|^\W*services?\W*$/i,
  ],
];

const LABEL: Partial<Record<PartRole, string>> = {
  who: 'Who',
  when: 'By when',
  measure: 'How we will know',
  review: 'Review',
};

/** Parts read into the objective's text, in reading order; need and progress are context only. */
const READ_ORDER: PartRole[] = ['outcome', 'action', 'other', 'who', 'when', 'measure', 'review'];

/** What each column of a table holds, from its header (shared with the worries reader). */
export function columnRoles(header: string[]): PartRole[] {
  // A bracket glosses its column's name ("Personal outcome (what matters)"): the name decides,
  // and the gloss only when the name alone says nothing.
  const roleOf = (h: string) => COLUMNS.find(([, re]) => re.test(h))?.[0];
  const roles = header.map((h) => roleOf(withoutGloss(h)) ?? roleOf(h) ?? 'other');
  // Beside a column of needs, a column that also says "need" but answers them is the row's
  // objective: "Need | What needs to change | Who", "Needs | How these needs will be met | Who".
  // Alone, "What needs to change" names what is wrong, as a Signs of Safety table's first column
  // does.
  const needs = roles.flatMap((r, i) => (r === 'need' ? [i] : []));
  const answering = needs.filter((i) => ANSWERING_COLUMN.test(header[i]));
  if (answering.length > 0 && answering.length < needs.length)
    for (const i of answering) roles[i] = CHANGE_COLUMN.test(header[i]) ? 'outcome' : 'action';
  return roles;
}

/** A column headed by what answers a need: the change, or how it will be met. */
const ANSWERING_COLUMN =
  /\b(?:change|changes|how|met|meet|meeting|action|actions|support|provision|outcomes?|goals?)\b/i;
/** Of those, the ones that name the change itself rather than what will be done. */
const CHANGE_COLUMN = /\b(?:change|changes|outcomes?|goals?)\b/i;

function isPlanTable(roles: PartRole[]): boolean {
  const has = (r: PartRole) => roles.includes(r);
  return (has('outcome') || has('action')) && (has('who') || has('when') || has('measure'));
}

/** A cell of a plan table with what it holds and the label it holds it under. */
interface RoleCell {
  role: PartRole;
  label: string;
  text: string;
  paragraph: number;
  /** Where the text starts in its paragraph, after a label written on the same line. */
  offset?: number;
}

/** What joins a part read after an objective's text: a full stop unless the text ends one. */
function gapAfter(text: string): string {
  return /[.!?;:]$/.test(text) ? ' ' : '. ';
}

/** A row's own number or reference: "1", "2.", "3a", "A4", "(5)". */
const ROW_NUMBER = /^\W*(?:[a-z]?\d{1,3}[a-z]?|[ivx]{1,4})[.)]?$/i;

/** One objective from its cells, read in READ_ORDER; none without an outcome or an action. */
function objectiveFrom(
  cells: RoleCell[],
  id: string,
  location: Objective['location'],
  section: string | undefined,
): Objective | undefined {
  let text = '';
  const parts: ObjectivePart[] = [];
  for (const role of READ_ORDER)
    for (const cell of cells) {
      if (cell.role !== role) continue;
      const value = cell.text.replace(/\s+/g, ' ').trim();
      if (!value) continue;
      // A column that only numbers the rows ("No. | What will happen | Who") says nothing of the
      // objective: "… each day she comes in. 1." reads as a stray figure on its card.
      if (role === 'other' && ROW_NUMBER.test(value)) continue;
      // A "How often" column says when in its own words: "How often: Weekly", not "By when".
      const label =
        role === 'when' && /how often|frequency/i.test(cell.label) ? 'How often' : LABEL[role];
      if (text) text += gapAfter(text);
      if (label) text += `${label}: `;
      parts.push({
        role,
        start: text.length,
        end: text.length + value.length,
        label: cell.label,
        paragraph: cell.paragraph,
        ...(cell.offset !== undefined ? { offset: cell.offset } : {}),
      });
      text += value;
    }
  if (!parts.some((p) => p.role === 'outcome' || p.role === 'action')) return undefined;
  return { id, text, location, section, parts };
}

/** Long enough for "What needs to change for Ruby to be safe and well"; a value is longer. */
const MAX_ROW_LABEL = 60;

/**
 * A table laid out down the page, one objective to a table: each row's first cell names what
 * the rest of the row holds ("What needs to change | …", "Who | …", "By when | …"), as case
 * systems print their plan forms. The row roles, or undefined when the table is not one.
 */
export function rowRoles(table: TableBlock): PartRole[] | undefined {
  const rows = table.rows;
  // A row of one cell is the form's title across the table ("Outcome 1"), not a labelled row.
  const labelled = (r: number) => rows[r].length >= 2 && rows[r][0].text.trim() !== '';
  const labels = rows.map((row, r) => (labelled(r) ? row[0].text.trim() : ''));
  if (labels.filter(Boolean).length < 2 || labels.some((l) => l.length > MAX_ROW_LABEL))
    return undefined;
  const roles = columnRoles(labels).map((role, r) => (labelled(r) ? role : 'progress'));
  return isPlanTable(roles) ? roles : undefined;
}

/** The id of a table read down the page: its one objective. */
export const rowTableObjectiveId = (table: number) => `t${table}`;

/** "Who: Mum (Kelly Jones)": a line that labels its value, and the label. */
const LABELLED_LINE = /^\s*([A-Za-z][^:\n]{0,58}?)\s*:[ \t]*(?=\S)/;
/** The roles that say who, when and how: after them, a need or an action starts a new record. */
const DETAIL_ROLES: ReadonlySet<PartRole> = new Set(['who', 'when', 'measure']);
const OPENING_ROLES: ReadonlySet<PartRole> = new Set(['need', 'outcome', 'action']);

/** A record's line: its role, label and value, where the value starts in the paragraph. */
interface RecordLine extends RoleCell {
  offset: number;
}

/**
 * A table laid down the page, written as lines: "Need: …", "What needs to change: …", "Action:
 * …", "Who: …", "By when: …", as case systems print one need's plan and many plans are typed.
 * Read as that table is: one objective, with the record's who, when and how as its own, and its
 * need as context. The objectives, keyed by the paragraph of the record's first line, with the
 * paragraphs they take up. A run of actions sharing one "Who:" is not a record (the actions are
 * read one by one, each with the run's details), and a line of anything else ends the record.
 */
function lineRecords(
  blocks: readonly Block[],
): Map<number, { objective: Objective; paragraphs: Set<number> }> {
  const records = new Map<number, { objective: Objective; paragraphs: Set<number> }>();
  const runs: RecordLine[][] = [];
  let run: RecordLine[] = [];
  for (const block of blocks) {
    // "Outcome 2: …" heads the actions set out under it, each with its own details: it is no
    // line of theirs.
    const m =
      block.kind === 'paragraph' &&
      block.headingLevel === undefined &&
      block.list === undefined &&
      !GOAL_LABEL.test(block.text)
        ? LABELLED_LINE.exec(block.text)
        : null;
    if (!m || block.kind !== 'paragraph') {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    const label = m[1].trim();
    run.push({
      role: 'other',
      label,
      text: block.text.slice(m[0].length),
      paragraph: block.paragraph,
      offset: m[0].length,
    });
  }
  if (run.length > 0) runs.push(run);
  for (const lines of runs) {
    // Roles are read from the run's labels together, as a table's from its header ("What needs
    // to change" beside "Need" is the change wanted; alone it is the need).
    columnRoles(lines.map((l) => l.label)).forEach((role, i) => (lines[i].role = role));
    const segments: RecordLine[][] = [];
    let segment: RecordLine[] = [];
    for (const line of lines) {
      const has = (r: PartRole) => segment.some((l) => l.role === r);
      const startsAnother =
        has(line.role) ||
        (OPENING_ROLES.has(line.role) && segment.some((l) => DETAIL_ROLES.has(l.role)));
      // "Next review: …" after the last need's lines is the plan's review, not the need's.
      const ends = line.role === 'other' || line.role === 'area' || line.role === 'review';
      if (ends || startsAnother) {
        if (segment.length > 0) segments.push(segment);
        segment = ends ? [] : [line];
        continue;
      }
      segment.push(line);
    }
    if (segment.length > 0) segments.push(segment);
    const add = (cells: RecordLine[], paragraphs: RecordLine[]) => {
      const first = cells.find((c) => c.role === 'outcome' || c.role === 'action');
      if (first === undefined) return;
      const objective = objectiveFrom(
        cells,
        `p${first.paragraph}`,
        { kind: 'paragraph', paragraph: first.paragraph },
        undefined,
      );
      if (objective)
        records.set(cells[0].paragraph, {
          objective,
          paragraphs: new Set(paragraphs.map((c) => c.paragraph)),
        });
    };
    /** Lines of actions alone, one straight after another, waiting for the details they share. */
    let waiting: RecordLine[][] = [];
    for (const cells of segments) {
      const adjoins =
        waiting.length > 0 &&
        waiting[waiting.length - 1][waiting[waiting.length - 1].length - 1].paragraph ===
          cells[0].paragraph - 1;
      if (!adjoins) waiting = [];
      if (!isPlanTable(cells.map((c) => c.role))) {
        waiting.push(cells);
        continue;
      }
      // "Action: OT to assess …" "Action: Homes to fit …" then "Who: OT; Homes" and "By when: …":
      // the details are each action's, as a table's columns would be. A need or a change over
      // several actions is all of theirs, and no one record's: such a group is read line by line.
      const shared = waiting.some((w) => w.some((c) => c.role !== 'action'));
      const details = cells.filter((c) => DETAIL_ROLES.has(c.role));
      if (!shared) {
        for (const alone of waiting) add([...alone, ...details], alone);
        add(cells, cells);
      }
      waiting = [];
    }
  }
  return records;
}

function tableObjectives(table: TableBlock, section: string | undefined): Objective[] {
  if (table.rows.length < 2) return [];
  const header = table.rows[0].map((c) => c.text);
  const roles = columnRoles(header);
  // An EHC plan's Section E sets its outcomes out as "Outcome | Steps towards it", with no who
  // or when: under an outcomes heading, columns of outcomes are the plan's objectives.
  const underObjectives =
    section !== undefined &&
    OBJECTIVE_SECTION.test(section) &&
    !isOtherSection(section) &&
    (roles.includes('outcome') || roles.includes('action'));
  if (!isPlanTable(roles) && !underObjectives) {
    const down = rowRoles(table);
    if (!down) return [];
    const cells = table.rows.flatMap((row, r): RoleCell[] =>
      row.slice(1).map((cell) => ({
        role: down[r],
        label: row[0].text.trim(),
        text: cell.text,
        paragraph: cell.paragraph,
      })),
    );
    const first = table.rows.findIndex((_, r) => down[r] === 'outcome' || down[r] === 'action');
    const objective = objectiveFrom(
      cells,
      rowTableObjectiveId(table.table),
      { kind: 'table', table: table.table, row: first, paragraph: table.rows[first][1].paragraph },
      section,
    );
    return objective ? [objective] : [];
  }
  const out: Objective[] = [];
  for (let r = 1; r < table.rows.length; r++) {
    const row = table.rows[r];
    const objective = objectiveFrom(
      row.map((cell, col) => ({
        role: roles[col],
        label: header[col],
        text: cell.text,
        paragraph: cell.paragraph,
      })),
      `t${table.table}r${r}`,
      { kind: 'table', table: table.table, row: r, paragraph: row[0]?.paragraph ?? 0 },
      section,
    );
    if (objective) out.push(objective);
  }
  return out;
}

/**
 * The time in a step's label ("Step 3 (from 04/01/2027):", "Step 2 (week 3):"): the step's when,
 * as a "When:" line under it would be. A bracket with no number, month or day in it ("Step 2
 * (Mum):") is not a time.
 */
const LABEL_TIME =
  /\((?=[^()]*(?:\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?|weeks?|terms?|half[- ]terms?|holidays?)\b)[^()]*\))([^()]{1,40})\)\s*[:.)\u2013\u2014-]\s*$/i;

function paragraphObjective(block: ParagraphBlock, section: string | undefined): Objective {
  const text = block.text.replace(ITEM_PREFIX, '').trim();
  const offset = block.text.indexOf(text);
  const objective: Objective = {
    id: `p${block.paragraph}`,
    text,
    location: { kind: 'paragraph', paragraph: block.paragraph },
    section,
    // Spans are relative to the objective's text; `offset` maps them back into the paragraph.
    parts: [{ role: 'other', start: 0, end: text.length, paragraph: block.paragraph, offset }],
  };
  const time = LABEL_TIME.exec(block.text.slice(0, offset));
  if (!time || !text) return objective;
  const when = time[1].trim();
  const gap = gapAfter(text);
  const start = text.length + gap.length + `When: `.length;
  return {
    ...objective,
    text: `${text}${gap}When: ${when}`,
    parts: [
      ...objective.parts,
      {
        role: 'when',
        start,
        end: start + when.length,
        label: 'Step',
        paragraph: block.paragraph,
        offset: time.index + 1 + (time[1].length - time[1].trimStart().length),
      },
    ],
  };
}

/**
 * Sentences a plan written as prose (an email, a letter) holds besides its objectives: when the
 * next meeting is ("The next CIN meeting will be on 22 January", "This plan will be reviewed on
 * 12/03/2027", "This agreement will be reviewed on 15/01/2027", "We will meet again on 12/3/27 to
 * review the plan": the plan's review date, which the checklist reads), and what someone wants
 * ("Evie told me she wants …") or said in their own words ('Jayden said: "I just want my mum to
 * stop worrying."'), which is their view.
 */
const NOT_AN_OBJECTIVE =
  /^\W*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:explained|described|discussed|noted|gave (?:an|the meeting an) update)\b|^\W*(?:[Tt]he )?(?:[Nn]ext|[Ff]irst) (?:[\w-]+ ){0,3}?(?:meeting|review|core group|conference)s? (?:will be|is) (?:held )?(?:on|at|in)\b|^\W*(?:(?:[Tt]his|[Tt]he|[Oo]ur|[Mm]y) )?(?:[\w-]+ )?(?:plan|agreement) (?:will|is going to|to) be (?:reviewed|looked at again|gone through again|checked again)\b|^\W*(?:[Ww]e|[Ee]veryone|[Tt]he (?:family|group|core group|team)) (?:will|are going to) (?:all )?meet (?:up )?again\b|^\W*[A-Z][a-z]+ (?:told (?:me|us|[\w ]{1,30}?)|has told (?:me|us)|said|says) (?:that )?(?:she|he|they) (?:wants?|would like|likes?|feels?|thinks?|is happy|is fed up)\b|^\W*(?:[A-Z][a-z]+['’]s [a-z]+|[A-Z][a-z]+) (?:said|says|has said|told (?:me|us|[\w ]{1,30}?)|wrote|writes)\s*[:,-]?\s*["“‘']/;

/**
 * A line labelled as someone's views ("Parent's views: Mum is pleased … and will practise the
 * words at home", "Noah's wishes and feelings: …", "What Mum and Dad say: …", a US case plan's
 * "Parent / caregiver statement: …"): what they said, under whatever section it sits. Both readers leave it: it is neither an objective nor a worry.
 */
export const VIEWS_LINE =
  /^[^\p{L}]*(?:(?:[\p{L}'’-]+\s){0,3}(?:views?|wishes and feelings|wishes|own words|comments)|in (?:my|his|her|their|our) (?:own )?words|what (?:[\p{L}'’-]+\s){1,4}(?:says?|thinks?|feels?)|(?:parent|caregiver|carer|guardian|child|youth|young person|family|mother|father)(?:['’]?s['’]?)?(?:\s*\/\s*(?:parent|caregiver|carer|guardian)(?:['’]?s['’]?)?)? statement)\s*:/iu;

/** "Need: … Action: Mum will …": a row written on one line holds its objective after the need. */
const ITEM_AFTER_WORRY = /\b(?:outcomes?|actions?|goals?|objectives?|tasks?|what will happen)\s*:/i;

/**
 * A family's goal as it says it, under the plan's goals: "We want Tomas back at school every
 * day." has no "will" or "to", but it is a goal like the "We want to stop arguing." beside it.
 */
const WISH = /\b(?:want|wants|would like|['’]d like|hope|hopes)\b/i;

/**
 * Who, a dash, then what, as a plan's "Who will do what" lists its tasks: "Head of year - weekly
 * meeting with Nia and Nain", "Nain – keep Nia safe at home". The task starts in lower case, so
 * a field ("Social worker - Owain Lloyd") is not one.
 */
const WHO_DASH_TASK = /^\s*\p{Lu}[\p{L}'’.]*(?:\s+[\p{L}'’.()]+){0,4}\s+[-\u2013\u2014]\s+\p{Ll}/u;

/**
 * A command with nobody named, as plans list aims under their objectives: "Reduce missing
 * episodes.", "Improve home conditions.", "Refer Maya to CAMHS." A field is none: "Review child
 * protection conference: 12/03/2027."
 */
function isCommand(text: string): boolean {
  const first = /^\W*([A-Z][a-z]+)\b/.exec(text)?.[1].toLowerCase() ?? '';
  return isCommandVerb(first) && !/^[^.]{0,60}:/.test(text);
}

/**
 * Whether a paragraph reads as an objective; under the plan's objectives, a wish reads as one, and
 * so do a task after who does it and a command.
 */
function looksLikeObjective(block: ParagraphBlock, underObjectives = false): boolean {
  const t = block.text.trim();
  const says =
    MODAL.test(t) || (underObjectives && (WISH.test(t) || WHO_DASH_TASK.test(t) || isCommand(t)));
  return (
    // No upper limit: a long objective is still an objective, and the checker is linear in it.
    t.length >= 8 &&
    (block.list !== undefined || ITEM_PREFIX.test(t) || (says && !/\?$/.test(t))) &&
    !NOT_AN_OBJECTIVE.test(t) &&
    !VIEWS_LINE.test(t) &&
    !OTHER_PART_LINE.test(t) &&
    !(LABELLED_WORRY.test(t) && !ITEM_AFTER_WORRY.test(t))
  );
}

/**
 * "CONTINGENCY: If Jade continues to use …", "Plan distributed to: …": a line labelled as a part
 * of the plan that holds no objectives, as a heading of that name would be.
 */
const OTHER_PART_LINE =
  /^\W*(?:contingency(?: plan)?|(?:this )?(?:plan )?distributed to|distribution(?: list)?|cop(?:y|ies) (?:sent )?to|circulation(?: list)?)\s*:/i;

/**
 * "Need: … / Action: Jordan to be accommodated …" under "What we found": a line labelled as an
 * action, task or step is the plan's, under its worries or a section of its own, as a table row's
 * Action cell is. Under someone's views, a contingency or the last plan's actions it is not.
 */
function isActionAnywhere(text: string, section: string | undefined): boolean {
  if (!ACTION_LABEL.test(text)) return false;
  if (section === undefined) return true;
  return !PAST_ACTIONS.test(section) && (!isOtherSection(section) || isWorrySection(section));
}
const ACTION_LABEL = new RegExp(String.raw`^\s*${ITEM_LABEL}\s+(?=\S)`);

/** A header's field: a short label, a colon, its value ("Where we live: 31 Heron Walk"). */
const HEADER_FIELD = new RegExp(
  String.raw`^\s*(?![^:]*${MODAL.source})[\p{L}'’ ]{2,30}:\s*\S`,
  'u',
);

/** Finds objectives in document order. */
export function extractObjectives(doc: PlanDocument): Objective[] {
  const out: Objective[] = [];
  let section: string | undefined;
  /** The last heading's text: a goal's own section, where its items have the goal. */
  let heading: string | undefined;
  let inObjectives = false;
  let sawObjectiveSection = false;
  let sawHeading = false;
  let objectivesLevel: number | undefined;
  let objectivesFromTitle = false;
  /** Whether the blocks so far sit under the document's title and no other heading. */
  let titleOnly = false;
  const loose: { objective: Objective; listed: boolean }[] = [];
  /** The last action read outside the objectives, which its details may follow. */
  let actionAt: number | undefined;
  /**
   * The run of labelled actions just read outside the objectives ("Action: …" lines one after
   * another), by their place in `out`: a "Who:" or "By when:" line after the run is theirs.
   */
  let actionRun: number[] = [];
  /** The goal line ("Outcome 1: …") whose actions follow, and where its objective is in `out`. */
  let goal: { text: string; at: number } | undefined;
  /** Whether the last objective read under that goal was one of its listed actions. */
  let lastListed = false;
  const changeWorries = changeSectionsOfWorries(doc);
  const records = lineRecords(doc.blocks);
  /** The lines of the record being read, after its first. */
  let recordLines: ReadonlySet<number> = new Set();
  // A pathway plan or a looked-after child's care plan is set out by the areas of the child's
  // life ("Health", "Education", "Family time"): what it says under each is its objectives.
  const areas = areasTitlingObjectives(planKindOf(doc));
  /** The heading in force at each level: what a sub-heading sits under. */
  const over: string[] = [];
  for (const block of doc.blocks as Block[]) {
    if (block.kind === 'table') {
      // A review's look back at the last plan's actions ("Done?") is no part of the new plan.
      if (section === undefined || !PAST_ACTIONS.test(section))
        out.push(...tableObjectives(block, section));
      continue;
    }
    if (block.headingLevel !== undefined) {
      actionAt = undefined;
      actionRun = [];
      // "Actions" between "Outcome 1: Harvey is moved and handled safely at home" and its list
      // only says what the list is: the actions are still the outcome's, as without it.
      if (goal !== undefined && ITEMS_SUBTITLE.test(block.text)) continue;
      goal = undefined;
      section = heading = block.text.trim();
      over.length = block.headingLevel;
      // An area of the plan's own ("Wellbeing: Safe") holds its outcomes and actions; an area
      // under the worries ("Area: Home conditions" over what is worrying there) holds worries.
      const ownArea =
        AREA_FIELD.test(section) && !over.some((h) => h !== undefined && isWorrySection(h));
      over[block.headingLevel] = section;
      const documentTitle = !sawHeading;
      titleOnly = documentTitle;
      sawHeading = true;
      const objectivesHere =
        (OBJECTIVE_SECTION.test(section) ||
          (!documentTitle && (NAMED_PLAN.test(section) || PLAN_HEADING.test(section))) ||
          (!documentTitle && areas !== undefined && namesAnArea(areas, section)) ||
          ownArea) &&
        (!isOtherSection(section) || (!documentTitle && RISK_PLAN.test(section))) &&
        !changeWorries.has(block.paragraph);
      // A heading beside or above the objectives' own ends them.
      if (objectivesLevel !== undefined && block.headingLevel <= objectivesLevel && !objectivesHere)
        objectivesLevel = undefined;
      // "What Dad will do" under "What needs to happen" is still the plan's objectives, and so is
      // "When I feel unsafe I will" after "My warning signs" under a safety plan. Under a
      // document's title ("Our Family Plan") only until a section of something else: the title
      // heads the views and the contingency too.
      // "Where?" under "What are we worried about?" under the plan's title is still a worry's.
      const underOther =
        objectivesLevel !== undefined &&
        over
          .slice(objectivesLevel + 1, block.headingLevel)
          .some((h) => h !== undefined && isOtherSection(h));
      const within: boolean =
        objectivesLevel !== undefined &&
        block.headingLevel > objectivesLevel &&
        !isOtherSection(section) &&
        !changeWorries.has(block.paragraph) &&
        !underOther &&
        (inObjectives || !objectivesFromTitle);
      if (objectivesHere && !within) {
        objectivesLevel = block.headingLevel;
        objectivesFromTitle = documentTitle;
      }
      inObjectives = objectivesHere || within;
      sawObjectiveSection ||= inObjectives;
      continue;
    }
    if (recordLines.has(block.paragraph)) continue;
    const record = records.get(block.paragraph);
    if (record !== undefined && (section === undefined || !PAST_ACTIONS.test(section))) {
      out.push({ ...record.objective, section });
      recordLines = record.paragraphs;
      continue;
    }
    // "Goal 1: Jayden is safe from domestic violence." is an objective however it is worded, and
    // heads the objectives or tasks set out under it, wherever it sits.
    if (GOAL_LABEL.test(block.text)) {
      // A goal straight after the views or the needs starts the plan: it is not one of them.
      out.push(paragraphObjective(block, heading && isOtherSection(heading) ? undefined : heading));
      goal = { text: block.text.trim(), at: out.length - 1 };
      lastListed = false;
      section = block.text.trim();
      if (!inObjectives) objectivesLevel = undefined;
      inObjectives = sawObjectiveSection = true;
      continue;
    }
    // "Action: OT to assess the home." "Action: Homes to fit the restrictors." then "Who: OT;
    // Kestlebury Homes" and "By when: 19 Feb 2025": the details are the run's, each action's
    // who and when as a table's columns would be, though no modal makes them objectives.
    if (
      actionRun.length > 0 &&
      !inObjectives &&
      block.list === undefined &&
      DETAIL_LINE.test(block.text)
    ) {
      for (const at of actionRun) out[at] = withDetail(out[at], paragraphObjective(block, section));
      continue;
    }
    // "    Provider: MAP | Frequency: weekly | Target: 09/01/2025" under a numbered task, as US
    // case plans print each task's details: the task's, though the line alone says nothing.
    const last = out[out.length - 1];
    const detailOfLast =
      inObjectives &&
      block.list === undefined &&
      DETAIL_LINE.test(block.text) &&
      last?.location.kind === 'paragraph' &&
      last.location.paragraph === block.paragraph - 1 &&
      last.section === section;
    if (!detailOfLast && !looksLikeObjective(block, inObjectives)) {
      actionRun = [];
      continue;
    }
    // The details under a document's title ("Schools: Kaden and Lacey both go to Eastmoor
    // Primary") describe the family, even when the title names the plan ("Our Family Plan").
    if (
      titleOnly &&
      block.list === undefined &&
      HEADER_FIELD.test(block.text) &&
      !ITEM_PREFIX.test(block.text) &&
      !DETAIL_LINE.test(block.text)
    )
      continue;
    // An action read outside the objectives keeps its "Lead / timescale:" line, read with it.
    const ownDetails = actionAt !== undefined && DETAIL_LINE.test(block.text);
    actionAt = undefined;
    if (inObjectives || ownDetails || isActionAnywhere(block.text, section)) {
      // "How we will know:" set level with the outcome, after its listed actions, says how the
      // outcome will be seen: it is the goal's, not the last action's.
      const listed = block.list !== undefined || BULLET.test(block.text);
      if (goal !== undefined && lastListed && !listed && DETAIL_LINE.test(block.text)) {
        const owner = out[goal.at];
        out.splice(goal.at + 1, 0, paragraphObjective(block, owner.section));
        goal = undefined;
        continue;
      }
      if (goal !== undefined) lastListed = listed;
      out.push(paragraphObjective(block, section));
      if (!inObjectives) actionAt = block.paragraph;
      // Only labelled actions make a run, and only ones read one straight after another.
      const follows = actionRun.length > 0 && actionRun[actionRun.length - 1] === out.length - 2;
      actionRun =
        !inObjectives && !ownDetails && ACTION_LABEL.test(block.text)
          ? [...(follows ? actionRun : []), out.length - 1]
          : [];
    } else if (section === undefined || !isOtherSection(section)) {
      const listed = block.list !== undefined || ITEM_PREFIX.test(block.text);
      loose.push({ objective: paragraphObjective(block, section), listed });
    }
  }
  // A plan with no recognisable sections: its list items (else its sentences) are the objectives.
  if (!sawObjectiveSection && out.length === 0) {
    const listed = loose.filter((o) => o.listed);
    return listed.length > 0
      ? withDetails(listed.map((o) => o.objective))
      : loose.flatMap((o) => sentenceObjectives(o.objective));
  }
  const listed = new Set<number>();
  const ordered = new Set<number>();
  for (const b of doc.blocks)
    if (b.kind === 'paragraph' && b.list) {
      listed.add(b.paragraph);
      if (b.list.ordered) ordered.add(b.paragraph);
    }
  return withNumberedRows(withDetails(out, listed), ordered);
}

/** A title that only says what the list under a goal is ("Actions", "Steps", "What will happen"). */
const ITEMS_SUBTITLE =
  /^\W*(?:(?:agreed |planned |our )?(?:actions?|tasks?|steps?)(?: (?:to (?:achieve|get there|reach|meet) (?:this|it|the (?:goal|outcome))|needed))?|what (?:will|needs to) happen|how we will (?:get there|do (?:this|it)|achieve (?:this|it)))\W*$/i;
/** A list's own bullet or number typed into the line (not a goal's or an item's label). */
const BULLET = /^\s*(?:\d+[.)]|[a-z][.)]|[-*\u2022\u2013])\s+/;

/** The labels of an item's own details: "Who:", "When:", "By when:", "How we will know:". */
const DETAIL_LABEL = String.raw`(?:who|when|by when|by whom|lead(?: person| professional)?|responsible|timescales?|deadline|how we will know|review date|provider|frequency|how often|begin(?: date)?|start date|target date|due(?: date)?|completion date)`;
/** One label or two as one ("Lead / timescale:", "Who and when:"). */
const DETAIL_LABELS = String.raw`${DETAIL_LABEL}(?:\s*(?:\/|and|&)\s*${DETAIL_LABEL})?`;
/** A line that only gives an item's who or when: "Who: Karen. When: within two weeks." */
const DETAIL_LINE = new RegExp(String.raw`^\W*${DETAIL_LABELS}\s*:`, 'i');
const FIELD = new RegExp(String.raw`\b${DETAIL_LABELS}\s*:`, 'gi');

/**
 * Many plans give each item's who and when on a line of its own beneath it ("- Noah will be
 * referred to the enuresis clinic." then "  - Who: school nurse. When: 27 February 2026."). That
 * line is the item's, read with it as a table row's Who and By when are: alone it is no objective,
 * and without it the item would be told to say who and by when.
 */
function withDetails(
  objectives: Objective[],
  listed: ReadonlySet<number> = new Set(),
): Objective[] {
  const out: Objective[] = [];
  /** Where in `out` the list the last item belongs to starts. */
  let listStart = 0;
  for (const objective of objectives) {
    const item = out[out.length - 1];
    if (
      item === undefined ||
      objective.location.kind !== 'paragraph' ||
      item.location.kind !== 'paragraph' ||
      item.section !== objective.section ||
      !DETAIL_LINE.test(objective.text)
    ) {
      const at = objective.location.kind === 'paragraph' ? objective.location.paragraph : -1;
      const before = item?.location.kind === 'paragraph' ? item.location.paragraph : -2;
      if (!listed.has(at) || !listed.has(before) || item?.section !== objective.section)
        listStart = out.length;
      out.push(objective);
      continue;
    }
    // "Responsible: …" set level with a numbered list of actions, after it, is all of theirs, as
    // a table's Who column is each row's; under one item, in its own list, it is that item's.
    const shared = listed.has(item.location.paragraph) && !listed.has(objective.location.paragraph);
    for (let i = shared ? listStart : out.length - 1; i < out.length; i++)
      out[i] = withDetail(out[i], objective);
  }
  return out;
}

/**
 * "Action number | Who | By when" after the plan's numbered actions: a row whose action is only
 * a number gives the who and the when of the action with that number, as a fuller table's row
 * would. It is no objective of its own: a card reading "1. Who: Shannon. By when: Weekly" says
 * nothing to make SMART.
 */
function withNumberedRows(objectives: Objective[], ordered: ReadonlySet<number>): Objective[] {
  const rows = new Map<Objective, number>();
  for (const o of objectives) {
    if (o.location.kind !== 'table') continue;
    const own = o.parts.filter((p) => p.role === 'action' || p.role === 'outcome');
    const value = own.length === 1 ? o.text.slice(own[0].start, own[0].end).trim() : '';
    if (/^\d{1,3}$/.test(value)) rows.set(o, Number(value));
  }
  if (rows.size === 0) return objectives;
  const numbered = objectives.filter(
    (o) => o.location.kind === 'paragraph' && ordered.has(o.location.paragraph),
  );
  const merged = new Map<Objective, Objective>();
  const used = new Set<Objective>();
  for (const [row, n] of rows) {
    const item = numbered[n - 1];
    if (!item) continue;
    merged.set(item, withCells(merged.get(item) ?? item, row));
    used.add(row);
  }
  // A row numbering an action the plan does not have ("4" after three) stays a card of its own:
  // the writer sees it, rather than losing its who and when without a word.
  return objectives.filter((o) => !used.has(o)).map((o) => merged.get(o) ?? o);
}

/** An item read with the who and when cells of the table row that names it. */
function withCells(item: Objective, row: Objective): Objective {
  let text = item.text;
  const parts = [...item.parts];
  for (const part of row.parts) {
    if (part.role === 'action' || part.role === 'outcome' || part.role === 'other') continue;
    const value = row.text.slice(part.start, part.end);
    const label = `${LABEL[part.role] ?? part.label ?? ''}: `;
    text += gapAfter(text) + label;
    parts.push({ ...part, start: text.length, end: text.length + value.length, offset: 0 });
    text += value;
  }
  return { ...item, text, parts };
}

/** An item read with its detail line ("Who: school nurse. When: 27 February 2026."). */
function withDetail(item: Objective, detail: Objective): Objective {
  const gap = gapAfter(item.text);
  const start = item.text.length + gap.length;
  const line = detail.parts[0];
  return {
    ...item,
    text: item.text + gap + detail.text,
    parts: [
      ...item.parts,
      ...detailFields(detail.text).map((f) => ({
        role: f.role,
        label: f.label,
        start: start + f.start,
        end: start + f.end,
        paragraph: line?.paragraph,
        offset: (line?.offset ?? 0) + f.start,
      })),
    ],
  };
}

/** The labelled fields of a detail line, each with the role its label gives it. */
function detailFields(
  line: string,
): { role: PartRole; label: string; start: number; end: number }[] {
  const labels = [...line.matchAll(FIELD)];
  return labels.flatMap((m, i) => {
    const label = m[0].replace(/\W*:$/, '').trim();
    const from = m.index + m[0].length;
    const to = i + 1 < labels.length ? labels[i + 1].index : line.length;
    const value = line.slice(from, to);
    const start = from + (value.length - value.trimStart().length);
    const end = from + value.replace(/[\s.;,]+$/, '').length;
    if (end <= start) return [];
    // Read as a table's column of the same name is; a review date says when, as before.
    const [column] = columnRoles([label]);
    const role: PartRole = column === 'who' || column === 'measure' ? column : 'when';
    return [{ role, label, start, end }];
  });
}

/**
 * A prose paragraph that sets out several objectives, as an email does ("Mum will collect Evie
 * at 3.15pm … Sam will ring the landlord by Friday …"): each sentence that says what someone will
 * do is an objective of its own. A paragraph with one such sentence stays whole.
 */
function sentenceObjectives(objective: Objective): Objective[] {
  const found = splitSentences(objective.text).filter(
    (s) => s.text.length >= 8 && MODAL.test(s.text) && !NOT_AN_OBJECTIVE.test(s.text),
  );
  if (found.length < 2) return [objective];
  const part = objective.parts[0];
  const paragraph = objective.location.kind === 'paragraph' ? objective.location.paragraph : 0;
  return found.map((s, i) => ({
    ...objective,
    id: `${objective.id}s${i}`,
    location: { kind: 'paragraph', paragraph, sentence: i },
    text: s.text,
    parts: [{ ...part, start: 0, end: s.text.length, offset: (part.offset ?? 0) + s.start }],
  }));
}
