/**
 * Validates manifest/word/manifest.xml offline (npm run validate):
 *   - office-addin-manifest parses it and reads its add-in information (offline);
 *   - the checks the XML schema makes that matter here: element order, GUID, version, https
 *     URLs, string lengths, every resid defined in the right resource list;
 *   - icons exist in assets/ at the pixel sizes the manifest says;
 *   - the critique popup resource ids the code uses are declared.
 * Microsoft's full validation (store policies, the XSD itself) runs only as a web service:
 * `npm run validate -- --online` calls it through office-addin-manifest and needs a network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SaxesParser } from 'saxes';
import { POPUP_RESOURCES } from '../src/word/marks';

const ROOT = resolve(__dirname, '..');
export const WORD_MANIFEST = join(ROOT, 'manifest/word/manifest.xml');
const DEV_ORIGIN = 'https://localhost:3000';

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

function parse(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => (stack[stack.length - 1].text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function all(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const child of node.children) {
    if (child.name === name) out.push(child);
    all(child, name, out);
  }
  return out;
}

/** Pixel size of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } | null {
  const buf = readFileSync(file);
  if (buf.length < 24 || buf.toString('ascii', 1, 4) !== 'PNG') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Problems found, one sentence each; empty when the manifest is valid. */
export type ManifestReader = (file: string) => Promise<{ id?: string; hosts?: string[] }>;

const readWithOfficeTooling: ManifestReader = async (file) => {
  const { OfficeAddinManifest } = await import('office-addin-manifest');
  return OfficeAddinManifest.readManifestFile(file);
};

