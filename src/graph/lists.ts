/**
 * The SharePoint lists the product keeps: their display names (configurable) here, their typed
 * and indexed columns in each list's schema table (schema/<list>.ts). `provisionLists` creates
 * what is missing and upgrades what is there: it adds missing columns and indexes, never drops
 * or changes data, and a second run changes nothing.
 * The same code provisions a tenant (`smart-plans provision`) and local mode (on start).
 */
import { GraphClient, odataString, withQuery } from './client';
import { AGREEMENTS } from './schema/agreements';
import type { ColumnSpec } from './schema/columns';
import { OBJECTIVES } from './schema/objectives';
import { OUTBOX } from './schema/outbox';
import { PLANS } from './schema/plans';
import { REMINDERS } from './schema/reminders';
import { REVIEWS } from './schema/reviews';
import { SCORES } from './schema/scores';
import { SETTINGS } from './schema/settings';

export type ListKey =
  | 'plans'
  | 'objectives'
  | 'reviews'
  | 'agreements'
  | 'reminders'
  | 'settings'
  | 'outbox'
  | 'scores';

export const DEFAULT_LIST_NAMES: Record<ListKey, string> = {
  plans: 'SMART Plans',
  objectives: 'SMART Objectives',
  reviews: 'SMART Reviews',
  agreements: 'SMART Agreements',
  reminders: 'SMART Reminders',
  settings: 'SMART Settings',
  outbox: 'SMART Outbox',
  scores: 'SMART Scores',
};

export type ListNames = Record<ListKey, string>;

export interface ListSpec {
  key: ListKey;
  description: string;
  columns: ColumnSpec[];
}

/**
 * Every list, in the order provisioning creates them. Column internal names (in the schema
 * tables) avoid SharePoint's reserved ones: Order, Created, Modified, Author, ID, and Status,
 * which is allowed but ambiguous.
 */
export const LIST_SPECS: ListSpec[] = [
  PLANS,
  OBJECTIVES,
  REVIEWS,
  AGREEMENTS,
  REMINDERS,
  SETTINGS,
  SCORES,
  OUTBOX,
];

export function listNames(overrides: Partial<ListNames> = {}): ListNames {
  return { ...DEFAULT_LIST_NAMES, ...overrides };
}

/** `/sites/{site}/lists/{display name}` with the name URL-encoded. */
export function listPath(siteId: string, displayName: string): string {
  return `sites/${siteId}/lists/${encodeURIComponent(displayName)}`;
}

export interface ProvisionChange {
  list: string;
  action: 'created list' | 'added column' | 'indexed column';
  column?: string;
}

export interface ProvisionReport {
  siteId: string;
  changes: ProvisionChange[];
  /** Lists already there and complete. */
  unchanged: string[];
}

interface GraphList {
  id: string;
  displayName: string;
}
interface GraphColumn {
  id: string;
  name: string;
  indexed?: boolean;
}

export interface ProvisionOptions {
  names?: Partial<ListNames>;
  /** Also the local-mode outbox list (default false: a tenant sends real messages). */
  includeOutbox?: boolean;
}

/** The site id for `--site`: `local`/`root`, a site id, or a SharePoint site URL. */
export async function resolveSiteId(client: GraphClient, site: string): Promise<string> {
  if (site === 'local' || site === 'root') {
    const s = await client.get<{ id: string }>('sites/root?$select=id');
    return s.id;
  }
  if (/^https?:\/\//i.test(site)) {
    const u = new URL(site);
    const p = u.pathname.replace(/\/+$/, '');
    const s = await client.get<{ id: string }>(
      p ? `sites/${u.hostname}:${encodeURI(p)}?$select=id` : `sites/${u.hostname}?$select=id`,
    );
    return s.id;
  }
  return site;
}

/** Creates missing lists, columns and indexes. Never deletes or rewrites anything. */
export async function provisionLists(
  client: GraphClient,
  siteId: string,
  opts: ProvisionOptions = {},
): Promise<ProvisionReport> {
  const names = listNames(opts.names);
  const report: ProvisionReport = { siteId, changes: [], unchanged: [] };
  const existing = await client.all<GraphList>(
    withQuery(`sites/${siteId}/lists`, { $select: 'id,displayName' }),
  );
  const byName = new Map(existing.map((l) => [l.displayName.toLowerCase(), l]));
  for (const spec of LIST_SPECS) {
    if (spec.key === 'outbox' && !opts.includeOutbox) continue;
    const displayName = names[spec.key];
    const found = byName.get(displayName.toLowerCase());
    if (!found) {
      const created = await client.post<GraphList>(`sites/${siteId}/lists`, {
        displayName,
        description: spec.description,
        columns: spec.columns,
        list: { template: 'genericList' },
      });
      report.changes.push({ list: displayName, action: 'created list' });
      // SharePoint may ignore `indexed` on create: make sure, as on an upgrade.
      await upgradeColumns(client, siteId, { id: created.id, displayName }, spec, report);
      continue;
    }
    const before = report.changes.length;
    await upgradeColumns(client, siteId, found, spec, report);
    if (report.changes.length === before) report.unchanged.push(displayName);
  }
  return report;
}

async function upgradeColumns(
  client: GraphClient,
  siteId: string,
  list: GraphList,
  spec: ListSpec,
  report: ProvisionReport,
): Promise<void> {
  const base = `sites/${siteId}/lists/${list.id}/columns`;
  const columns = await client.all<GraphColumn>(withQuery(base, { $select: 'id,name,indexed' }));
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  for (const col of spec.columns) {
    const have = byName.get(col.name.toLowerCase());
    if (!have) {
      await client.post(base, col);
      report.changes.push({ list: list.displayName, action: 'added column', column: col.name });
    } else if (col.indexed && !have.indexed) {
      await client.patch(`${base}/${have.id}`, { indexed: true });
      report.changes.push({ list: list.displayName, action: 'indexed column', column: col.name });
    }
  }
}

/** Looks a list up by display name (for callers that need its id). */
export async function findList(
  client: GraphClient,
  siteId: string,
  displayName: string,
): Promise<GraphList | undefined> {
  const lists = await client.all<GraphList>(
    withQuery(`sites/${siteId}/lists`, {
      $select: 'id,displayName',
      $filter: `displayName eq ${odataString(displayName)}`,
    }),
  );
  return lists[0];
}
