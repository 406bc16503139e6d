/**
 * What an audit keeps of each plan. Workers send these back to the main thread, so they hold
 * only plain data the report and the CSV need (structured-clone friendly), not the core's
 * whole analysis.
 */
import type { Criterion, ObjectiveLocation, PlanScore, PlanSummary, Severity } from '../smart';
import type { PlanKind } from '../smart/plan-kinds';

export interface AuditedFinding {
  ruleId: string;
  criterion: Criterion;
  severity: Severity;
  message: string;
  /** The checker's suggested change, as its short label ("Add a date"), when it has one. */
  fix?: string;
}

export interface AuditedObjective {
  text: string;
  location: ObjectiveLocation;
  section?: string;
  /** Which of the five criteria are met. */
  letters: Record<Criterion, boolean>;
  /** How many of the five are met (0-5). */
  met: number;
  smart: boolean;
  findings: AuditedFinding[];
}

export interface AuditedCheck {
  id: string;
  label: string;
  met: boolean;
  message: string;
}

export interface AuditedPlan {
  /** Path relative to the audited folder, with forward slashes. */
  file: string;
  objectives: AuditedObjective[];
  checks: AuditedCheck[];
  /** The kind of plan, as read from its head: an EHC plan's worries are its needs. */
  kind: PlanKind;
  /** How many worries the plan names, and how many no objective answers. */
  worries: { named: number; unanswered: number };
  summary: PlanSummary;
  score: PlanScore;
}

export interface UnreadableFile {
  file: string;
  /** One line the user can act on. */
  reason: string;
}

export type FileOutcome =
  { kind: 'plan'; plan: AuditedPlan } | { kind: 'unreadable'; file: UnreadableFile };

export interface AuditResult {
  /** The folder as the user gave it. */
  root: string;
  startedAt: Date;
  finishedAt: Date;
  /** Sorted by file path, so two runs over the same folder give the same report. */
  plans: AuditedPlan[];
  unreadable: UnreadableFile[];
}
