/**
 * Builds the Teams app package: dist/teams-app.zip with manifest.json and the two icons, ready
 * to upload in Teams (Apps > Manage your apps > Upload an app) or the Teams admin centre.
 *
 * The tab URL and ids come from configuration, never from editing the manifest by hand:
 *   TEAMS_TAB_URL        https base URL where tab.html is served, e.g. https://plans.example.org/
 *   TEAMS_APP_ID         the Teams app id (a GUID; keep it stable across versions)
 *   TEAMS_AAD_CLIENT_ID  the Entra ID app registration used for SSO / nested app authentication
 *   TEAMS_APP_VERSION    the app version (defaults to package.json's)
 *   TEAMS_CONFIG or --config <file>: a JSON file with { tabUrl, appId, aadClientId, version }.
 * Environment variables win over the file; anything unset keeps manifest/teams/manifest.json's
 * local-mode value. The manifest is checked against the Teams JSON schema shipped in
 * @microsoft/app-manifest (offline) before zipping, and the zip is read back and checked again.
 *
 *   npm run package -- [--config teams.config.json] [--out dist/teams-app.zip]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import JSZip from 'jszip';

const ROOT = resolve(__dirname, '..');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TeamsPackageConfig {
  tabUrl?: string;
  appId?: string;
  aadClientId?: string;
  version?: string;
}

/** The parts of the manifest this script rewrites; the rest passes through untouched. */
interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  icons: { color: string; outline: string };
  staticTabs: { entityId: string; contentUrl: string; websiteUrl?: string }[];
  configurableTabs: { configurationUrl: string }[];
  validDomains: string[];
  webApplicationInfo: {
    id: string;
    resource: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
  [key: string]: unknown;
}

export class PackageError extends Error {
  override name = 'PackageError';
}

export function readConfig(env: NodeJS.ProcessEnv, argv: string[]): TeamsPackageConfig {
  const flag = argv.indexOf('--config');
  const file = flag >= 0 ? argv[flag + 1] : env.TEAMS_CONFIG;
  let fromFile: TeamsPackageConfig = {};
  if (file) {
    try {
      fromFile = JSON.parse(readFileSync(resolve(file), 'utf8')) as TeamsPackageConfig;
    } catch (err) {
      throw new PackageError(
        `Could not read the Teams package configuration ${file}: ${(err as Error).message}. ` +
          'It must be a JSON file such as manifest/teams/config.example.json.',
      );
    }
  }
  return {
    tabUrl: env.TEAMS_TAB_URL ?? fromFile.tabUrl,
    appId: env.TEAMS_APP_ID ?? fromFile.appId,
    aadClientId: env.TEAMS_AAD_CLIENT_ID ?? fromFile.aadClientId,
    version: env.TEAMS_APP_VERSION ?? fromFile.version,
  };
}

/** Applies the configuration to the manifest template; every URL is derived from one base URL. */
export function buildManifest(template: TeamsManifest, config: TeamsPackageConfig): TeamsManifest {
  const manifest = JSON.parse(JSON.stringify(template)) as TeamsManifest;
  if (config.appId !== undefined) {
    if (!GUID.test(config.appId))
      throw new PackageError(`TEAMS_APP_ID must be a GUID; got "${config.appId}".`);
    manifest.id = config.appId;
  }
  if (config.version !== undefined) manifest.version = config.version;
  if (config.tabUrl !== undefined) {
    let base: URL;
    try {
      base = new URL(config.tabUrl.endsWith('/') ? config.tabUrl : `${config.tabUrl}/`);
    } catch {
      throw new PackageError(
        `TEAMS_TAB_URL must be a full URL such as https://plans.example.org/; got "${config.tabUrl}".`,
      );
    }
    if (base.protocol !== 'https:')
      throw new PackageError(
        `Teams only loads tabs over https; TEAMS_TAB_URL is "${config.tabUrl}".`,
      );
    const at = (path: string) => new URL(path, base).toString();
    manifest.developer.websiteUrl = base.toString();
    manifest.developer.privacyUrl = at('privacy.html');
    manifest.developer.termsOfUseUrl = at('terms.html');
    for (const tab of manifest.staticTabs) {
      const route = tab.entityId === 'supervision' ? 'supervisor' : 'plans';
      tab.contentUrl = at(`tab.html#/${route}`);
      tab.websiteUrl = tab.contentUrl;
    }
    for (const tab of manifest.configurableTabs) tab.configurationUrl = at('tab.html#/config');
    manifest.validDomains = [base.host];
    manifest.webApplicationInfo.resource = `api://${base.host}/${manifest.webApplicationInfo.id}`;
    for (const naa of manifest.webApplicationInfo.nestedAppAuthInfo)
      naa.redirectUri = `brk-multihub://${base.host}`;
  }
  if (config.aadClientId !== undefined) {
    if (!GUID.test(config.aadClientId))
      throw new PackageError(`TEAMS_AAD_CLIENT_ID must be a GUID; got "${config.aadClientId}".`);
    const host = manifest.validDomains[0];
    manifest.webApplicationInfo.id = config.aadClientId;
    manifest.webApplicationInfo.resource = `api://${host}/${config.aadClientId}`;
  }
  return manifest;
}

