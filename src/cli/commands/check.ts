/**
 * `smart-plans check FILE...`: checks plans (.docx, .txt, .md) or, with --objectives, one
 * objective a line. Exit status: 0 when every file was checked, whatever was found; 1 when
 * --fail-on found what it was told to look for; 2 when a file could not be read (the other
 * files are still checked) or the command was used wrongly.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
// Not the core's index: `check --objectives` needs only the objective checker, and the index
// brings the whole-plan readers (stemmer, syllable counts, concern lists) into its start-up.
import { checkObjectiveText, type CheckOptions } from '../../smart/check';
import { CRITERIA, type Criterion, type ObjectiveVerdict } from '../../smart/types';
import type { PlanDocument, PlanReport } from '../../smart';
import {
  MAX_OBJECTIVES,
  PlanFileError,
  countTextLines,
  decodeText,
  readPlanFile,
  readPlanText,
  readTextWithinLimits,
} from '../../docx/read-plan-file';
import { HouseRulesError } from '../../house-rules/error';
import { addStoreOptions } from '../store-options';
import { palette, shouldUseColour, type Palette } from '../format/colour';
import { formatPlanReport, formatVerdict } from '../format/text-report';
import { objectiveJson, objectiveLineJson, planChecksJson, planJson } from '../format/json-report';

export const FORMATS = ['text', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];
export type FailOn = Criterion | 'any';

export interface CheckCommandOptions {
  format: Format;
  objectives?: boolean;
  failOn?: FailOn;
  rules?: string;
  /** A Graph address whose plans site keeps the house rules in its settings list. */
  store?: string;
  site?: string;
  token?: string;
  data?: string;
  today?: Date;
  colour?: boolean;
}

/** Where the command reads and writes, so tests can run it in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<Uint8Array>;
  colour: boolean;
}

export const STDIN = '-';

/** `smart-plans check ... | head` closes the pipe early: stop quietly, as other tools do. */
function quietOnClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export function nodeIo(colour: boolean): CliIo {
  quietOnClosedPipe();
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    colour,
  };
}

/** Usage errors exit 2, like unreadable files; commander's own default would be 1, which --fail-on uses. */
export function exitOnUsageError(command: Command): Command {
  return command.exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });
}

