/**
 * The `smart-plans` command line. Each command lives in its own module under ./commands and
 * registers itself here; this file only wires them up and turns unexpected errors into a
 * one-line message and exit status 2.
 */
import { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Each command's module is loaded only when that command runs (or for help): `check` starts
 * without loading the Graph client, SQLite or the audit's workers.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading is the point here */
const COMMANDS: Record<string, () => Register> = {
  check: () => (require('./commands/check') as typeof import('./commands/check')).registerCheck,
  eval: () => (require('./commands/eval') as typeof import('./commands/eval')).registerEval,
  serve: () => (require('./commands/serve') as typeof import('./commands/serve')).registerServe,
  provision: () =>
    (require('./commands/provision') as typeof import('./commands/provision')).registerProvision,
  audit: () => (require('./commands/audit') as typeof import('./commands/audit')).registerAudit,
  remind: () => (require('./commands/remind') as typeof import('./commands/remind')).registerRemind,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The program; given the command about to run, only that command's module is loaded. */
export function buildProgram(command?: string): Command {
  const program = new Command('smart-plans')
    .description(
      "Check children's plans against SMART, and keep plans and reviews in SharePoint lists.",
    )
    .version('0.1.0')
    .showHelpAfterError();
  const only = command !== undefined && command in COMMANDS ? [command] : Object.keys(COMMANDS);
  for (const name of only) COMMANDS[name]()(program);
  return program;
}

if (require.main === module) {
  buildProgram(process.argv[2])
    .parseAsync(process.argv)
    .catch((err: unknown) => {
      process.stderr.write(`smart-plans: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    });
}
