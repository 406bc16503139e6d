/**
 * The Word manifest passes the offline checks of `npm run validate`, and those checks catch the
 * mistakes that stop Word loading an add-in (a missing resid, http URLs, a wrongly sized icon).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  validateWordManifest,
  WORD_MANIFEST,
  type ManifestReader,
} from '../../scripts/validate-word-manifest';

/**
 * office-addin-manifest's main module pulls in an ESM-only package that jest's CommonJS runtime
 * cannot load, so its reader runs in a plain Node process, exactly as `npm run validate` runs it.
 */
const readInNode: ManifestReader = async (file) => {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((i) => console.log(JSON.stringify({ id: i.id, hosts: i.hosts })))';
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { encoding: 'utf8' }));
};

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'word-manifest-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function variant(name: string, change: (xml: string) => string): string {
  const file = join(dir, `${name}.xml`);
  writeFileSync(file, change(readFileSync(WORD_MANIFEST, 'utf8')));
  return file;
}

test('the manifest is valid offline', async () => {
  await expect(validateWordManifest(WORD_MANIFEST, readInNode)).resolves.toEqual([]);
});

test('the manifest declares the Word host, the ribbon button and the requirement set', () => {
  const xml = readFileSync(WORD_MANIFEST, 'utf8');
  expect(xml).toMatch(/<Host Name="Document"\/>/);
  expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  expect(xml).toMatch(/DefaultValue="Check plan"/);
  expect(xml).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
});

test.each([
  [
    'an undefined resid',
    (x: string) => x.replace('resid="CheckPlan.Tooltip"', 'resid="Nope.Tooltip"'),
    /Nope.Tooltip/,
  ],
  [
    'an http URL',
    (x: string) =>
      x.replace(
        'https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
        'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
      ),
    /must use https/,
  ],
  [
    'a wrongly sized icon',
    (x: string) => x.replace('assets/icon-80.png', 'assets/icon-64.png'),
    /80x80/,
  ],
  [
    'elements out of order',
    (x: string) =>
      x.replace(
        /(<Version>1.0.0.0<\/Version>)\s*(<ProviderName>SMART Plans<\/ProviderName>)/,
        '$2$1',
      ),
    /out of order/,
  ],
  [
    'a missing popup resource',
    (x: string) => x.replace(/<bt:String id="SmartPlans.Brand"[^>]*>/, ''),
    /SmartPlans.Brand/,
  ],
])('%s is reported', async (_name, change, message) => {
  const problems = await validateWordManifest(
    variant(String(_name).replace(/\W+/g, '-'), change),
    readInNode,
  );
  expect(problems.join('\n')).toMatch(message);
});
