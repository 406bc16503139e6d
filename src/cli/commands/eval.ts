/**
 * `smart-plans eval FILE.jsonl`: runs the checker over human-labelled objectives and prints how
 * well it catches what fails (../shared/eval/README.md). Exit status 0 when it ran, 2 when the
 * file cannot be read or has bad lines, 1 with --fail-under when the macro F1 is below it.
 */
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  CRITERIA,
  CRITERION_LABEL,
  checkObjectiveText,
  smartLetters,
  type CheckOptions,
  type ObjectiveVerdict,
} from '../../smart';
import {
  computeMetrics,
  findDisagreements,
  parseLabelledJsonl,
  type EvalMetrics,
  type Scored,
} from '../eval-metrics';
import { palette, shouldUseColour, type Palette } from '../format/colour';
import { excerpt } from '../format/text-report';
import { exitOnUsageError, nodeIo, parseToday } from './check';

interface EvalCommandOptions {
  json?: boolean;
  showErrors?: boolean;
  today?: Date;
  failUnder?: number;
  colour?: boolean;
}

/** Lines of a bad labelled file shown before giving up; the rest are counted. */
const MAX_LINE_ERRORS = 5;

function parseFraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1)
    throw new InvalidArgumentError('give a number from 0 to 1, for example 0.95.');
  return n;
}

export function registerEval(program: Command): void {
  const command = program
    .command('eval')
    .description(
      'Measure the checker against labelled objectives (JSONL, one labelled objective a line).',
    )
    .argument(
      '<file>',
      'labelled objectives: {"text", "specific", "measurable", "realistic", "timely", "outcome"} a line',
    )
    .option('--json', 'print the figures as JSON')
    .option('--show-errors', 'list each objective where the checker and the label disagree')
    .option('--today <date>', 'check dates as if today were this date (DD/MM/YYYY)', parseToday)
    .addOption(
      new Option(
        '--fail-under <f1>',
        'exit with status 1 when the macro F1 is below this',
      ).argParser(parseFraction),
    )
    .option('--no-colour', 'never colour the output')
    .action(async (file: string, options: EvalCommandOptions) => {
      process.exitCode = await runEval(
        file,
        options,
        nodeIo(options.colour !== false && shouldUseColour(process.stdout)),
      );
    });
  exitOnUsageError(command);
}

export interface EvalIo {
  out(text: string): void;
  err(text: string): void;
  colour: boolean;
}

export async function runEval(
  file: string,
  options: EvalCommandOptions,
  io: EvalIo,
): Promise<number> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what =
      code === 'ENOENT'
        ? 'was not found: check the path (npm run eval expects ../shared/eval/dev.jsonl)'
        : code === 'EISDIR'
          ? 'is a folder: give the labelled .jsonl file'
          : `cannot be read (${code ?? 'unknown error'}): check the file and try again`;
    io.err(`smart-plans: ${file}: ${what}\n`);
    return 2;
  }
  const { items, errors } = parseLabelledJsonl(content);
  if (errors.length > 0) {
    for (const e of errors.slice(0, MAX_LINE_ERRORS))
      io.err(`smart-plans: ${file}: line ${e.line} ${e.message}\n`);
    const more =
      errors.length > MAX_LINE_ERRORS ? ` (and ${errors.length - MAX_LINE_ERRORS} more)` : '';
    io.err(
      `smart-plans: ${file}: fix the lines above${more}; each line needs "text" and true/false for the five criteria\n`,
    );
    return 2;
  }
  if (items.length === 0) {
    io.err(`smart-plans: ${file}: has no labelled objectives: give one JSON object a line\n`);
    return 2;
  }

  const checkOptions: CheckOptions = options.today ? { today: options.today } : {};
  const verdicts = new Map<string, ObjectiveVerdict>();
  const scored: Scored[] = items.map((item) => {
    const verdict = checkObjectiveText(item.text, checkOptions);
    verdicts.set(`${item.line}`, verdict);
    return { item, predicted: smartLetters(verdict) };
  });
  const metrics = computeMetrics(scored);
  const disagreements = options.showErrors ? findDisagreements(scored) : [];

  if (options.json) {
    const payload = options.showErrors
      ? {
          file,
          ...metrics,
          disagreements: disagreements.map((d) => ({
            ...d,
            ruleIds:
              verdicts.get(`${d.line}`)?.criteria[d.criterion].findings.map((f) => f.ruleId) ?? [],
          })),
        }
      : { file, ...metrics };
    io.out(`${JSON.stringify(payload, null, 2)}\n`);
  } else {
    const colours = palette(io.colour);
    io.out(formatMetrics(file, metrics, colours));
    if (options.showErrors) {
      io.out(`\n${colours.bold(`Disagreements (${disagreements.length})`)}\n`);
      const byLine = new Map<number, typeof disagreements>();
      for (const d of disagreements) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);
      for (const item of items) {
        const own = byLine.get(item.line);
        if (!own) continue;
        const verdict = verdicts.get(`${item.line}`);
        io.out(`\n  ${colours.bold(item.id)}  ${colours.dim(excerpt(item.text, 120))}\n`);
        for (const d of own) {
          const rules = verdict?.criteria[d.criterion].findings.map((f) => f.ruleId) ?? [];
          const said = d.predicted
            ? 'checker: met'
            : `checker: not met${rules.length ? ` (${rules.join(', ')})` : ''}`;
          io.out(
            `    ${CRITERION_LABEL[d.criterion]}: label ${d.expected ? 'met' : 'not met'}, ${said}\n`,
          );
        }
      }
    }
  }

  if (options.failUnder !== undefined && metrics.macro.f1 < options.failUnder) {
    io.err(
      `smart-plans: macro F1 ${metrics.macro.f1.toFixed(3)} is below --fail-under ${options.failUnder}\n`,
    );
    return 1;
  }
  return 0;
}

const fixed = (n: number): string => n.toFixed(3);

export function formatMetrics(file: string, metrics: EvalMetrics, colours: Palette): string {
  const rows = [
    ['criterion', 'precision', 'recall', 'F1', 'not met', 'tp', 'fp', 'fn'],
    ...CRITERIA.map((c) => {
      const m = metrics.perCriterion[c];
      return [
        c,
        fixed(m.precision),
        fixed(m.recall),
        fixed(m.f1),
        `${m.support}`,
        `${m.truePositives}`,
        `${m.falsePositives}`,
        `${m.falseNegatives}`,
      ];
    }),
    [
      'macro',
      fixed(metrics.macro.precision),
      fixed(metrics.macro.recall),
      fixed(metrics.macro.f1),
      '',
      '',
      '',
      '',
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const table = rows.map((r, index) => {
    const line = r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
    return index === 0 || index === rows.length - 1 ? colours.bold(line) : line;
  });
  const whole = metrics.wholeObjective;
  return [
    `${colours.bold(file)}: ${metrics.objectives} labelled objectives; figures for the not-met class`,
    '',
    ...table.map((l) => `  ${l}`),
    '',
    `  Whole-objective verdicts (all five met or not): ${whole.agreed}/${metrics.objectives} agree (${(whole.agreement * 100).toFixed(1)}%)`,
    `  Labelled SMART on all five and passed clean: ${metrics.smartPassClean.passed}/${metrics.smartPassClean.of} (${percent(metrics.smartPassClean.passed, metrics.smartPassClean.of)})`,
    `  Labelled short of SMART and flagged: ${metrics.shortFlagged.flagged}/${metrics.shortFlagged.of} (${percent(metrics.shortFlagged.flagged, metrics.shortFlagged.of)})`,
    '',
  ].join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(0)}%`;
}
