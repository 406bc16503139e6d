/**
 * Machine-readable shapes. For --objectives the line shape is the one ../shared/eval/README.md
 * defines: {"text", "criteria": {criterion: {"met", "findings": [...]}}}, plus extra fields.
 */
import type { ObjectiveVerdict, PlanReport } from '../../smart';

export interface ObjectiveLineJson {
  text: string;
  criteria: ObjectiveVerdict['criteria'];
  smart: boolean;
  met: number;
  /** 1-based line of the input file the objective came from. */
  line: number;
  file: string;
}

export function objectiveLineJson(
  file: string,
  line: number,
  verdict: ObjectiveVerdict,
): ObjectiveLineJson {
  return {
    text: verdict.objective.text,
    criteria: verdict.criteria,
    smart: verdict.smart,
    met: verdict.met,
    line,
    file,
  };
}

export function objectiveJson(file: string, verdict: ObjectiveVerdict) {
  const o = verdict.objective;
  return {
    type: 'objective' as const,
    file,
    id: o.id,
    location: o.location,
    section: o.section,
    text: o.text,
    parts: o.parts,
    smart: verdict.smart,
    met: verdict.met,
    criteria: verdict.criteria,
  };
}

export function planChecksJson(file: string, report: PlanReport) {
  return {
    type: 'plan' as const,
    file,
    summary: report.summary,
    score: report.score,
    checks: report.checks,
  };
}

/** The whole report for one file, for --format json. */
export function planJson(file: string, report: PlanReport) {
  const { type: _type, ...plan } = planChecksJson(file, report);
  return {
    ...plan,
    objectives: report.objectives.map((v) => {
      const { type: _t, file: _f, ...objective } = objectiveJson(file, v);
      return objective;
    }),
  };
}
