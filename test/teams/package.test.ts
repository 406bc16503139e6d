import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import {
  buildManifest,
  packageTeamsApp,
  readConfig,
  validateManifest,
} from '../../scripts/package-teams';

const template = JSON.parse(
  readFileSync(resolve(__dirname, '../../manifest/teams/manifest.json'), 'utf8'),
);

describe('Teams app package', () => {
  it('writes a zip whose manifest points at the configured tab URL and ids and matches the schema', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'teams-pkg-')), 'teams-app.zip');
    const config = readConfig(
      {
        TEAMS_TAB_URL: 'https://plans.example.org/smart',
        TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
        TEAMS_AAD_CLIENT_ID: '66666666-7777-4888-9999-000000000000',
      },
      [],
    );
    await packageTeamsApp({ config, out });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe('11111111-2222-4333-8444-555555555555');
    expect(manifest.staticTabs[0].contentUrl).toBe(
      'https://plans.example.org/smart/tab.html#/plans',
    );
    expect(manifest.configurableTabs[0].configurationUrl).toBe(
      'https://plans.example.org/smart/tab.html#/config',
    );
    expect(manifest.configurableTabs[0].context).toEqual(
      expect.arrayContaining(['meetingSidePanel', 'meetingStage']),
    );
    expect(manifest.validDomains).toEqual(['plans.example.org']);
    expect(manifest.webApplicationInfo.id).toBe('66666666-7777-4888-9999-000000000000');
    expect(manifest.webApplicationInfo.resource).toBe(
      'api://plans.example.org/66666666-7777-4888-9999-000000000000',
    );
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('ships icons of the sizes Teams requires', async () => {
    const size = (file: string) => {
      const png = readFileSync(resolve(__dirname, '../../assets', file));
      return [png.readUInt32BE(16), png.readUInt32BE(20), png[25]];
    };
    expect(size('teams-color.png')).toEqual([192, 192, 6]);
    expect(size('teams-outline.png')).toEqual([32, 32, 6]); // colour type 6: RGBA, so transparent
  });

  it('refuses a plain http tab URL and a malformed app id', () => {
    expect(() => buildManifest(template, { tabUrl: 'http://plans.example.org' })).toThrow(/https/);
    expect(() => buildManifest(template, { appId: 'not-a-guid' })).toThrow(/GUID/);
  });

  it('reports schema errors rather than packaging a broken manifest', async () => {
    const broken = { ...template, accentColor: undefined, manifestVersion: '1.22', id: 'x' };
    const errors = await validateManifest(broken);
    expect(errors.join('\n')).toMatch(/id|accentColor/);
  });
});
