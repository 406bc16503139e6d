/**
 * The options `check` and `audit` share for reading the house rules saved in the plans site
 * (src/cli/store-rules.ts); kept apart from it so defining them loads no Graph code.
 */
import type { Command } from 'commander';

export function addStoreOptions(command: Command): Command {
  return command
    .option(
      '--store <graph-url>',
      'use the house rules saved in the plans site at this Graph address, as everyone else does (local mode: http://127.0.0.1:3000/graph/v1.0)',
    )
    .option('--site <site>', 'with --store: the plans site (id or URL)', 'root')
    .option(
      '--token <token>',
      'with --store in local mode: its token (else SMART_PLANS_TOKEN or --data)',
    )
    .option(
      '--data <dir>',
      'with --store in local mode: the folder whose local-token to use',
      './.smart-plans',
    );
}
