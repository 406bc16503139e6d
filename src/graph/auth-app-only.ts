/**
 * App-only sign-in for the reminder job and `smart-plans provision` (Node only: never imported
 * by browser code). A client secret or a certificate, from @azure/identity; the credential
 * caches and refreshes its token. Least privilege: the app registration holds the application
 * permission Sites.Selected, and a tenant admin grants it `write` on the one SharePoint site
 * (`manage` while provisioning lists; see README "Permissions").
 */
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  type TokenCredential,
} from '@azure/identity';
import type { TokenProvider } from './client';

export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export interface AppOnlyConfig {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  /** PEM file with the certificate and its private key. */
  certificatePath?: string;
}

export function appOnlyCredential(cfg: AppOnlyConfig): TokenCredential {
  if (cfg.certificatePath)
    return new ClientCertificateCredential(cfg.tenantId, cfg.clientId, {
      certificatePath: cfg.certificatePath,
    });
  if (cfg.clientSecret)
    return new ClientSecretCredential(cfg.tenantId, cfg.clientId, cfg.clientSecret);
  throw new Error('App-only sign-in needs a client secret or a certificate.');
}

export function appOnlyTokenProvider(
  cfg: AppOnlyConfig,
  scope = GRAPH_DEFAULT_SCOPE,
): TokenProvider {
  const credential = appOnlyCredential(cfg);
  return async () => {
    const token = await credential.getToken(scope);
    if (!token)
      throw new Error(
        'Could not get a token for Microsoft Graph: check the app registration and its secret or certificate.',
      );
    return token.token;
  };
}

/**
 * From the environment: AZURE_TENANT_ID, AZURE_CLIENT_ID, and AZURE_CLIENT_SECRET or
 * AZURE_CLIENT_CERTIFICATE_PATH. Throws a message naming what is missing.
 */
export function appOnlyFromEnv(env: NodeJS.ProcessEnv = process.env): TokenProvider {
  const tenantId = env.AZURE_TENANT_ID;
  const clientId = env.AZURE_CLIENT_ID;
  const clientSecret = env.AZURE_CLIENT_SECRET;
  const certificatePath = env.AZURE_CLIENT_CERTIFICATE_PATH;
  const missing = [
    !tenantId && 'AZURE_TENANT_ID',
    !clientId && 'AZURE_CLIENT_ID',
    !clientSecret && !certificatePath && 'AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH',
  ].filter(Boolean);
  if (missing.length) {
    throw new Error(
      `To reach SharePoint, set ${missing.join(', ')} (the app registration that was granted Sites.Selected on the site).`,
    );
  }
  return appOnlyTokenProvider({
    tenantId: tenantId!,
    clientId: clientId!,
    clientSecret,
    certificatePath,
  });
}
