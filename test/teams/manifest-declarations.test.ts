/**
 * The Teams manifest declares what the code uses: every activity type the reminder job sends
 * (with a templateText that uses each parameter it fills), the meeting stage permission for
 * shareAppContentToStage, and the nested app authentication scopes in the order the code asks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GRAPH_DELEGATED_SCOPES } from '../../src/connect/scopes';
import { ACTIVITY_TYPES } from '../../src/reminders/send';

const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest/teams/manifest.json'), 'utf8')) as {
  activities?: { activityTypes?: { type: string; description: string; templateText: string }[] };
  authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } };
  webApplicationInfo: { nestedAppAuthInfo?: { scopes: string[] }[] };
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = sourceFiles(join(ROOT, 'src')).map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

describe('Teams manifest declarations', () => {
  const declared = new Map(
    (manifest.activities?.activityTypes ?? []).map((a) => [a.type, a] as const),
  );

  it.each(Object.entries(ACTIVITY_TYPES))(
    'declares the activity type %s with a templateText using its parameters',
    (type, spec) => {
      const entry = declared.get(type);
      expect(entry).toBeDefined();
      expect(entry!.description.length).toBeGreaterThan(0);
      for (const p of spec.templateParameters) expect(entry!.templateText).toContain(`{${p}}`);
    },
  );

  it('sends no activity type that is not in ACTIVITY_TYPES (and so in the manifest)', () => {
    const literal = /activityType\s*[:=]\s*(?:[A-Za-z]+\s*=\s*)?['"`]([^'"`]+)['"`]/g;
    const used = new Set<string>();
    for (const { text } of sources) for (const m of text.matchAll(literal)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(0);
    for (const type of used) expect(declared.has(type)).toBe(true);
  });

  it('declares MeetingStage.Write.Chat because the tab shares to the meeting stage', () => {
    const sharesToStage = sources.some(({ text }) => text.includes('shareAppContentToStage'));
    expect(sharesToStage).toBe(true);
    expect(manifest.authorization?.permissions?.resourceSpecific).toEqual(
      expect.arrayContaining([{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }]),
    );
  });

  it('lists the nested app authentication scopes exactly as, and in the order, the code asks', () => {
    const naa = manifest.webApplicationInfo.nestedAppAuthInfo ?? [];
    expect(naa.length).toBeGreaterThan(0);
    for (const entry of naa) expect(entry.scopes).toEqual([...GRAPH_DELEGATED_SCOPES]);
  });
});