export async function validateWordManifest(
  file = WORD_MANIFEST,
  read: ManifestReader = readWithOfficeTooling,
): Promise<string[]> {
  const problems: string[] = [];
  const xml = readFileSync(file, 'utf8');
  let root: XmlNode;
  try {
    root = parse(xml);
  } catch (error) {
    return [`The manifest is not well-formed XML: ${(error as Error).message}`];
  }

  // office-addin-manifest reads it as Office does (offline).
  try {
    const info = await read(file);
    if (!info.id) problems.push('office-addin-manifest found no add-in <Id>.');
    if (!info.hosts?.includes('Document'))
      problems.push('The manifest must declare the Word host (<Host Name="Document"/>).');
  } catch (error) {
    problems.push(`office-addin-manifest could not read the manifest: ${(error as Error).message}`);
  }

  if (root.name !== 'OfficeApp' || root.attributes['xsi:type'] !== 'TaskPaneApp') {
    problems.push('The root element must be <OfficeApp xsi:type="TaskPaneApp">.');
  }
  // Element order the schema requires for a task pane add-in (optional ones may be absent).
  const ORDER = [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ];
  const seen = root.children.map((c) => c.name);
  let last = -1;
  for (const name of seen) {
    const at = ORDER.indexOf(name);
    if (at < 0) problems.push(`<${name}> is not allowed directly in <OfficeApp>.`);
    else if (at <= last)
      problems.push(`<${name}> is out of order: the schema wants ${ORDER.join(', ')}.`);
    else last = at;
  }
  for (const required of [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'DefaultSettings',
    'Permissions',
  ]) {
    if (!seen.includes(required)) problems.push(`<${required}> is missing.`);
  }
  const child = (name: string) => root.children.find((c) => c.name === name);
  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
      child('Id')?.text.trim() ?? '',
    )
  ) {
    problems.push('<Id> must be a GUID.');
  }
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(child('Version')?.text.trim() ?? ''))
    problems.push('<Version> must look like 1.0.0.0.');
  if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(child('DefaultLocale')?.text.trim() ?? ''))
    problems.push('<DefaultLocale> must look like en-GB.');
  if (
    ![
      'Restricted',
      'ReadDocument',
      'ReadAllDocument',
      'WriteDocument',
      'ReadWriteDocument',
    ].includes(child('Permissions')?.text.trim() ?? '')
  ) {
    problems.push('<Permissions> has an unknown value.');
  }
  const sets = all(root, 'Set').map((s) => s.attributes.Name);
  if (!sets.includes('WordApi')) problems.push('The WordApi requirement set must be declared.');

  // Resources: every resid resolves, in the list its element needs.
  const resources = all(root, 'Resources')[0];
  const ids = (list: string) =>
    new Map(
      (resources ? all(resources, list) : []).flatMap((l) =>
        l.children.map((c) => [c.attributes.id, c.attributes.DefaultValue] as const),
      ),
    );
  const images = ids('bt:Images');
  const urls = ids('bt:Urls');
  const short = ids('bt:ShortStrings');
  const long = ids('bt:LongStrings');
  const wants: Record<string, Map<string, string>> = {
    'bt:Image': images,
    SourceLocation: urls,
    FunctionFile: urls,
    LearnMoreUrl: urls,
    Label: short,
    Title: short,
    Description: long,
  };
  const visit = (node: XmlNode, inResources: boolean) => {
    const resid = node.attributes.resid;
    if (resid !== undefined && !inResources) {
      const list = wants[node.name];
      if (!list)
        problems.push(
          `<${node.name} resid="${resid}"> uses a resid where the schema expects none.`,
        );
      else if (!list.has(resid))
        problems.push(
          `resid "${resid}" (on <${node.name}>) is not defined in the right resource list.`,
        );
    }
    node.children.forEach((c) => visit(c, inResources || node.name === 'Resources'));
  };
  visit(root, false);
  short.forEach(
    (v, id) => v.length > 125 && problems.push(`Short string "${id}" is over 125 characters.`),
  );
  long.forEach(
    (v, id) => v.length > 250 && problems.push(`Long string "${id}" is over 250 characters.`),
  );
  for (const id of Object.values(POPUP_RESOURCES)) {
    if (!short.has(id))
      problems.push(
        `The critique popup uses resource "${id}", which the manifest does not declare.`,
      );
  }
  const displayName = child('DisplayName')?.attributes.DefaultValue ?? '';
  if (displayName.length > 125) problems.push('<DisplayName> is over 125 characters.');
  if ((child('Description')?.attributes.DefaultValue ?? '').length > 250)
    problems.push('<Description> is over 250 characters.');

  // URLs: https, on one of the add-in's own origins.
  const origins = new Set(all(root, 'AppDomain').map((d) => d.text.trim()));
  const source =
    child('DefaultSettings')?.children.find((c) => c.name === 'SourceLocation')?.attributes
      .DefaultValue ?? '';
  if (source) origins.add(new URL(source).origin);
  const allUrls = [
    ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']
      .map((n) => child(n)?.attributes.DefaultValue)
      .filter(Boolean),
    source,
    ...images.values(),
    ...urls.values(),
  ] as string[];
  for (const url of allUrls) {
    if (!url.startsWith('https://')) problems.push(`${url} must use https.`);
    else if (!origins.has(new URL(url).origin))
      problems.push(`${url} is not on the add-in's own origin or an <AppDomain>.`);
  }

  // Icons: each image points at assets/icon-N.png of the size its use declares.
  const iconFile = (url: string) =>
    join(ROOT, 'assets', url.replace(/^https:\/\/[^/]+\/assets\//, ''));
  const sized: Array<[string | undefined, number]> = [
    [child('IconUrl')?.attributes.DefaultValue, 32],
    [child('HighResolutionIconUrl')?.attributes.DefaultValue, 64],
  ];
  for (const image of all(root, 'bt:Image')) {
    if (image.attributes.size && image.attributes.resid)
      sized.push([images.get(image.attributes.resid), Number(image.attributes.size)]);
  }
  for (const [url, size] of sized) {
    if (!url) continue;
    const file = iconFile(url);
    if (!existsSync(file)) {
      problems.push(`Icon ${url} has no file at ${file} (run npx tsx scripts/word-icons.ts).`);
      continue;
    }
    const actual = pngSize(file);
    if (!actual || actual.width !== size || actual.height !== size) {
      problems.push(`Icon ${url} should be ${size}x${size} pixels.`);
    }
  }
  if (!xml.includes(DEV_ORIGIN)) problems.push(`Development URLs should point at ${DEV_ORIGIN}.`);
  return problems.map((p) => p.replace(/\s+/g, ' '));
}

async function main(): Promise<void> {
  const problems = await validateWordManifest();
  if (problems.length > 0) {
    console.error(`manifest/word/manifest.xml: ${problems.length} problem(s):`);
    problems.forEach((p) => console.error(`  - ${p}`));
    process.exitCode = 1;
  } else {
    console.log('manifest/word/manifest.xml: valid (offline checks).');
  }
  if (process.argv.includes('--online')) {
    const { validateManifest } = await import('office-addin-manifest');
    try {
      const result = await validateManifest(WORD_MANIFEST);
      console.log(`Microsoft's validation service: ${result.isValid ? 'valid' : 'not valid'}`);
      if (!result.isValid) {
        console.log(
          JSON.stringify(
            result.report ?? { status: result.status, statusText: result.statusText },
            null,
            2,
          ),
        );
        process.exitCode = 1;
      }
    } catch (error) {
      console.error(
        `Could not reach Microsoft's validation service (it needs a network): ${(error as Error).message}`,
      );
      process.exitCode = 1;
    }
  } else {
    console.log(
      "Microsoft's online validation was not run (it needs a network): npm run validate -- --online",
    );
  }
}

if (require.main === module) void main();
