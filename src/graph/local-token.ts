/**
 * The local-mode secret: like Graph, local mode asks for `Authorization: Bearer <secret>`, and the
 * secret is per data folder, kept in the file `local-token` there (as Jupyter keeps its token).
 * Pages served by local mode carry it in `<meta name="smart-plans-local-token">`; Node callers
 * (remind, provision, tests) read the file. This module is imported by the pages, so it has no
 * Node imports: the file is read through `process.getBuiltinModule`, which webpack never follows.
 */

/** The meta element local mode injects into every HTML page it serves. */
export const LOCAL_TOKEN_META = 'smart-plans-local-token';
/** File name of the secret inside the data folder. */
export const LOCAL_TOKEN_FILE = 'local-token';
/** Environment variable that gives the secret to CLI commands. */
export const LOCAL_TOKEN_ENV = 'SMART_PLANS_TOKEN';

/** The token the serving page carries, or undefined when the page was not served by local mode. */
export function readLocalToken(doc: Document): string | undefined {
  const meta = doc.querySelector(`meta[name="${LOCAL_TOKEN_META}"]`);
  const value = meta?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

/** A token provider for GraphClient from the serving page (null when the page carries none). */
export function pageTokenProvider(doc: Document): () => Promise<string | null> {
  return () => Promise.resolve(readLocalToken(doc) ?? null);
}

interface FsLike {
  readFileSync(path: string, encoding: 'utf8'): string;
}

function nodeFs(): FsLike {
  // Node >= 20.16 and 22.3: a built-in module without an import webpack would try to bundle.
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as FsLike | undefined;
  if (!fs) throw new Error('Reading the local-mode token needs Node.js 20.16 or later.');
  return fs;
}

/**
 * The secret kept in `<dataDir>/local-token`, or undefined when the folder has none yet (the
 * server creates it on first start). Only whitespace around it is dropped.
 */
export function readLocalTokenFile(dataDir: string): string | undefined {
  const file = `${dataDir.replace(/[\\/]+$/, '')}/${LOCAL_TOKEN_FILE}`;
  try {
    const value = nodeFs().readFileSync(file, 'utf8').trim();
    return value ? value : undefined;
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * The token a Node caller should send: an explicit one (`--token`), else SMART_PLANS_TOKEN,
 * else the data folder's file.
 */
export function findLocalToken(opts: {
  token?: string;
  dataDir?: string;
  env?: Record<string, string | undefined>;
}): string | undefined {
  if (opts.token?.trim()) return opts.token.trim();
  const fromEnv = opts.env?.[LOCAL_TOKEN_ENV]?.trim();
  if (fromEnv) return fromEnv;
  return opts.dataDir ? readLocalTokenFile(opts.dataDir) : undefined;
}
