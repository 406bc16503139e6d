/**
 * Sign-in for the task pane and the tab, in a tenant. The rest of the code asks `getToken` and
 * never touches MSAL (Office-Add-in-SSO-NAA's shape: one place creates the client).
 *
 * - **Nested app authentication** where the host supports it: Word where the `NestedAppAuth 1.1`
 *   requirement set is met, Teams where teams-js recommends the NAA channel. MSAL's
 *   `createNestablePublicClientApplication`; the host signs the person in, usually with no prompt.
 * - **The documented fallback** elsewhere (MSAL does not throw where NAA is missing; it falls back
 *   silently, so the host is asked first): in Word, the Office dialog API opens `auth.html`,
 *   which signs in with MSAL and passes the result back with `messageParent`; in Teams,
 *   `authentication.authenticate` opens `auth.html`, which signs in and says only that it did
 *   (Teams' docs: never pass the token through notifySuccess); the tab then reads the token from
 *   MSAL's cache, shared with the window on the same origin. In a plain browser, an MSAL popup.
 * - Silent first; interactive only on `InteractionRequiredAuthError` (or no account yet).
 *   `forceRefresh` (Graph answered 401) skips the cache once.
 *
 * Who is signed in comes from the ID token's claims (MSAL's account), never from the host's
 * context. Tokens are never logged.
 */
import {
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenProvider } from '../graph/client';
import type { Person } from '../plans/model';
import type { TenantConfig } from './config';
import { signInFailed } from './errors';
import { GRAPH_DELEGATED_SCOPES } from './scopes';

export type SignInMode = 'nested' | 'office-dialog' | 'teams-window' | 'popup' | 'rehearsal';

export interface SignIn {
  mode: SignInMode;
  getToken: TokenProvider;
  /** The signed-in person from the ID token's claims, once known. */
  account(): Person | undefined;
}

export { signInFailed };

export function authority(config: TenantConfig): string {
  return `https://login.microsoftonline.com/${config.tenantId}`;
}

export function redirectUri(config: TenantConfig, pageUrl: string): string {
  return config.redirectUri ?? new URL('auth.html', pageUrl).toString();
}

export function personOf(account: AccountInfo | null | undefined): Person | undefined {
  if (!account) return undefined;
  const claims = account.idTokenClaims as
    { preferred_username?: string; email?: string; upn?: string; name?: string } | undefined;
  const email = claims?.preferred_username ?? claims?.upn ?? claims?.email ?? account.username;
  return { name: account.name ?? claims?.name ?? email ?? 'You', email: email || undefined };
}

/**
 * Silent first, then `interactive` when MSAL says interaction is required (or no one has signed
 * in yet). Used by every MSAL-backed mode.
 */
export function msalSignIn(
  pca: IPublicClientApplication,
  mode: SignInMode,
  interactive: (scopes: string[]) => Promise<AuthenticationResult | AccountInfo>,
  scopes: readonly string[] = GRAPH_DELEGATED_SCOPES,
): SignIn {
  const request = [...scopes];
  let current: AccountInfo | null = null;
  const account = () => current ?? pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null;
  const silent = async (forceRefresh: boolean, who: AccountInfo | null) => {
    const r = await pca.acquireTokenSilent({
      scopes: request,
      account: who ?? undefined,
      forceRefresh,
    });
    current = r.account;
    pca.setActiveAccount(r.account);
    return r.accessToken;
  };
  return {
    mode,
    account: () => personOf(account()),
    getToken: async (opts) => {
      const who = account();
      try {
        return await silent(Boolean(opts?.forceRefresh), who);
      } catch (e) {
        if (who && !(e instanceof InteractionRequiredAuthError)) throw signInFailed(errorName(e));
      }
      let result: AuthenticationResult | AccountInfo;
      try {
        result = await interactive(request);
      } catch (e) {
        throw signInFailed(`the sign-in window ${errorName(e)}`);
      }
      if ('accessToken' in result) {
        current = result.account;
        pca.setActiveAccount(result.account);
        return result.accessToken;
      }
      // The window signed in and left the tokens in MSAL's cache: read them silently.
      try {
        return await silent(false, result);
      } catch (e) {
        throw signInFailed(errorName(e));
      }
    },
  };
}

function errorName(e: unknown): string {
  const code = (e as { errorCode?: string } | undefined)?.errorCode;
  return code ? `MSAL: ${code}` : e instanceof Error ? e.name : 'failed';
}

/** The Office.js calls sign-in needs, so tests can stand in for Word. */
export interface OfficeAuthHost {
  isSetSupported(name: string, version: string): boolean;
  displayDialog(url: string): Promise<string>;
}

/** The teams-js calls sign-in needs, so tests can stand in for Teams. */
export interface TeamsAuthHost {
  isNAAChannelRecommended(): boolean;
  authenticate(url: string): Promise<string>;
}

function standardClient(config: TenantConfig, pageUrl: string): Promise<IPublicClientApplication> {
  return createStandardPublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: authority(config),
      redirectUri: redirectUri(config, pageUrl),
    },
    // Shared with auth.html on the same origin, so a window's sign-in serves the page.
    cache: { cacheLocation: 'localStorage' },
  });
}

async function nestedClient(config: TenantConfig): Promise<IPublicClientApplication> {
  return createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: authority(config) },
  });
}

/** Word: NAA where `NestedAppAuth 1.1` is met, else the Office dialog fallback. */
export async function createWordSignIn(
  config: TenantConfig,
  office: OfficeAuthHost,
  pageUrl: string,
): Promise<SignIn> {
  if (office.isSetSupported('NestedAppAuth', '1.1')) {
    const pca = await nestedClient(config);
    return msalSignIn(pca, 'nested', (scopes) => pca.acquireTokenPopup({ scopes }));
  }
  const pca = await standardClient(config, pageUrl);
  return msalSignIn(pca, 'office-dialog', async () => {
    const message = await office.displayDialog(new URL('auth.html?host=word', pageUrl).toString());
    return dialogResult(message);
  });
}

/** The dialog's message: the MSAL result the dialog obtained (Office-Add-in-SSO-NAA's fallback). */
export function dialogResult(message: string): AuthenticationResult {
  let parsed: { status?: string; result?: AuthenticationResult; error?: string };
  try {
    parsed = JSON.parse(message) as typeof parsed;
  } catch {
    throw new Error('unreadable answer');
  }
  if (parsed.status !== 'success' || !parsed.result?.accessToken)
    throw new Error(parsed.error ?? 'no result');
  return parsed.result;
}

/** Teams: NAA where teams-js recommends it, else `authentication.authenticate` with auth.html. */
export async function createTeamsSignIn(
  config: TenantConfig,
  teams: TeamsAuthHost,
  pageUrl: string,
): Promise<SignIn> {
  if (teams.isNAAChannelRecommended()) {
    const pca = await nestedClient(config);
    return msalSignIn(pca, 'nested', (scopes) => pca.acquireTokenPopup({ scopes }));
  }
  const pca = await standardClient(config, pageUrl);
  return msalSignIn(pca, 'teams-window', async () => {
    await teams.authenticate(new URL('auth.html?host=teams', pageUrl).toString());
    const account = pca.getAllAccounts()[0];
    if (!account) throw new Error('no account after the window closed');
    return account;
  });
}

/** A plain browser (the tab or playground outside Teams, in a tenant): an MSAL popup. */
export async function createBrowserSignIn(config: TenantConfig, pageUrl: string): Promise<SignIn> {
  const pca = await standardClient(config, pageUrl);
  return msalSignIn(pca, 'popup', (scopes) => pca.acquireTokenPopup({ scopes }));
}
