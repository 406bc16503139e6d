/**
 * Checks a whole plan: its objectives (check.ts), its worries paired with the objectives that
 * answer them, the plan as the family will read it, and the whole-plan checks. Kept apart from
 * check.ts so that checking objectives alone (`smart-plans check --objectives`) does not load
 * the plan readers and their word lists, a tenth of the command line's start-up.
 */
import { checkObjectives, summarise, type CheckOptions, type PlanSummary } from './check';
import type { PlanDocument } from './document';
import { namedAdultsOf } from './family-names';
import { readForFamily, type FamilyReading } from './family-read/read-for-family';
import { extractObjectives } from './objectives';
import { runPlanChecks, type PlanCheck } from './plan-checks';
import { planKindOf, type PlanKind } from './plan-kinds';
import { speaksAsItsChild } from './own-plan';
import { scorePlan, type PlanScore } from './score';
import type { ObjectiveVerdict } from './types';
import { findWorries } from './worries/find-worries';
import { handLinksFrom, pairWorries, type WorryPairing } from './worries/pair';

export interface PlanReport {
  objectives: ObjectiveVerdict[];
  /** The plan's worries, each with the objectives that answer it. */
  worries: WorryPairing;
  /** The plan as the family will read it. */
  familyRead: FamilyReading;
  checks: PlanCheck[];
  summary: PlanSummary;
  score: PlanScore;
  /**
   * A pathway plan, a care plan or a plan for special educational needs is read, and worded, its
   * own way (plan-kinds.ts).
   */
  kind: PlanKind;
}

/** Finds the objectives in a plan, checks each, and runs the whole-plan checks. */
export function checkPlan(doc: PlanDocument, options: CheckOptions = {}): PlanReport {
  const objectives = extractObjectives(doc);
  const adults = options.adults ?? namedAdultsOf(doc);
  const ownPlan = options.ownPlan ?? speaksAsItsChild(objectives);
  return planReport(doc, checkObjectives(objectives, { ...options, adults, ownPlan }), options);
}

/**
 * The whole-plan report from its objectives' verdicts: shared by checkPlan and by faces that
 * check objectives in slices (the pane yields to the UI between them).
 */
export function planReport(
  doc: PlanDocument,
  verdicts: ObjectiveVerdict[],
  options: Pick<CheckOptions, 'ignored' | 'ruleSet' | 'today'> = {},
): PlanReport {
  const keys = new Set(options.ignored ?? []);
  const worries = pairWorries(
    findWorries(doc),
    verdicts.map((v) => v.objective),
    handLinksFrom(keys),
  );
  const familyRead = readForFamily(doc, options.ruleSet?.familyTerms);
  const kind = planKindOf(doc);
  const checks = runPlanChecks(doc, verdicts, {
    worries,
    familyRead,
    sections: options.ruleSet?.sections,
    today: options.today,
  });
  return {
    objectives: verdicts,
    worries,
    familyRead,
    checks,
    summary: summarise(verdicts),
    score: scorePlan(verdicts, checks),
    kind,
  };
}