/** DD/MM/YYYY (British, as every date in the product) or ISO YYYY-MM-DD; undefined if neither. */
export function parseBritishDate(value: string): Date | undefined {
  const british = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const [year, month, day] = british
    ? [Number(british[3]), Number(british[2]), Number(british[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  const date = new Date(year, month - 1, day);
  // Reject 31/02/2027 and the like, which Date would roll into March.
  if (Number.isNaN(date.getTime()) || date.getDate() !== day || date.getMonth() !== month - 1)
    return undefined;
  return date;
}

export function parseToday(value: string): Date {
  const date = parseBritishDate(value);
  if (!date) throw new InvalidArgumentError('give a date as DD/MM/YYYY, for example 31/03/2027.');
  return date;
}

export function registerCheck(program: Command): void {
  const command = addStoreOptions(program.command('check'))
    .description('Check plans (.docx, .txt, .md) against SMART and the plan checks.')
    .argument('<files...>', `plan files; "${STDIN}" reads standard input as plain text`)
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--objectives', 'treat each non-empty line of each FILE as one objective')
    .addOption(
      new Option(
        '--fail-on <criterion>',
        'exit with status 1 when an objective does not meet this criterion ("any": any of the five)',
      ).choices([...CRITERIA, 'any']),
    )
    .option('--rules <file>', "check with the organisation's house rules from this file")
    .option('--today <date>', 'check dates as if today were this date (DD/MM/YYYY)', parseToday)
    .option('--no-colour', 'never colour the output (it is only coloured on a terminal anyway)')
    .action(async (files: string[], options: CheckCommandOptions) => {
      const colour = options.colour !== false && shouldUseColour(process.stdout);
      process.exitCode = await runCheck(files, options, nodeIo(colour));
    });
  exitOnUsageError(command);
}

async function loadRuleSet(path: string): Promise<CheckOptions['ruleSet']> {
  // Loaded only when asked for: the schema behind it is a tenth of the command's start-up.
  const { loadRuleSetFile } = await import('../../house-rules/load-file');
  return (await loadRuleSetFile(path)).ruleSet;
}

interface FileResult {
  verdicts: ObjectiveVerdict[];
}

export async function runCheck(
  files: string[],
  options: CheckCommandOptions,
  io: CliIo,
): Promise<number> {
  const colours = palette(io.colour);
  const checkOptions: CheckOptions = {};
  // Today unless told otherwise, so a deadline already past is flagged (timely/past-date).
  checkOptions.today = options.today ?? new Date();
  if (options.rules) {
    try {
      checkOptions.ruleSet = await loadRuleSet(options.rules);
    } catch (error) {
      reportError(io, error, options.rules);
      return 2;
    }
  } else if (options.store) {
    try {
      const { ruleSetFromStore } = await import('../store-rules');
      checkOptions.ruleSet = await ruleSetFromStore({ ...options, store: options.store }, (text) =>
        io.err(text),
      );
    } catch (error) {
      io.err(`smart-plans: ${(error as Error).message}\n`);
      return 2;
    }
  }

  // --format json is written file by file as each is checked, so a run that stops part-way
  // still leaves every finished file's result behind.
  const jsonFiles = new JsonFilesWriter(io);
  const jsonErrors: { file: string; message: string }[] = [];
  const results: FileResult[] = [];
  let failedFiles = 0;

  for (const file of files) {
    try {
      if (options.objectives) {
        const text = await readInputText(file, io);
        if (countTextLines(text) > MAX_OBJECTIVES) {
          throw new PlanFileError(
            file,
            `has more than ${MAX_OBJECTIVES.toLocaleString('en-GB')} lines, each checked as an objective: split it into smaller files and check each`,
          );
        }
        results.push(
          checkObjectiveLines(
            displayName(file),
            text,
            checkOptions,
            options.format,
            colours,
            io,
            jsonFiles,
          ),
        );
      } else {
        const doc = await readInputPlan(file, io);
        // The whole-plan readers, loaded with the first plan (see the imports above).
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy loading
        const { checkPlan } = require('../../smart') as typeof import('../../smart');
        const report = checkPlan(doc, checkOptions);
        results.push({ verdicts: report.objectives });
        writePlan(displayName(file), report, options.format, colours, io, jsonFiles);
      }
    } catch (error) {
      failedFiles++;
      const message = reportError(io, error, file);
      jsonErrors.push({ file: displayName(file), message });
    }
  }

  if (options.format === 'json') {
    jsonFiles.end(jsonErrors);
  } else if (options.format === 'text' && files.length > 1) {
    const checked = files.length - failedFiles;
    const unread =
      failedFiles > 0 ? `; ${failedFiles} could not be read (see the error messages)` : '';
    io.out(`\nChecked ${checked} of ${files.length} files${unread}.\n`);
  }

  if (failedFiles > 0) return 2;
  const failOn = options.failOn;
  if (failOn && results.some((r) => r.verdicts.some((v) => fails(v, failOn)))) return 1;
  return 0;
}

/**
 * Writes `{"files": [...], "errors": [...]}` as JSON.stringify(value, null, 2) would, one file
 * at a time.
 */
class JsonFilesWriter {
  private count = 0;

  constructor(private readonly io: CliIo) {}

  push(file: unknown): void {
    this.io.out(
      `${this.count === 0 ? '{\n  "files": [\n' : ',\n'}${indent(JSON.stringify(file, null, 2), 4)}`,
    );
    this.count++;
  }

  end(errors: unknown[]): void {
    const files = this.count === 0 ? '{\n  "files": [],' : '\n  ],';
    this.io.out(
      `${files}\n  "errors": ${indent(JSON.stringify(errors, null, 2), 2).trimStart()}\n}\n`,
    );
  }
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

function fails(verdict: ObjectiveVerdict, failOn: FailOn): boolean {
  return failOn === 'any' ? !verdict.smart : !verdict.criteria[failOn].met;
}

function checkObjectiveLines(
  file: string,
  content: string,
  options: CheckOptions,
  format: Format,
  colours: Palette,
  io: CliIo,
  jsonFiles: JsonFilesWriter,
): FileResult {
  const verdicts: ObjectiveVerdict[] = [];
  const lines: ReturnType<typeof objectiveLineJson>[] = [];
  const textBlocks: string[] = [];
  content.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const verdict = checkObjectiveText(text, options);
    verdicts.push(verdict);
    const line = objectiveLineJson(file, index + 1, verdict);
    if (format === 'jsonl') io.out(`${JSON.stringify(line)}\n`);
    else if (format === 'json') lines.push(line);
    else textBlocks.push(formatVerdict(`Line ${index + 1}`, verdict, colours).join('\n'));
  });
  if (format === 'json') jsonFiles.push({ file, objectives: lines });
  if (format === 'text') {
    const smart = verdicts.filter((v) => v.smart).length;
    io.out(
      `${colours.bold(file)}\n  ${verdicts.length} objective${verdicts.length === 1 ? '' : 's'}, ${smart} SMART.\n\n${textBlocks.join('\n\n')}\n`,
    );
  }
  return { verdicts };
}

function writePlan(
  file: string,
  report: PlanReport,
  format: Format,
  colours: Palette,
  io: CliIo,
  jsonFiles: JsonFilesWriter,
): void {
  switch (format) {
    case 'text':
      io.out(formatPlanReport(file, report, colours));
      return;
    case 'json':
      jsonFiles.push(planJson(file, report));
      return;
    case 'jsonl':
      for (const verdict of report.objectives)
        io.out(`${JSON.stringify(objectiveJson(file, verdict))}\n`);
      io.out(`${JSON.stringify(planChecksJson(file, report))}\n`);
      return;
  }
}

async function readInputText(file: string, io: CliIo): Promise<string> {
  if (file !== STDIN) return readPlanText(file);
  const text = decodeText(await io.readStdin());
  if (text === undefined)
    throw new PlanFileError(file, 'is binary, not text: pipe in plain text, one objective a line');
  if (text.trim() === '')
    throw new PlanFileError(file, 'was empty: pipe in plain text, one objective a line');
  return text;
}

async function readInputPlan(file: string, io: CliIo): Promise<PlanDocument> {
  if (file !== STDIN) return readPlanFile(file);
  return readTextWithinLimits(await readInputText(file, io), 'text', file);
}

/** One line on stderr naming the file and what to do; never the plan's text. */
function reportError(io: CliIo, error: unknown, file: string): string {
  const name = displayName(file);
  if (error instanceof HouseRulesError) {
    // Its message names the file and the bad field already.
    io.err(`smart-plans: ${error.message}\n`);
    return error.message;
  }
  let message: string;
  if (error instanceof PlanFileError) {
    message = error.message;
  } else {
    // An unexpected failure inside the checker: its message could quote the plan, so it is not shown.
    message = `could not be checked because of an internal error (${error instanceof Error ? error.name : 'unknown'}): please report it with the command you ran, not the file`;
    // Where it failed, for whoever fixes it: the stack without its first line (the message).
    if (process.env.SMART_PLANS_DEBUG && error instanceof Error && error.stack) {
      io.err(`${error.stack.split('\n').slice(1).join('\n')}\n`);
    }
  }
  io.err(`smart-plans: ${name}: ${message}\n`);
  return message;
}

function displayName(file: string): string {
  return file === STDIN ? 'standard input' : file;
}
