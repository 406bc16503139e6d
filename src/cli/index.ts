/**
 * The `smart-plans` command line. Each command lives in its own module under ./commands and
 * registers itself here; this file only wires them up and turns unexpected errors into a
 * one-line message and exit status 2.
 */
import { Command } from 'commander';
import { registerCheck } from './commands/check';
import { registerEval } from './commands/eval';
import { registerServe } from './commands/serve';
import { registerProvision } from './commands/provision';
import { registerAudit } from './commands/audit';
import { registerRemind } from './commands/remind';

export function buildProgram(): Command {
  const program = new Command('smart-plans')
    .description(
      "Check children's plans against SMART, and keep plans and reviews in SharePoint lists.",
    )
    .version('0.1.0')
    .showHelpAfterError();
  registerCheck(program);
  registerEval(program);
  registerServe(program);
  registerProvision(program);
  registerAudit(program);
  registerRemind(program);
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((err: unknown) => {
      process.stderr.write(`smart-plans: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    });
}
