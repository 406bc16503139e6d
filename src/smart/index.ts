/**
 * The core's public API. Faces import from here only ("src/smart"), never from a rule file.
 *
 *   checkPlan(doc, options)          -> PlanReport: objectives with verdicts, plan checks, score
 *   checkObjectiveText(text, opts)   -> ObjectiveVerdict for one objective given as plain text
 *   checkObjectives(objectives, opts) -> their verdicts, read a pass at a time (faster for many)
 *   extractObjectives(doc)           -> Objective[] found in a PlanDocument
 *   readTextPlan(text, 'text'|'markdown') -> PlanDocument from plain text or Markdown
 */
export * from './types';
export * from './document';
export {
  checkObjective,
  checkObjectives,
  checkObjectiveText,
  smartLetters,
  summarise,
} from './check';
export type { CheckOptions, PlanSummary } from './check';
export { checkPlan } from './plan-report';
export type { PlanReport } from './plan-report';
export { extractObjectives } from './objectives';
export { readTextPlan } from './text-plan';
export { markSectionTitles } from './section-titles';
export { runPlanChecks } from './plan-checks';
export type { PlanCheck, PlanCheckId } from './plan-checks';
export { scorePlan, scoreBand, SCORE_FORMULA } from './score';
export type { PlanScore, ScoreBand } from './score';
export { ignoreKey } from './ignore';
export { RULES, ruleById } from './rules';
export type { Rule, RuleContext, RuleExamples } from './rule';
export { DEFAULT_RULE_SET, compileRuleSet } from './rule-set';
export type { RuleSet, RuleSetInput, RuleSetting } from './rule-set';
export { applySuggestion } from './suggestion';
