/**
 * `smart-plans provision --site <url|local>`: creates the SharePoint lists (or upgrades them:
 * missing columns and indexes are added, nothing is dropped) and prints what it changed. A
 * second run changes nothing. Against a tenant it signs in app-only from AZURE_* variables.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { connectCli } from '../../connect/cli';
import { GRAPH_BASE_URL } from '../../graph/client';
import { findLocalToken } from '../../graph/local-token';
import { provisionLists, resolveSiteId, type ProvisionReport } from '../../graph/lists';

interface ProvisionOptions {
  site: string;
  graphUrl?: string;
  data: string;
  token?: string;
}

export function describeReport(r: ProvisionReport): string {
  if (r.changes.length === 0)
    return `Nothing to change: all ${r.unchanged.length} lists are up to date on site ${r.siteId}.\n`;
  const lines = r.changes.map((c) =>
    c.action === 'created list'
      ? `  created list   ${c.list}`
      : `  ${c.action.padEnd(14)} ${c.list}: ${c.column}`,
  );
  if (r.unchanged.length) lines.push(`  up to date     ${r.unchanged.join(', ')}`);
  return `Provisioned site ${r.siteId}:\n${lines.join('\n')}\n`;
}

export function registerProvision(program: Command): void {
  program
    .command('provision')
    .description(
      'Create or upgrade the SMART lists on a SharePoint site (idempotent: never drops data).',
    )
    .requiredOption(
      '--site <url|local>',
      'SharePoint site URL, e.g. https://contoso.sharepoint.com/sites/Children, or "local"',
    )
    .option(
      '--graph-url <url>',
      `Graph endpoint (default ${GRAPH_BASE_URL}; for local, a running "smart-plans serve")`,
    )
    .option(
      '--data <dir>',
      'with --site local: the local data folder (to provision, or whose local-token file holds the secret of the running server)',
      './.smart-plans',
    )
    .option(
      '--token <secret>',
      'with --site local and --graph-url: the secret "smart-plans serve" printed (or SMART_PLANS_TOKEN)',
    )
    .action(async (opts: ProvisionOptions) => {
      const local = opts.site === 'local';
      let report: ProvisionReport;
      if (local && !opts.graphUrl) {
        // No server running: provision the data folder through an in-process local service.
        const { startServer } = await import('../../server');
        const server = await startServer({ port: 0, dataDir: path.resolve(opts.data) });
        report = server.provisioned;
        await server.close();
      } else {
        // One way to connect (src/connect): app-only sign-in for a tenant; local mode's own
        // token (--token, SMART_PLANS_TOKEN or the data folder's local-token).
        const localToken = local
          ? findLocalToken({
              token: opts.token,
              dataDir: path.resolve(opts.data),
              env: process.env,
            })
          : undefined;
        if (local && !localToken)
          throw new Error(
            'No local-mode token: give --token, set SMART_PLANS_TOKEN, or point --data at the folder "smart-plans serve" uses.',
          );
        const { client } = await connectCli({
          graphUrl: opts.graphUrl ?? GRAPH_BASE_URL,
          site: local ? 'root' : opts.site,
          ...(localToken ? { getToken: () => Promise.resolve(localToken) } : {}),
        });
        const siteId = await resolveSiteId(client, opts.site);
        report = await provisionLists(client, siteId, { includeOutbox: local });
      }
      process.stdout.write(describeReport(report));
    });
}
