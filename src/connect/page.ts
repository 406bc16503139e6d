/**
 * Connecting a page (task pane, tab, playground): reads the deploy configuration beside the page,
 * then connects in local mode (with the local token the server put in the page, if any) or to the
 * tenant with the sign-in that fits the host. MSAL is loaded only for a tenant.
 */
import type { RetryOptions } from '../graph/client';
import { readLocalToken } from '../graph/local-token';
import type { Person } from '../plans/model';
import { loadDeployConfig, type DeployConfig, type TenantConfig } from './config';
import { connect, type Connection } from './connect';
import type { OfficeAuthHost, SignIn, TeamsAuthHost } from './sign-in';

export type PageHost =
  | { kind: 'word'; office: () => OfficeAuthHost }
  | { kind: 'teams'; teams: () => TeamsAuthHost }
  | { kind: 'browser' };

export interface PageConnectOptions {
  host: PageHost;
  /** Local mode only: the person the page was opened as (`?as=`). */
  localUser?: Person;
  retry?: RetryOptions;
  /** Already read (tests, or a page that needs it before connecting). */
  config?: DeployConfig;
}

async function signInFor(config: TenantConfig, host: PageHost, pageUrl: string): Promise<SignIn> {
  // The rehearsal's test provider, only where the rehearsal's own configuration asks for it.
  if (config.rehearsal) {
    const { createRehearsalSignIn } = await import('./rehearsal-sign-in');
    return createRehearsalSignIn(config);
  }
  const signIn = await import('./sign-in');
  switch (host.kind) {
    case 'word':
      return signIn.createWordSignIn(config, host.office(), pageUrl);
    case 'teams':
      return signIn.createTeamsSignIn(config, host.teams(), pageUrl);
    default:
      return signIn.createBrowserSignIn(config, pageUrl);
  }
}

export async function connectPage(options: PageConnectOptions): Promise<Connection> {
  const pageUrl = window.location.href;
  const config = options.config ?? (await loadDeployConfig(pageUrl));
  if (config.mode === 'local')
    return connect({
      config,
      origin: window.location.origin,
      localToken: readLocalToken(document),
      localUser: options.localUser,
      retry: options.retry,
    });
  return connect({
    config,
    origin: window.location.origin,
    signIn: await signInFor(config, options.host, pageUrl),
    retry: options.retry,
  });
}
