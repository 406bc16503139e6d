/**
 * Sign-in inside Word and Teams: MSAL nested app authentication (the host signs the user in and
 * hands our add-in a token, no popup in the common case), with a documented fallback to a
 * standard MSAL popup where the host does not support NAA (older Office builds, a plain
 * browser). Silent first, interactive only when MSAL says interaction is required. The rest of
 * the code asks `getToken` and never touches MSAL. Browser only.
 *
 * Delegated permission: Sites.Selected (the signed-in user's access to the one site, further
 * limited to what the app was granted there), plus User.Read for sign-in.
 */
import {
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TokenProvider } from './client';

import { GRAPH_DELEGATED_SCOPES } from '../connect/scopes';
export { GRAPH_DELEGATED_SCOPES };

export interface NaaConfig {
  clientId: string;
  /** Default: the organisations endpoint (any work or school tenant). */
  authority?: string;
  /** Where the popup fallback returns; an SPA redirect URI registered on the app. */
  redirectUri?: string;
  scopes?: string[];
}

export type SignInMode = 'nested' | 'popup';

async function create(cfg: NaaConfig, mode: SignInMode): Promise<IPublicClientApplication> {
  const auth = {
    clientId: cfg.clientId,
    authority: cfg.authority ?? 'https://login.microsoftonline.com/organizations',
    redirectUri: cfg.redirectUri,
  };
  return mode === 'nested'
    ? createNestablePublicClientApplication({ auth })
    : createStandardPublicClientApplication({ auth });
}

/**
 * A token provider for Graph. Tries nested app authentication; if the host does not support it,
 * falls back to a standard popup sign-in. `onMode` says which one is in use (for the UI).
 */
export async function createDelegatedTokenProvider(
  cfg: NaaConfig,
  onMode?: (m: SignInMode) => void,
): Promise<TokenProvider> {
  const scopes = cfg.scopes ?? [...GRAPH_DELEGATED_SCOPES];
  let pca: IPublicClientApplication;
  let mode: SignInMode = 'nested';
  try {
    pca = await create(cfg, 'nested');
  } catch {
    mode = 'popup';
    pca = await create(cfg, 'popup');
  }
  onMode?.(mode);
  return async () => {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    try {
      const r = await pca.acquireTokenSilent({ scopes, account });
      return r.accessToken;
    } catch (e) {
      if (!(e instanceof InteractionRequiredAuthError) && account) throw e;
      const r = await pca.acquireTokenPopup({ scopes });
      pca.setActiveAccount(r.account);
      return r.accessToken;
    }
  };
}
