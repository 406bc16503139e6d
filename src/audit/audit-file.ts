/**
 * Reads and checks one plan file. Runs inside a worker thread (see worker.ts) or, with one job,
 * in the main thread; either way a bad file becomes an "unreadable" outcome, never an exception,
 * so the audit goes on.
 */
import { PlanFileError, readPlanFile } from '../docx/read-plan-file';
import { CRITERIA, checkPlan } from '../smart';
import type { CheckOptions, Criterion, PlanReport } from '../smart';
import type { AuditedPlan, FileOutcome } from './types';

export function toAuditedPlan(file: string, report: PlanReport): AuditedPlan {
  return {
    file,
    objectives: report.objectives.map((verdict) => {
      const letters = {} as Record<Criterion, boolean>;
      for (const criterion of CRITERIA) letters[criterion] = verdict.criteria[criterion].met;
      return {
        text: verdict.objective.text,
        location: verdict.objective.location,
        ...(verdict.objective.section !== undefined ? { section: verdict.objective.section } : {}),
        letters,
        met: verdict.met,
        smart: verdict.smart,
        findings: verdict.findings.map((f) => ({
          ruleId: f.ruleId,
          criterion: f.criterion,
          severity: f.severity,
          message: f.message,
          ...(f.suggestion ? { fix: f.suggestion.label } : {}),
        })),
      };
    }),
    checks: report.checks.map((c) => ({
      id: c.id,
      label: c.label,
      met: c.met,
      message: c.message,
    })),
    kind: report.kind,
    worries: {
      named: report.worries.worries.length,
      unanswered: report.worries.unanswered.length,
    },
    summary: report.summary,
    score: report.score,
  };
}

export async function auditFile(
  absolutePath: string,
  file: string,
  options: CheckOptions,
): Promise<FileOutcome> {
  let doc;
  try {
    doc = await readPlanFile(absolutePath);
  } catch (err) {
    // PlanFileError messages leave the file name out ("is empty (0 bytes): ..."), so they
    // read as a sentence about "this file" beside the file's name in the report.
    if (err instanceof PlanFileError) return unreadable(file, sentence(`This file ${err.message}`));
    return unreadable(file, `This file could not be read (${oneLine(err)}).`);
  }
  try {
    return { kind: 'plan', plan: toAuditedPlan(file, checkPlan(doc, options)) };
  } catch (err) {
    // A fault in the checker on one plan must not stop the audit of the others.
    return unreadable(
      file,
      `The checker failed on this file (${oneLine(err)}); please report it to the product team.`,
    );
  }
}

function unreadable(file: string, reason: string): FileOutcome {
  return { kind: 'unreadable', file: { file, reason } };
}

function sentence(text: string): string {
  const line = text.split(/\r?\n/)[0]!.trim();
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split(/\r?\n/)[0]!.slice(0, 200);
}