/** Validates against the schema named by $schema, read from @microsoft/app-manifest (no network). */
export async function validateManifest(manifest: TeamsManifest): Promise<string[]> {
  const match = /\/teams\/(v[0-9.]+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema);
  if (!match) return [`$schema "${manifest.$schema}" is not a Teams manifest schema URL.`];
  let schemaPath: string;
  try {
    schemaPath = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/${match[1]}/MicrosoftTeams.schema.json`,
    );
  } catch {
    return [
      `The Teams schema ${match[1]} is not shipped in @microsoft/app-manifest; update the package or the manifest.`,
    ];
  }
  // @microsoft/app-manifest pulls in ESM-only modules that Node loads but jest's module runtime
  // cannot, so the schema check runs in a child Node process; it reads no network either way.
  const script = `
    const { AppManifestUtils } = require('@microsoft/app-manifest');
    const schema = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
    const manifest = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    AppManifestUtils.validateAgainstSchema(manifest, schema).then(
      (errors) => process.stdout.write(JSON.stringify(errors)),
      (err) => { process.stderr.write(String(err && err.message)); process.exit(1); });`;
  const out = execFileSync(process.execPath, ['-e', script, schemaPath], {
    cwd: ROOT,
    input: JSON.stringify(manifest),
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[];
}

export async function packageTeamsApp(options: {
  config: TeamsPackageConfig;
  out?: string;
  manifestPath?: string;
}): Promise<{ zipPath: string; manifest: TeamsManifest }> {
  const manifestPath = options.manifestPath ?? resolve(ROOT, 'manifest/teams/manifest.json');
  const template = JSON.parse(readFileSync(manifestPath, 'utf8')) as TeamsManifest;
  const manifest = buildManifest(template, options.config);
  const errors = await validateManifest(manifest);
  if (errors.length)
    throw new PackageError(
      `The Teams manifest does not match its schema:\n  ${errors.join('\n  ')}`,
    );

  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file(manifest.icons.color, readFileSync(resolve(ROOT, 'assets/teams-color.png')));
  zip.file(manifest.icons.outline, readFileSync(resolve(ROOT, 'assets/teams-outline.png')));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  // Read the zip back and check what Teams will see, not what we meant to write.
  const back = await JSZip.loadAsync(bytes);
  const packed = back.file('manifest.json');
  if (!packed || !back.file(manifest.icons.color) || !back.file(manifest.icons.outline))
    throw new PackageError('The package is missing manifest.json or an icon after zipping.');
  const recheck = await validateManifest(JSON.parse(await packed.async('string')) as TeamsManifest);
  if (recheck.length)
    throw new PackageError(
      `The zipped manifest does not match its schema:\n  ${recheck.join('\n  ')}`,
    );

  const zipPath = resolve(options.out ?? resolve(ROOT, 'dist/teams-app.zip'));
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, bytes);
  return { zipPath, manifest };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const outFlag = argv.indexOf('--out');
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  (async () => {
    const config = readConfig(process.env, argv);
    config.version ??= pkg.version;
    const { zipPath, manifest } = await packageTeamsApp({
      config,
      out: outFlag >= 0 ? argv[outFlag + 1] : undefined,
    });
    console.log(
      `Wrote ${zipPath}: app ${manifest.id} version ${manifest.version}, tab at ${manifest.staticTabs[0].contentUrl}`,
    );
    if (manifest.validDomains[0].startsWith('localhost'))
      console.log(
        'This package points at localhost (local mode). Set TEAMS_TAB_URL to package for your organisation.',
      );
  })().catch((err: unknown) => {
    console.error(`package-teams: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
