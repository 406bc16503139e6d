/**
 * The human-readable report: per objective, where it is, the five letters, what is missing and
 * why, with the flagged words and suggested rewrites; then the plan checks and the score.
 */
import type { PlanReport } from '../../smart';
import {
  CRITERIA,
  CRITERION_LABEL,
  CRITERION_LETTER,
  type Finding,
  type ObjectiveLocation,
  type ObjectiveVerdict,
} from '../../smart/types';
import type { Palette } from './colour';

const EXCERPT_LENGTH = 160;

/** Where an objective is, as a person would find it in Word (counting from 1). */
export function describeLocation(location: ObjectiveLocation): string {
  switch (location.kind) {
    case 'line':
      return `line ${location.line}`;
    case 'paragraph':
      return `paragraph ${location.paragraph + 1}`;
    case 'table':
      // Row 0 is the header row, so Word's own row count is one more than the index.
      return `table ${location.table + 1}, row ${location.row + 1}`;
  }
}

/** "[S M - T -]": a letter where the criterion is met, a dash where it is missing. */
export function formatLetters(verdict: ObjectiveVerdict, colours: Palette): string {
  const letters = CRITERIA.map((c) =>
    verdict.criteria[c].met ? colours.ok(CRITERION_LETTER[c]) : colours.bad('-'),
  );
  return `[${letters.join(' ')}]`;
}

/** One line of the objective's text, shortened; tabs and line breaks shown as separators. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text
    .replace(/\s*\n\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}\u2026` : flat;
}

function quoteSpan(text: string, start: number | undefined, end: number | undefined): string {
  if (start === undefined || end === undefined || end <= start) return '';
  return ` ("${excerpt(text.slice(start, end), 60)}")`;
}

function formatFinding(text: string, finding: Finding, colours: Palette, indent: string): string[] {
  const mark =
    finding.severity === 'error'
      ? colours.bad('\u2717')
      : finding.severity === 'warning'
        ? colours.warn('!')
        : colours.dim('i');
  const advice = finding.severity === 'error' ? '' : colours.dim(' (advice)');
  const lines = [
    `${indent}${mark} ${CRITERION_LABEL[finding.criterion]}${advice}: ${finding.message}${quoteSpan(text, finding.start, finding.end)}`,
  ];
  const s = finding.suggestion;
  if (s) {
    const change =
      s.start === s.end
        ? `add "${s.text}"`
        : s.text === ''
          ? `remove "${excerpt(text.slice(s.start, s.end), 60)}"`
          : `replace "${excerpt(text.slice(s.start, s.end), 60)}" with "${s.text}"`;
    lines.push(`${indent}    ${colours.dim('Suggestion:')} ${s.label}: ${change}`);
  }
  return lines;
}

/** The block for one objective: heading line, its text, then its findings. */
export function formatVerdict(
  where: string,
  verdict: ObjectiveVerdict,
  colours: Palette,
  indent = '  ',
): string[] {
  const missing = CRITERIA.filter((c) => !verdict.criteria[c].met);
  const status =
    missing.length === 0
      ? colours.ok('SMART')
      : colours.bad(`missing: ${missing.map((c) => CRITERION_LABEL[c]).join(', ')}`);
  const text = verdict.objective.text;
  const lines = [
    `${indent}${colours.bold(where)}  ${formatLetters(verdict, colours)}  ${status}`,
    `${indent}  ${colours.dim(excerpt(text))}`,
  ];
  for (const finding of verdict.findings)
    lines.push(...formatFinding(text, finding, colours, `${indent}  `));
  return lines;
}

export function formatPlanReport(file: string, report: PlanReport, colours: Palette): string {
  const { summary, score } = report;
  const band =
    score.band === 'green' ? colours.ok : score.band === 'amber' ? colours.warn : colours.bad;
  const lines: string[] = [
    colours.bold(file),
    `  ${summary.objectives} objective${summary.objectives === 1 ? '' : 's'}, ${summary.smart} SMART. Plan score ${band(`${score.value}/100 (${score.band})`)}.`,
    `  ${colours.dim(score.explanation)}`,
  ];
  if (summary.objectives === 0) {
    lines.push(
      '  No objectives found: put them under a heading such as Outcomes or Actions, as a list, or in a table whose header row names columns such as Need, What will happen, Who, By when.',
    );
  } else {
    const perCriterion = CRITERIA.map(
      (c) => `${CRITERION_LETTER[c]} ${summary.perCriterion[c]}/${summary.objectives}`,
    ).join(' \u00b7 ');
    const gap = summary.commonestGap
      ? ` Commonest gap: ${CRITERION_LABEL[summary.commonestGap]}.`
      : '';
    lines.push(`  Met: ${perCriterion}.${gap}`);
  }
  for (const verdict of report.objectives) {
    const o = verdict.objective;
    const where = `${capitalise(describeLocation(o.location))}${o.section ? ` (${excerpt(o.section, 40)})` : ''}`;
    lines.push('', ...formatVerdict(where, verdict, colours));
  }
  lines.push('', `  ${colours.bold('Plan checks')}`);
  for (const check of report.checks) {
    const mark = check.met ? colours.ok('\u2713') : colours.bad('\u2717');
    const where = check.evidence ? colours.dim(` (paragraph ${check.evidence.paragraph + 1})`) : '';
    lines.push(`    ${mark} ${check.label}: ${check.message}${where}`);
  }
  return `${lines.join('\n')}\n`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
