/**
 * The settings every worker needs to check a file the same way. They cross the thread
 * boundary by structured clone: a compiled RuleSet is plain data (records of words and
 * severities), so the main thread loads and validates the house rules once and every worker
 * checks with exactly that rule set.
 */
import type { CheckOptions, RuleSet } from '../smart';

export interface AuditSettings {
  ruleSet?: RuleSet;
  /** ISO date to judge deadlines against; absent means today. Tests fix it. */
  today?: string;
}

export function checkOptionsFrom(settings: AuditSettings): CheckOptions {
  const options: CheckOptions = {};
  if (settings.ruleSet !== undefined) options.ruleSet = settings.ruleSet;
  options.today = settings.today !== undefined ? new Date(settings.today) : new Date();
  return options;
}
