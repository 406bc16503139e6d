/**
 * A rule is one module, shaped like an ESLint rule: metadata, messages, options that an
 * organisation can change, a check that reports findings, and a table of examples that is also
 * its test. Adding a rule is adding a file and one line in rules/index.ts.
 */
import type { Analysis } from './analyse';
import { memoise, phraseMatcher, type Match } from './text';
import type { Criterion, Severity, Suggestion } from './types';

/** Options every rule understands; word lists are data an organisation can extend. */
export interface RuleOptions {
  /** Extra words or phrases this rule should flag (an organisation's own). */
  words: string[];
  /** Words or phrases that are fine locally and must not be flagged. */
  allow: string[];
}

/**
 * A rule with no configuration: one object, so that rules' memoised patterns are built once for
 * it, whoever runs the rule.
 */
export const NO_OPTIONS: RuleOptions = { words: [], allow: [] };

/** A finding as a rule that runs after the others sees it: which rule, which letter, how serious. */
export interface EarlierFinding {
  ruleId: string;
  criterion: Criterion;
  severity: Severity;
}

export interface RuleContext {
  text: string;
  analysis: Analysis;
  options: RuleOptions;
  /** For a rule that runs `after` the others: what they found on this objective. */
  earlier?: readonly EarlierFinding[];
  /** The objective's section heading sets its time ("Short-term steps (by July 2027)"). */
  sectionTimed?: boolean;
}

export interface RuleReport {
  messageId: string;
  /** Values for {{placeholders}} in the message. */
  data?: Record<string, string>;
  start?: number;
  end?: number;
  suggestion?: Suggestion;
}

/**
 * One report an invalid example must produce, as an entry of ESLint RuleTester's `errors`.
 * The span is exact: `marked` is the words the report lands on, and `start` says which
 * occurrence when those words appear more than once in the objective.
 */
export interface ExpectedReport {
  messageId: string;
  /** The exact words the report lands on; absent for a report that something is missing. */
  marked?: string;
  /** Where `marked` starts: required only when the words occur more than once. */
  start?: number;
  /** The objective after applying this report's suggestion; absent when it offers none. */
  output?: string;
}

export interface InvalidExample {
  text: string;
  /** Every report the rule makes on `text`, in text order: the count is exact. */
  errors: ExpectedReport[];
}

export interface RuleExamples {
  /** Objectives on which the rule must stay silent. */
  valid: string[];
  /** Objectives on which it must fire, exactly as `errors` says. */
  invalid: InvalidExample[];
}

export interface Rule {
  id: string;
  criterion: Criterion;
  /** One line for documentation and settings pages. */
  description: string;
  /** One sentence: why this matters for the child. */
  why: string;
  severity: Severity;
  /**
   * The options this rule reads, declared so that the house-rules schema is built from them:
   * `words` (extra phrases to flag, matched literally). Every rule that reports on words also
   * honours `allow`, which the runner applies to the words a finding lands on.
   */
  takes?: { words?: true };
  messages: Record<string, string>;
  defaultOptions?: Partial<RuleOptions>;
  /** Runs once every other rule has reported, and reads their findings (the second reading). */
  after?: true;
  check(context: RuleContext): RuleReport[];
  examples: RuleExamples;
}

const WORD_MATCHERS = new WeakMap<RuleOptions, (text: string) => Match[]>();

/**
 * An organisation's own words for a rule, found as literal phrases: kept apart from the rule's
 * built-in patterns so that a long list (500 phrases of 200 characters) stays fast.
 */
export function organisationWords(options: RuleOptions, text: string): Match[] {
  if (options.words.length === 0) return [];
  return memoise(WORD_MATCHERS, options, () => phraseMatcher(options.words))(text);
}

/** One report per flagged phrase, landing on its words: the shape most rules report in. */
export function reportWords(
  hits: readonly { start: number; end: number; text: string }[],
  messageId: string,
): RuleReport[] {
  return hits.map((m) => ({ messageId, data: { words: m.text }, start: m.start, end: m.end }));
}
