/**
 * The audit's figures, computed once from the outcomes so that the HTML report, the terminal
 * summary and the tests all read the same numbers.
 */
import { CRITERIA } from '../smart';
import type { Criterion, ScoreBand } from '../smart';
import type { AuditResult, AuditedObjective, AuditedPlan } from './types';

export interface CheckTally {
  id: string;
  label: string;
  passed: number;
  total: number;
}

export interface RuleTally {
  ruleId: string;
  criterion: Criterion;
  /** Objectives on which the rule found the criterion not met. */
  count: number;
}

export interface ScoreBin {
  /** Inclusive bounds; the last bin is 90-100. */
  from: number;
  to: number;
  count: number;
}

export interface AuditFigures {
  files: number;
  plans: number;
  unreadable: number;
  plansWithoutObjectives: number;
  objectives: number;
  smartObjectives: number;
  /** Objectives meeting each criterion. */
  perCriterion: Record<Criterion, number>;
  checksPassed: number;
  checksTotal: number;
  checks: CheckTally[];
  /** Mean plan score (0-100), absent when no plan could be read. */
  meanScore?: number;
  bands: Record<ScoreBand, number>;
  scoreBins: ScoreBin[];
  /** Rules whose errors were found, commonest first. */
  ruleFailures: RuleTally[];
}

export function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

export function computeFigures(result: AuditResult): AuditFigures {
  const perCriterion = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Record<Criterion, number>;
  const bands: Record<ScoreBand, number> = { red: 0, amber: 0, green: 0 };
  const scoreBins: ScoreBin[] = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    count: 0,
  }));
  const checks = new Map<string, CheckTally>();
  const rules = new Map<string, RuleTally>();
  let objectives = 0;
  let smartObjectives = 0;
  let checksPassed = 0;
  let checksTotal = 0;
  let scoreSum = 0;
  let plansWithoutObjectives = 0;

  for (const plan of result.plans) {
    if (plan.objectives.length === 0) plansWithoutObjectives += 1;
    scoreSum += plan.score.value;
    bands[plan.score.band] += 1;
    scoreBins[Math.min(9, Math.max(0, Math.floor(plan.score.value / 10)))]!.count += 1;
    for (const check of plan.checks) {
      checksTotal += 1;
      if (check.met) checksPassed += 1;
      const tally = checks.get(check.id) ?? {
        id: check.id,
        label: check.label,
        passed: 0,
        total: 0,
      };
      tally.total += 1;
      if (check.met) tally.passed += 1;
      // One check is worded by the kind of plan ("Every worry has an objective", "Every need has
      // an outcome"): a folder of both kinds names both.
      if (!tally.label.split(' / ').includes(check.label))
        tally.label = `${tally.label} / ${check.label}`;
      checks.set(check.id, tally);
    }
    for (const objective of plan.objectives) {
      objectives += 1;
      if (objective.smart) smartObjectives += 1;
      for (const c of CRITERIA) if (objective.letters[c]) perCriterion[c] += 1;
      // Count each failing rule once per objective, however many words it marked.
      const seen = new Set<string>();
      for (const f of objective.findings) {
        if (f.severity !== 'error' || seen.has(f.ruleId)) continue;
        seen.add(f.ruleId);
        const tally = rules.get(f.ruleId) ?? { ruleId: f.ruleId, criterion: f.criterion, count: 0 };
        tally.count += 1;
        rules.set(f.ruleId, tally);
      }
    }
  }

  return {
    files: result.plans.length + result.unreadable.length,
    plans: result.plans.length,
    unreadable: result.unreadable.length,
    plansWithoutObjectives,
    objectives,
    smartObjectives,
    perCriterion,
    checksPassed,
    checksTotal,
    checks: [...checks.values()],
    ...(result.plans.length > 0 ? { meanScore: scoreSum / result.plans.length } : {}),
    bands,
    scoreBins,
    ruleFailures: [...rules.values()].sort(
      (a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1),
    ),
  };
}

/** The objectives a reader should look at first: fewest letters met, then document order. */
export function worstObjectives(plan: AuditedPlan, limit: number): AuditedObjective[] {
  return plan.objectives
    .map((objective, index) => ({ objective, index }))
    .filter(({ objective }) => !objective.smart)
    .sort((a, b) => a.objective.met - b.objective.met || a.index - b.index)
    .slice(0, limit)
    .map(({ objective }) => objective);
}
