/**
 * `smart-plans remind`: sends each supervisor (and, with --owners, each owner) one digest of the
 * reviews, core groups and objectives due or overdue. Meant to run once a day (README: cron, an
 * Azure Functions timer or a GitHub Actions schedule). Exit status: 0 when every digest went
 * out or had nothing new, 1 when a digest failed (it is retried on the next run), 2 when the job
 * could not run at all (bad options, store unreachable).
 */
import { Command, InvalidArgumentError } from 'commander';
import { connectCli, deployConfigFromEnv, isLocalGraph } from '../../connect/cli';
import { GRAPH_BASE_URL, type TokenProvider } from '../../graph/client';
import { findLocalToken } from '../../graph/local-token';
import { REGIONS, type Region } from '../../plans/bank-holidays';
import { isIsoDate } from '../../plans/iso-date';
import { describeProblems } from '../../house-rules/load';
import { HouseRulesError, loadRuleSetFile } from '../../house-rules/load-file';
import { HouseRulesStore, type SettingsSource } from '../../house-rules/store';
import { mergeSchedule, type ScheduleConfig } from '../../plans/schedule';
import { StoreError, type PlanStore } from '../../plans/store';
import { runReminders, type RemindEvent, type RemindSummary } from '../../reminders/job';
import { GraphSender, LocalOutboxSender, withRetries, type Sender } from '../../reminders/send';

export const LOCAL_GRAPH_URL = 'http://127.0.0.1:3000/graph/v1.0';

export interface RemindCommandOptions {
  graphUrl: string;
  site: string;
  now?: string;
  within: number;
  dryRun?: boolean;
  json?: boolean;
  owners?: boolean;
  mailbox?: string;
  teamsAppId?: string;
  appUrl?: string;
  region?: Region;
  /** A house-rules file; without it the house rules saved in the settings list apply. */
  rules?: string;
  /** Local mode's secret; else SMART_PLANS_TOKEN, else the file `local-token` in `data`. */
  token?: string;
  /** Local mode's data folder, where its `local-token` is kept (default ./.smart-plans). */
  data?: string;
}

export interface RemindIo {
  out(text: string): void;
  err(text: string): void;
}

/** Seams for tests: a sender that fails on demand, a clock that moves. */
export interface RemindDeps {
  sender?: Sender;
  store?: PlanStore;
  clock?: () => Date;
  getToken?: TokenProvider;
  /** Retries of a failed send within the run (default 3 tries, waits from 1 s doubling). */
  sendRetry?: { tries?: number; baseDelayMs?: number };
}

/** Today's date in the UK, whatever the server's time zone: a job at 00:30 BST is on the new day. */
export function ukToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** Local mode is any Graph URL that is not Microsoft's (the local lists service). */
export { isLocalGraph };

function describe(event: Extract<RemindEvent, { type: 'digest' }>): string {
  const skipped = Object.entries(event.skippedItems)
    .map(([reason, n]) => `${n} ${reason.replace(/-/g, ' ')}`)
    .join(', ');
  const items = `${event.items} item${event.items === 1 ? '' : 's'}${event.overdue ? ` (${event.overdue} overdue)` : ''}`;
  switch (event.status) {
    case 'sent':
      return `Sent to ${event.recipient} (${event.role}) by ${event.channel}: ${items}.`;
    case 'would-send':
      return `Would send to ${event.recipient} (${event.role}): ${items}.`;
    case 'failed':
      return `Failed for ${event.recipient} (${event.role}): ${event.error}`;
    case 'skipped':
      return `Nothing new for ${event.recipient} (${event.role})${skipped ? `: ${skipped}` : ''}.`;
  }
}

