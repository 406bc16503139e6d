/**
 * The CLI's side of one way to connect (`remind`, `provision`): the same decision as the pages,
 * from the Graph URL and site the command was given (or the deploy configuration named by
 * SMART_PLANS_DEPLOY_CONFIG): local mode needs no token; a tenant signs in app-only from the
 * AZURE_* variables (src/graph/auth-app-only.ts). Node only.
 */
import { readFileSync } from 'node:fs';
import { GraphClient, type RetryOptions, type TokenProvider } from '../graph/client';
import { GraphPlanStore } from '../graph/plan-store';
import { parseDeployConfig, type TenantConfig } from './config';
import { forbiddenAdvice, siteIdFromUrl } from './connect';

/** Graph in a national or global cloud; anything else is a local lists service. */
export function isLocalGraph(graphUrl: string): boolean {
  const host = new URL(graphUrl).hostname.toLowerCase();
  return !/(^|\.)graph\.microsoft\.(com|us)$|(^|\.)microsoftgraph\.chinacloudapi\.cn$/.test(host);
}

/** The tenant configuration from SMART_PLANS_DEPLOY_CONFIG, if it names one. */
export function deployConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): TenantConfig | undefined {
  const file = env.SMART_PLANS_DEPLOY_CONFIG;
  if (!file) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(
      `Could not read the deploy configuration ${file} (SMART_PLANS_DEPLOY_CONFIG): ${(err as Error).message}.`,
    );
  }
  const config = parseDeployConfig(json, file);
  return config.mode === 'tenant' ? config : undefined;
}

export interface CliConnection {
  local: boolean;
  client: GraphClient;
  store: GraphPlanStore;
  siteId: string;
}

export async function connectCli(opts: {
  graphUrl: string;
  /** Site id, `root` (local), or a SharePoint site URL. */
  site: string;
  getToken?: TokenProvider;
  retry?: RetryOptions;
  config?: TenantConfig;
}): Promise<CliConnection> {
  const local = isLocalGraph(opts.graphUrl);
  let getToken = opts.getToken;
  if (!local && !getToken) {
    // Loaded only for a tenant: @azure/identity is not needed in local mode.
    const { appOnlyFromEnv } = await import('../graph/auth-app-only');
    getToken = appOnlyFromEnv();
  }
  const siteId = /^https?:\/\//i.test(opts.site) ? siteIdFromUrl(opts.site) : opts.site;
  const client = new GraphClient({
    baseUrl: opts.graphUrl,
    getToken,
    retry: opts.retry,
    forbiddenAdvice: opts.config ? forbiddenAdvice(opts.config) : undefined,
  });
  return { local, client, siteId, store: new GraphPlanStore({ client, siteId }) };
}
