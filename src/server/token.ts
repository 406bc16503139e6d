/**
 * The data folder's local-mode secret (see src/graph/local-token.ts): created on first start,
 * 32 random bytes in base64url, readable by its owner only, and compared in constant time.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_TOKEN_FILE } from '../graph/local-token';

export function ensureLocalToken(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCAL_TOKEN_FILE);
  try {
    // 'wx': never overwrite a token another process has just written.
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  // A file copied in with wider permissions is narrowed: the token is as good as the data.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const token = readFileSync(file, 'utf8').trim();
  if (token.length < 16)
    throw new Error(
      `The local-mode token in ${file} is too short: delete the file and start again to make a new one.`,
    );
  return token;
}

/** True when `header` is `Bearer <token>`; constant time in the token's content. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return false;
  const given = Buffer.from(m[1]);
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}