export async function remindCommand(
  opts: RemindCommandOptions,
  io: RemindIo,
  deps: RemindDeps = {},
): Promise<{ exitCode: number; summary?: RemindSummary }> {
  let getToken = deps.getToken;
  if (isLocalGraph(opts.graphUrl) && !getToken) {
    const token = findLocalToken({
      token: opts.token,
      dataDir: opts.data ?? './.smart-plans',
      env: process.env,
    });
    if (!token) {
      io.err(
        `No local-mode token: give --token, set SMART_PLANS_TOKEN, or point --data at the folder "smart-plans serve" uses (it keeps the token in the file local-token there).\n`,
      );
      return { exitCode: 2 };
    }
    getToken = () => Promise.resolve(token);
  }
  // One way to connect (src/connect): local mode, or the tenant's plans site signed in app-only.
  const connection = await connectCli({
    graphUrl: opts.graphUrl,
    site: opts.site,
    getToken,
    config: deployConfigFromEnv(),
  });
  const { local, client } = connection;
  const store = deps.store ?? connection.store;
  const sender = withRetries(
    deps.sender ??
      (local
        ? new LocalOutboxSender(client, connection.siteId)
        : new GraphSender({
            client,
            fromMailbox: opts.mailbox,
            teamsAppId: opts.teamsAppId,
            // The reason carries no recipient or plan details, only Graph's status and code.
            onTeamsFallback: (reason) => io.err(`${reason} Sent by email instead.\n`),
          })),
    deps.sendRetry,
  );
  const appUrl = (
    opts.appUrl ?? (local ? opts.graphUrl.replace(/\/graph\/v1\.0\/?$/, '') : undefined)
  )?.replace(/\/+$/, '');
  let schedule: ScheduleConfig;
  try {
    schedule = await loadSchedule(opts, store, io);
  } catch (err) {
    if (!(err instanceof HouseRulesError)) throw err;
    io.err(`${err.message}\n`);
    return { exitCode: 2 };
  }
  const today = opts.now ?? ukToday(deps.clock?.());

  let summary: RemindSummary;
  try {
    summary = await runReminders({
      store,
      sender,
      today,
      withinDays: opts.within,
      owners: opts.owners,
      dryRun: opts.dryRun,
      schedule,
      clock: deps.clock,
      planLink: (plan) =>
        appUrl && plan.id
          ? `${appUrl}/tab.html#/plan/${encodeURIComponent(plan.id)}`
          : plan.documentUrl,
      onEvent: (event) => {
        if (opts.json) io.out(`${JSON.stringify(event)}\n`);
        else if (event.type === 'warning') io.err(`Warning: ${event.message}\n`);
        else io.out(`${describe(event)}\n`);
      },
    });
  } catch (err) {
    if (!(err instanceof StoreError) || err.status !== 0) throw err;
    io.err(`${unreachable(opts.graphUrl, local)}\n`);
    return { exitCode: 2 };
  }
  const counts: Record<string, number | boolean> = {
    sent: summary.sent,
    skipped: summary.skipped,
    failed: summary.failed,
  };
  if (opts.dryRun) Object.assign(counts, { wouldSend: summary.wouldSend ?? 0, dryRun: true });
  if (opts.json) io.out(`${JSON.stringify(counts)}\n`);
  else {
    io.out(
      `${opts.dryRun ? `Dry run: would send ${summary.wouldSend ?? 0}; ` : ''}` +
        `sent ${summary.sent} digest${summary.sent === 1 ? '' : 's'}, skipped ${summary.skipped}, failed ${summary.failed} ` +
        `(${summary.plans} plans read, ${summary.dueItems} items due or overdue as at ${today}).\n`,
    );
    if (summary.failed > 0)
      io.err('Failed digests are retried on the next run; see LastError in the Reminders list.\n');
  }
  return { exitCode: summary.failed > 0 ? 1 : 0, summary };
}

/** Which URL was tried, and how to give another: the default assumes `serve` on port 3000. */
export function unreachable(graphUrl: string, local: boolean): string {
  const how = local
    ? ` Is "smart-plans serve" running? It listens on port 3000 unless started with --port; give its address with --graph-url (for example --graph-url http://127.0.0.1:3100/graph/v1.0) or set SMART_PLANS_GRAPH_URL.`
    : ' Check the network, or give another address with --graph-url or SMART_PLANS_GRAPH_URL.';
  return `Could not reach the plan store at ${graphUrl}.${how}`;
}

function isSettingsSource(store: PlanStore): store is PlanStore & SettingsSource {
  const s = store as Partial<SettingsSource>;
  return typeof s.getSetting === 'function' && typeof s.putSetting === 'function';
}

/**
 * The review schedule the reminders follow: the house rules' timescales (from --rules, else the
 * settings list), with --region on top. A bad file stops the job (exit 2, the field named); bad
 * or unreadable rules in the list only warn, and the last good or built-in timescales apply, as
 * in every other face.
 */
