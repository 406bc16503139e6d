/**
 * The seam between the task pane UI and a document. Word (office-js) and the playground (an
 * editable HTML page) both implement it, so the React pane is the same in both and never calls
 * Word.run itself. Everything crossing this seam is plain data in paragraph coordinates.
 */
import type { PlanDocument } from '../smart';

/** How findings are shown inside the document itself. */
export type MarkKind = 'annotations' | 'comments' | 'highlights' | 'underlines' | 'none';

/**
 * The document as last read: the core's PlanDocument plus what a face needs to point back at
 * words (each paragraph's text, and which paragraphs make up each table cell).
 */
export interface DocumentSnapshot {
  doc: PlanDocument;
  /** Text of every paragraph, by paragraph index (body order, table cells included). */
  paragraphs: string[];
  /**
   * For a table cell, keyed by its first paragraph: all of its paragraphs in order. The cell's
   * text in `doc` is their texts joined with "\n".
   */
  cellParagraphs: Record<number, number[]>;
}

/** A range of characters inside one paragraph: [start, end). */
export interface TextTarget {
  paragraph: number;
  start: number;
  end: number;
  /** The paragraph's text when the target was computed, so a stale target can be noticed. */
  expected?: string;
}

/** One inline mark: the words a finding is about (or the whole objective when none). */
export interface Mark extends TextTarget {
  objectiveId: string;
  /** One line shown in a comment or popup: "Timely: no date or review point." */
  message: string;
  /** Replacement texts for a popup where the host supports them (at most 3 are shown). */
  suggestions: string[];
  severity: 'error' | 'warning' | 'info';
}

export interface CheckProgress {
  /** What is being done, in words: "Reading the document", "Checking objectives". */
  stage: string;
  done: number;
  total: number;
}

/** The checker's side of a check: turns a snapshot into marks (calling the core). */
export type ComputeMarks = (snapshot: DocumentSnapshot) => Promise<Mark[]>;

/** The checker's side of a re-check: receives changed paragraph texts, returns marks for the
 * objectives those paragraphs touched, and the ids of those objectives (old marks go). */
export type ComputeChangedMarks = (
  changed: Map<number, string>,
) => Promise<{ marks: Mark[]; objectiveIds: string[] } | null>;

export interface DocumentEvents {
  /** Paragraphs whose text changed; 'all' when the structure changed (added/removed). */
  changed(paragraphs: number[] | 'all'): void;
  /** The user put the cursor or selection in this paragraph. */
  selected(paragraph: number): void;
  /** The user clicked one of our marks in the document. */
  markActivated?(objectiveId: string): void;
}

export interface DocumentAdapter {
  /** Shown in messages: "Word", "the sample plan". */
  readonly hostName: string;
  /** How marks will be drawn, as far as can be told before the first check. */
  markKind(): MarkKind;
  /** Reads the whole document, lets the checker compute marks, and writes them (ours only). */
  check(compute: ComputeMarks, onProgress?: (p: CheckProgress) => void): Promise<MarkKind>;
  /** Reads only the given paragraphs and replaces the marks of the objectives they touch. */
  recheck(paragraphs: number[], compute: ComputeChangedMarks): Promise<void>;
  /** Replaces the marks of the given objectives without reading the document again. */
  remark(marks: Mark[], objectiveIds: string[]): Promise<void>;
  /** Removes every mark this add-in made, and nothing else. */
  clearMarks(): Promise<void>;
  /** Selects the words (and scrolls the document to them). */
  select(target: TextTarget | TextTarget[]): Promise<void>;
  /**
   * Replaces the target's text, then leaves the cursor on `placeholder` (a range within `text`)
   * when given, so the user can type over "[date]" straight away.
   */
  replace(
    target: TextTarget,
    text: string,
    placeholder?: { start: number; end: number },
  ): Promise<void>;
  /** Ignore keys (from the core's ignoreKey) stored with this document. */
  loadIgnored(): Promise<string[]>;
  saveIgnored(keys: string[]): Promise<void>;
  /** Starts listening for edits and selection; returns a function that stops it. */
  watch(events: DocumentEvents): () => void;
}
