/**
 * One way to connect, for the task pane, the tab, the playground and the CLI: given the deploy
 * configuration it decides where the data is (the Graph base URL and the plans site) and who is
 * asking (the signed-in person from the ID token's claims or Graph `/me`; in local mode whoever
 * the page says, since there is no sign-in). Faces get a `PlanStore` and nothing else from here.
 * Browser-safe; the sign-in itself is in sign-in.ts and is handed in.
 */
import { GraphClient, type RetryOptions, type TokenProvider } from '../graph/client';
import { GraphPlanStore } from '../graph/plan-store';
import type { Person } from '../plans/model';
import type { PlanStore } from '../plans/store';
import { siteLabel, type DeployConfig, type TenantConfig } from './config';

export interface Connection {
  mode: DeployConfig['mode'];
  config: DeployConfig;
  store: PlanStore;
  /** The Graph base URL the store talks to. */
  graphBaseUrl: string;
  /** The plans site as Graph addresses it (`root` in local mode). */
  siteId: string;
  /** The plans site's name for messages. */
  siteName: string;
  /**
   * Who is asking: the signed-in person (token claims, else Graph /me) in a tenant; in local mode
   * the local user if the page names one, else undefined (everyone's plans).
   */
  whoAmI(): Promise<Person | undefined>;
}

export interface ConnectOptions {
  config: DeployConfig;
  /** The pages' origin: local mode's Graph is `<origin>/graph/v1.0`. */
  origin: string;
  /** Local mode's per-run secret (readLocalToken), sent as a bearer token when present. */
  localToken?: string;
  /** Local mode has no sign-in: the person the page was opened as (`?as=`), if any. */
  localUser?: Person;
  /** A tenant's sign-in (sign-in.ts, or the rehearsal's test provider). */
  signIn?: { getToken: TokenProvider; account(): Person | undefined };
  retry?: RetryOptions;
}

/**
 * Words for a 403 from the plans site, that a social worker can pass to IT as they are: the app
 * needs `Sites.Selected` access granted on the site (or the person is not a member of it).
 */
export function forbiddenAdvice(config: TenantConfig): string {
  return (
    `SMART Plans was refused access to the plans site "${siteLabel(config)}" (${config.siteUrl}). ` +
    `Nothing you entered here has been lost. Please send this message to your IT support: ` +
    `an administrator must grant the SMART Plans app (client id ${config.clientId}) ` +
    `Sites.Selected access ("write") to that SharePoint site, and you must be a member of the site.`
  );
}

/** The site id for a plans site address: `host:/path:` as Graph accepts it in a site path. */
export function siteIdFromUrl(siteUrl: string): string {
  const u = new URL(siteUrl);
  const path = u.pathname.replace(/\/+$/, '');
  return path ? `${u.host}:${path}:` : u.host;
}

export function connect(options: ConnectOptions): Connection {
  const { config } = options;
  if (config.mode === 'local') {
    const graphBaseUrl = `${options.origin}/graph/v1.0`;
    const token = options.localToken;
    const client = new GraphClient({
      baseUrl: graphBaseUrl,
      getToken: token ? async () => token : undefined,
      retry: options.retry,
    });
    return {
      mode: 'local',
      config,
      store: new GraphPlanStore({ client, siteId: 'root' }),
      graphBaseUrl,
      siteId: 'root',
      siteName: 'local mode',
      whoAmI: async () => options.localUser,
    };
  }
  if (!options.signIn)
    throw new Error('A tenant connection needs a sign-in (src/connect/sign-in.ts).');
  const signIn = options.signIn;
  const client = new GraphClient({
    baseUrl: config.graphBaseUrl,
    getToken: signIn.getToken,
    retry: options.retry,
    forbiddenAdvice: forbiddenAdvice(config),
  });
  const siteId = config.siteId ?? siteIdFromUrl(config.siteUrl);
  let me: Promise<Person | undefined> | undefined;
  return {
    mode: 'tenant',
    config,
    store: new GraphPlanStore({ client, siteId }),
    graphBaseUrl: client.baseUrl,
    siteId,
    siteName: siteLabel(config),
    whoAmI: async () => {
      // Signing in (silently where it can) tells us who from the ID token's claims.
      await signIn.getToken();
      const fromToken = signIn.account();
      if (fromToken?.email) return fromToken;
      me ??= client
        .get<{ displayName?: string; mail?: string; userPrincipalName?: string }>(
          'me?$select=displayName,mail,userPrincipalName',
        )
        .then((u) => {
          const email = u.mail ?? u.userPrincipalName;
          return { name: u.displayName ?? email ?? 'You', email };
        });
      return me;
    },
  };
}