async function loadSchedule(
  opts: RemindCommandOptions,
  store: PlanStore,
  io: RemindIo,
): Promise<ScheduleConfig> {
  let schedule: ScheduleConfig;
  if (opts.rules) {
    schedule = (await loadRuleSetFile(opts.rules)).schedule;
  } else if (isSettingsSource(store)) {
    const snapshot = await new HouseRulesStore(store).load();
    if (snapshot.unreachable)
      io.err(
        `Warning: could not read the house rules (${snapshot.unreachable.replace(/\.$/, '')}); using the statutory timescales.\n`,
      );
    else if (snapshot.problems.length > 0)
      io.err(
        `Warning: the house rules in the settings list have a problem (${describeProblems(snapshot.problems)}); using the statutory timescales until a site owner fixes them.\n`,
      );
    schedule = snapshot.loaded.schedule;
  } else {
    schedule = (await new HouseRulesStore(undefined).load()).loaded.schedule;
  }
  return opts.region ? mergeSchedule({ region: opts.region }, schedule) : schedule;
}

function parseDays(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 366) {
    throw new InvalidArgumentError('Give a whole number of days from 0 to 366, e.g. --within 7.');
  }
  return n;
}

function parseDate(value: string): string {
  if (!isIsoDate(value))
    throw new InvalidArgumentError('Give the date as YYYY-MM-DD, e.g. --now 2027-03-31.');
  return value;
}

function parseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return value;
  } catch {
    // fall through to the message
  }
  throw new InvalidArgumentError(
    `Give a full http(s) URL ending in /v1.0, e.g. ${LOCAL_GRAPH_URL}.`,
  );
}

function parseRegion(value: string): Region {
  if (!(REGIONS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`Use one of ${REGIONS.join(', ')}.`);
  }
  return value as Region;
}

export function registerRemind(program: Command): void {
  program
    .command('remind')
    .description(
      'Send each supervisor one digest of the reviews, core groups and objectives due or overdue (run it daily).',
    )
    .option(
      '--graph-url <url>',
      `Graph base URL: ${GRAPH_BASE_URL} for a tenant, or the local lists service`,
      parseUrl,
      process.env.SMART_PLANS_GRAPH_URL ?? LOCAL_GRAPH_URL,
    )
    .option(
      '--site <id>',
      'the plans site: its id or its URL (https://contoso.sharepoint.com/sites/plans)',
      process.env.SMART_PLANS_SITE ?? 'root',
    )
    .option(
      '--now <date>',
      'judge due dates as at this date (YYYY-MM-DD); default today in the UK',
      parseDate,
    )
    .option('--within <days>', 'remind about items due within this many days', parseDays, 7)
    .option('--dry-run', 'show who would get a digest; send and record nothing')
    .option('--json', 'print JSON lines, ending with {"sent": N, "skipped": N, "failed": N}')
    .option('--owners', 'also send each owner a digest of their own items')
    .option(
      '--mailbox <upn>',
      'mailbox that sends reminder emails (tenant)',
      process.env.SMART_PLANS_MAILBOX,
    )
    .option(
      '--teams-app-id <id>',
      'Teams app id, to notify in the activity feed where it is installed (tenant)',
      process.env.SMART_PLANS_TEAMS_APP_ID,
    )
    .option(
      '--app-url <url>',
      'where the tab is served, for links in digests',
      process.env.SMART_PLANS_APP_URL,
    )
    .option('--region <region>', `bank holidays: ${REGIONS.join(', ')}`, parseRegion)
    .option(
      '--rules <file>',
      'house rules (JSON) whose timescales the reminders follow; default: the house rules saved in the settings list',
    )
    .option(
      '--data <dir>',
      'local mode: the data folder of "smart-plans serve", whose local-token file holds the secret',
      './.smart-plans',
    )
    .option(
      '--token <secret>',
      'local mode: the secret "smart-plans serve" printed (or SMART_PLANS_TOKEN)',
    )
    .action(async (opts: RemindCommandOptions) => {
      const io: RemindIo = {
        out: (text) => void process.stdout.write(text),
        err: (text) => void process.stderr.write(text),
      };
      const { exitCode } = await remindCommand(opts, io);
      process.exitCode = exitCode;
    });
}
