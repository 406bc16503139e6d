/**
 * Local mode for tests: a GraphClient that carries the data folder's token (as every real
 * client must), `fetch` with the token, and the server as a child process (for tests that kill
 * it, or that must not take the test runner down with it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { GraphClient, type GraphClientOptions } from '../../src/graph/client';
import { readLocalTokenFile } from '../../src/graph/local-token';
import type { RunningServer } from '../../src/server';

const ROOT = path.resolve(__dirname, '../..');

/** What a client needs to reach a local server: its Graph URL and its token. */
export interface LocalEndpoint {
  graphUrl: string;
  token: string;
}

export function endpointOf(server: RunningServer): LocalEndpoint {
  return { graphUrl: server.graphUrl, token: server.token };
}

/** A GraphClient for a local server (in this process or a child), with its token. */
export function localClient(
  server: RunningServer | LocalEndpoint,
  opts: Omit<GraphClientOptions, 'baseUrl' | 'getToken'> = {},
): GraphClient {
  const token = server.token;
  return new GraphClient({
    ...opts,
    baseUrl: server.graphUrl,
    getToken: () => Promise.resolve(token),
  });
}

/** `fetch` with the bearer token (and JSON content type when a body is given as an object). */
export function authFetch(token: string) {
  return (url: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (!headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    return fetch(url, { ...init, headers, body });
  };
}

export interface ChildServer extends LocalEndpoint {
  child: ChildProcess;
  url: string;
  /** Everything the child wrote to stderr so far. */
  stderr(): string;
}

/**
 * `smart-plans serve` in a child process on a free port; resolves when it prints its addresses.
 * `nodeArgs` go to node (e.g. a heap limit).
 */
export function startChildServer(
  dataDir: string,
  opts: { nodeArgs?: string[]; args?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    // The tsx loader in this very process (not the tsx CLI, which would fork a grandchild that
    // SIGKILL would miss): the child is the server.
    const child = spawn(
      process.execPath,
      [
        ...(opts.nodeArgs ?? []),
        '--import',
        'tsx',
        path.join(ROOT, 'src/cli/index.ts'),
        'serve',
        '--port',
        '0',
        '--data',
        dataDir,
        ...(opts.args ?? []),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env },
    );
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${out}\n${err}`));
    }, 60000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Graph \(lists\)\s+(http:\/\/\S+)/.exec(out);
      if (m && /Press Ctrl\+C/.test(out)) {
        clearTimeout(timer);
        const token = readLocalTokenFile(dataDir);
        if (!token) return reject(new Error('the server wrote no local-token file'));
        resolve({
          child,
          graphUrl: m[1],
          url: m[1].replace(/\/graph\/v1\.0$/, ''),
          token,
          stderr: () => err,
        });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}\n${err}`));
    });
  });
}

/** Stops a child server with SIGKILL and waits for it to go. */
export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
