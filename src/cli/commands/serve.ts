/**
 * `smart-plans serve`: local mode. Serves the playground, the Word task pane and the Teams tab,
 * and the local lists service under /graph/v1.0, stored in SQLite in --data. Graph calls need the
 * data folder's secret (printed here, kept in --data/local-token, carried by the served pages);
 * it listens on 127.0.0.1 unless --host says otherwise, and says so.
 */
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { startServer, type RunningServer } from '../../server';

interface ServeOptions {
  port: number;
  host: string;
  data: string;
  demo?: boolean;
  auth?: boolean;
  allowHost?: string[];
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('give a port number from 1 to 65535, e.g. --port 3000.');
  return n;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function describeServer(s: RunningServer, opts: { host: string; dataDir: string }): string {
  const lines = [
    `SMART Plans is running in local mode.`,
    ``,
    `  Playground      ${s.url}/playground.html`,
    `  Word task pane  ${s.url}/taskpane.html`,
    `  Teams tab       ${s.url}/tab.html`,
    `  Graph (lists)   ${s.graphUrl}`,
    ``,
    `  Data            ${path.join(opts.dataDir, 'lists.sqlite')}`,
    `  Token           ${s.token}`,
    `                  (kept in ${path.join(opts.dataDir, 'local-token')}; Graph clients send`,
    `                  "Authorization: Bearer <token>", the served pages carry it)`,
    ``,
    ...(s.rehearsal
      ? [
          `Tenant rehearsal (--auth): sign-in required. Graph is on its own origin,`,
          `  ${s.rehearsal.graphUrl}`,
          `with Graph's CORS and 401s; test tokens come from ${s.rehearsal.tokenUrl}.`,
          ``,
        ]
      : []),
    LOOPBACK.has(opts.host)
      ? `Only this computer can reach it (${opts.host}), and only with the token.`
      : `It is listening on ${opts.host}: anyone who can reach this address and has the token can read and change the plans. Use only fictional data, or stop and run without --host.`,
    `Press Ctrl+C to stop.`,
  ];
  return lines.join('\n') + '\n';
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Run local mode: the pages and a local lists service that speaks the same Graph API, with no tenant.',
    )
    .option(
      '-p, --port <port>',
      'port to listen on (0 picks a free one)',
      parsePort,
      Number(process.env.PORT ?? 3000),
    )
    .option(
      '--host <address>',
      'address to listen on; anything but 127.0.0.1 exposes the data to the network (the token still applies)',
      '127.0.0.1',
    )
    .option(
      '--allow-host <name:port>',
      "another Host name to answer (e.g. this machine's name when listening on 0.0.0.0); repeatable",
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--data <dir>', 'folder for the plans database', './.smart-plans')
    .option(
      '--demo',
      'add fictional plans (reviews due and overdue relative to today) to an empty store',
    )
    .option(
      '--auth',
      'tenant rehearsal: Graph on another port with sign-in required (test tokens), pages told so by their deploy configuration',
    )
    .action(async (opts: ServeOptions) => {
      const dataDir = path.resolve(opts.data);
      let server: RunningServer;
      try {
        server = await startServer({
          port: opts.port,
          host: opts.host,
          dataDir,
          demo: opts.demo,
          auth: opts.auth,
          allowedHosts: opts.allowHost,
        });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EADDRINUSE')
          throw new Error(
            `Port ${opts.port} is already in use. Stop the other program, or choose another port, e.g. --port ${opts.port + 1}.`,
          );
        if (err.code === 'EACCES')
          throw new Error(
            `Not allowed to listen on ${opts.host}:${opts.port}. Choose a port above 1024.`,
          );
        throw e;
      }
      process.stdout.write(describeServer(server, { host: opts.host, dataDir }));
      const stop = () => {
        process.stdout.write('Stopping...\n');
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
