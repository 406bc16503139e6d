/**
 * The core's vocabulary. Every face (Word, Teams, CLI, audit) speaks these types; nothing here
 * knows about files, the DOM, Office or the network.
 */

export const CRITERIA = ['specific', 'measurable', 'realistic', 'timely', 'outcome'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** One letter per criterion, in SMART order, as the faces show them. */
export const CRITERION_LETTER: Record<Criterion, string> = {
  specific: 'S',
  measurable: 'M',
  realistic: 'R',
  timely: 'T',
  outcome: 'O',
};

export const CRITERION_LABEL: Record<Criterion, string> = {
  specific: 'Specific',
  measurable: 'Measurable',
  realistic: 'Realistic',
  timely: 'Timely',
  outcome: 'Outcome-focused',
};

/**
 * `error` means the criterion is not met; `warning` and `info` are advice that leave the
 * verdict alone (a good colleague's nudge, not a fail).
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Each severity's name, and what it does to a verdict, for the people who choose one. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Tip',
};
export const SEVERITY_MEANING: Record<Severity, string> = {
  error: 'the letter is not met',
  warning: 'advice only; the letter still counts as met',
  info: 'a suggestion only; the letter still counts as met',
};

/** A half-open character range [start, end) in an objective's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A rewrite is data, as ESLint fixes are: replace [start, end) of the objective's text with
 * `text`. An insertion has start === end. `placeholder` is where the part the user must fill in
 * (e.g. "[date]") lies in the objective's text *after* the rewrite, so a face can leave the
 * cursor on it.
 */
export interface Suggestion extends Span {
  text: string;
  /** Short label for a button: "Add a date". */
  label: string;
  placeholder?: Span;
  /** Safe to apply without the user reading it first (e.g. inserting a placeholder). */
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  criterion: Criterion;
  severity: Severity;
  /** One sentence: what is missing or wrong. */
  message: string;
  /** One sentence: why it matters for the child. */
  why: string;
  /** Present when the finding is about particular words; absent when something is missing. */
  start?: number;
  end?: number;
  suggestion?: Suggestion;
}

export interface CriterionVerdict {
  met: boolean;
  findings: Finding[];
}

/** Where an objective sits in its document, so faces can point at it. */
export type ObjectiveLocation =
  | { kind: 'line'; line: number }
  /** `sentence`: one of several objectives a prose paragraph sets out, by its order there. */
  | { kind: 'paragraph'; paragraph: number; sentence?: number }
  | { kind: 'table'; table: number; row: number; paragraph: number };

/**
 * What a part of an objective's text is, when the document says so (a table column, or the
 * whole text of a list item). `area` is the row's heading ("Healthy" under a wellbeing
 * indicator, "Education" under a domain): like `need` and `progress`, context the checker does
 * not read as the objective.
 */
export type PartRole =
  | 'area'
  | 'need'
  | 'outcome'
  | 'action'
  | 'who'
  | 'when'
  | 'measure'
  | 'review'
  | 'progress'
  | 'other';

export interface ObjectivePart extends Span {
  role: PartRole;
  /** The column header the part came from, when it came from a table. */
  label?: string;
  /** Paragraph index in the document of the cell or item this part came from. */
  paragraph?: number;
  /** Where this part's text starts within that paragraph (a list number may precede it). */
  offset?: number;
}

export interface Objective {
  /** Stable within one document read: derived from the location. */
  id: string;
  /** The objective's text as checked: a list item, or a table row's cells joined. */
  text: string;
  location: ObjectiveLocation;
  /** The heading the objective sits under, when there is one. */
  section?: string;
  parts: ObjectivePart[];
}

export interface ObjectiveVerdict {
  objective: Objective;
  criteria: Record<Criterion, CriterionVerdict>;
  /** All findings, in text order; those ignored by the user are left out. */
  findings: Finding[];
  /** All five criteria met. */
  smart: boolean;
  /** How many of the five are met (0-5). */
  met: number;
  /**
   * Days from the day checked to the furthest date or deadline the objective names ("by 30 June
   * 2027", "within 6 months"); absent when it names none. The plan's stages check reads it: only
   * a goal months away needs steps of its own.
   */
  reachDays?: number;
}
