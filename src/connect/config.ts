/**
 * The deploy configuration: where the data is. Either local mode (the lists service beside the
 * pages, the default) or an organisation's tenant: the Entra app (client id, tenant id), the
 * Graph endpoint and the plans site. Browser-safe.
 *
 * How the pages get it: at startup each page reads `deploy-config.json` from beside itself
 * (same origin, never cached). `npm run build` writes it into dist/web from the file named by
 * SMART_PLANS_DEPLOY_CONFIG (validated here); without one there is no file and the pages run in
 * local mode. `smart-plans serve` answers it itself: local mode, or with `--auth` the rehearsal's
 * tenant configuration. The CLI reads the same file from SMART_PLANS_DEPLOY_CONFIG.
 */
import { z } from 'zod';

export const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

const guid = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'must be a GUID such as 00000000-0000-0000-0000-000000000000',
  );
const httpsOrLoopback = z
  .string()
  .url('must be a full URL')
  .refine((u) => {
    const url = new URL(u);
    return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  }, 'must use https (plain http only for 127.0.0.1 in rehearsal)');

const tenantSchema = z
  .object({
    mode: z.literal('tenant'),
    /** The Entra app registration's Application (client) ID. */
    clientId: guid,
    /** The directory (tenant) ID. */
    tenantId: guid,
    /** Graph's base URL with its version; default https://graph.microsoft.com/v1.0. */
    graphBaseUrl: httpsOrLoopback
      .refine((u) => /\/(v1\.0|beta)\/?$/.test(u), 'must end with /v1.0 or /beta')
      .default(GRAPH_V1),
    /** The plans site's address, e.g. https://contoso.sharepoint.com/sites/plans. */
    siteUrl: httpsOrLoopback,
    /** Its Graph site id (host,siteCollectionId,webId); found from siteUrl when absent. */
    siteId: z.string().min(1).optional(),
    /** The site's name as people know it, for messages; default: the last part of siteUrl. */
    siteName: z.string().min(1).optional(),
    /** Where the sign-in window returns (an SPA redirect URI); default <pages>/auth.html. */
    redirectUri: httpsOrLoopback.optional(),
    /**
     * Only in `smart-plans serve --auth`: a test token endpoint stands in for Microsoft's sign-in.
     * Refused unless it is on this computer (127.0.0.1 or localhost).
     */
    rehearsal: z
      .object({
        tokenUrl: z
          .string()
          .url()
          .refine(
            (u) => ['127.0.0.1', 'localhost'].includes(new URL(u).hostname),
            'must be on 127.0.0.1 or localhost',
          ),
      })
      .optional(),
  })
  .strict();

const localSchema = z.object({ mode: z.literal('local') }).strict();

export const deployConfigSchema = z.discriminatedUnion('mode', [localSchema, tenantSchema]);

export type LocalConfig = z.infer<typeof localSchema>;
export type TenantConfig = z.infer<typeof tenantSchema>;
export type DeployConfig = LocalConfig | TenantConfig;

export const LOCAL_CONFIG: LocalConfig = { mode: 'local' };

export class DeployConfigError extends Error {
  override name = 'DeployConfigError';
}

/** Validates a parsed deploy configuration; the error names each bad field and why. */
export function parseDeployConfig(value: unknown, source = 'deploy-config.json'): DeployConfig {
  const r = deployConfigSchema.safeParse(value);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
  throw new DeployConfigError(
    `The deploy configuration ${source} is not valid (${problems.join('; ')}). Fix it as the README's "Deploying to a tenant" shows, then reload.`,
  );
}

/** The site's name for messages: its configured name, else the last part of its address. */
export function siteLabel(config: TenantConfig): string {
  if (config.siteName) return config.siteName;
  const parts = new URL(config.siteUrl).pathname.split('/').filter(Boolean);
  return decodeURIComponent(parts[parts.length - 1] ?? new URL(config.siteUrl).hostname);
}

/**
 * Reads `deploy-config.json` from beside the page. No file (404) means local mode; a file that
 * is there but invalid is an error, never a silent fall back to local mode.
 */
export async function loadDeployConfig(
  pageUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<DeployConfig> {
  const url = new URL('deploy-config.json', pageUrl).toString();
  let res: Response;
  try {
    res = await fetchFn(url, { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    return LOCAL_CONFIG;
  }
  if (res.status === 404) return LOCAL_CONFIG;
  if (!res.ok)
    throw new DeployConfigError(
      `The deploy configuration could not be read (HTTP ${res.status}). Reload the page; if it keeps happening, tell your IT support.`,
    );
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new DeployConfigError(
      'The deploy configuration deploy-config.json is not valid JSON. Tell your IT support.',
    );
  }
  return parseDeployConfig(json);
}
