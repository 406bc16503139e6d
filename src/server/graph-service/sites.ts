/** Sites: local mode has one, which `root`, its id, or any `{hostname}:/{path}:` names. */
import { nowIso } from '../lists-db';
import type { Json, Site } from './http';

/** `root`, the site id, or `{hostname}:/{server-relative-path}:` followed by the rest. */
export function parseSite(s: string): { siteKey: string; rest: string } {
  const hostPath = /^([^/:]+):(\/[^:]*)(?::\/?(.*))?$/.exec(s);
  if (hostPath) return { siteKey: `${hostPath[1]}:${hostPath[2]}`, rest: hostPath[3] ?? '' };
  const i = s.indexOf('/');
  return i === -1 ? { siteKey: s, rest: '' } : { siteKey: s.slice(0, i), rest: s.slice(i + 1) };
}

/** Local mode has one site: the root, its id, or any hostname:/path resolves to it. */
export function siteMatches(siteId: string, key: string): boolean {
  const k = decodeURIComponent(key);
  return k === 'root' || k === siteId || k.includes(':/') || k === siteId.split(',')[0];
}

export function siteJson(site: Site): Json {
  const host = new URL(site.base).host;
  return {
    '@odata.context': `${site.base}/$metadata#sites/$entity`,
    id: site.id,
    name: 'local',
    displayName: 'SMART Plans (local mode)',
    description: 'Local lists service: no tenant; the data folder’s token stands in for sign-in.',
    webUrl: `http://${host}/sites/local`,
    createdDateTime: '2024-01-01T00:00:00Z',
    lastModifiedDateTime: nowIso(),
    root: {},
    siteCollection: { hostname: host.split(':')[0] },
  };
}
