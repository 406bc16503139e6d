/**
 * The audit as a spreadsheet: one row per objective. RFC 4180 (CRLF, fields quoted when they
 * hold a comma, quote or line break, quotes doubled), and guarded against formula injection:
 * plan text is untrusted, and a cell beginning with = + - @ (or a tab or carriage return)
 * would be run as a formula by Excel, so it is prefixed with an apostrophe. The findings are
 * the report's sentences, not rule ids.
 */
import { CRITERIA, CRITERION_LETTER } from '../smart';
import { describeLocation } from './location';
import type { AuditResult } from './types';
import { folderCounts } from './worry-counts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** The columns before the last, whose label says what the folder's plans count (see below). */
export const CSV_HEADER = [
  'File',
  'Location',
  'Section',
  'Objective',
  ...CRITERIA.map((c) => CRITERION_LETTER[c]),
  'Rules not met',
  'Advice',
];

/** A message as a sentence: capital first, full stop last. */
function sentence(text: string): string {
  const t = text.trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * The whole file. It starts with a byte-order mark because Excel, which most teams will open it
 * in, otherwise reads UTF-8 as the legacy code page and garbles names such as "Zoë".
 */
export function auditCsv(result: AuditResult): string {
  const counts = folderCounts(result.plans);
  const lines: string[] = ['\uFEFF' + csvRow([...CSV_HEADER, `${counts.label} in plan`])];
  for (const plan of result.plans) {
    for (const objective of plan.objectives) {
      // In words, as the report shows them: the rules not met, then the advice (the checker's
      // nudges that leave the verdict alone, and the change it suggests for each finding).
      const errors = new Set<string>();
      const advice = new Set<string>();
      for (const f of objective.findings) {
        (f.severity === 'error' ? errors : advice).add(sentence(f.message));
        if (f.fix) advice.add(sentence(f.fix));
      }
      lines.push(
        csvRow([
          plan.file,
          describeLocation(objective.location),
          objective.section ?? '',
          objective.text,
          ...CRITERIA.map((c) => (objective.letters[c] ? 'met' : 'not met')),
          [...errors].join(' '),
          [...advice].join(' '),
          counts.inWords(plan),
        ]),
      );
    }
  }
  return lines.join('');
}
