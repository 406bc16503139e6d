/**
 * The test token provider that stands in for MSAL in the tenant rehearsal
 * (`smart-plans serve --auth`). Used only when the deploy configuration carries `rehearsal`,
 * which only the rehearsal serves, and only for a token endpoint on this computer. It behaves as
 * MSAL does for the pages: a cached token until shortly before it expires (then a new one,
 * silently), and a new one when asked to refresh after a 401.
 */
import type { TokenProvider } from '../graph/client';
import type { Person } from '../plans/model';
import type { TenantConfig } from './config';
import { signInFailed } from './errors';
import type { SignIn } from './sign-in';

/** MSAL renews a cached token this long before it expires. */
const RENEW_BEFORE_MS = 1000;

export function createRehearsalSignIn(
  config: TenantConfig,
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): SignIn {
  const tokenUrl = config.rehearsal?.tokenUrl;
  if (!tokenUrl || !['127.0.0.1', 'localhost'].includes(new URL(tokenUrl).hostname))
    throw new Error('The rehearsal token provider is only for a token endpoint on this computer.');
  let cached: { token: string; expiresAt: number } | undefined;
  let person: Person | undefined;
  const getToken: TokenProvider = async (opts) => {
    if (!opts?.forceRefresh && cached && cached.expiresAt - RENEW_BEFORE_MS > Date.now())
      return cached.token;
    let res: Response;
    try {
      res = await fetchFn(tokenUrl, { method: 'POST' });
    } catch {
      throw signInFailed('the sign-in service could not be reached');
    }
    const body = (await res.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      account?: { name?: string; username?: string };
      error?: string;
    };
    if (!res.ok || !body.access_token) {
      cached = undefined;
      throw signInFailed(body.error ?? `HTTP ${res.status}`);
    }
    cached = {
      token: body.access_token,
      expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000,
    };
    if (body.account?.username)
      person = { name: body.account.name ?? body.account.username, email: body.account.username };
    return cached.token;
  };
  return { mode: 'rehearsal', getToken, account: () => person };
}
