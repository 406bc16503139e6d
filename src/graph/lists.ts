/**
 * The SharePoint lists the product keeps, defined once: their display names (configurable),
 * their typed columns, and which columns are indexed (every column used in a $filter or
 * $orderby). `provisionLists` creates what is missing and upgrades what is there: it adds
 * missing columns and indexes, never drops or changes data, and a second run changes nothing.
 * The same code provisions a tenant (`smart-plans provision`) and local mode (on start).
 */
import { GraphClient, odataString, withQuery } from './client';

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

/** A Graph columnDefinition, as sent when creating the column. */
export interface ColumnSpec {
  name: string;
  displayName: string;
  description?: string;
  indexed?: boolean;
  text?: {
    allowMultipleLines?: boolean;
    maxLength?: number;
    linesForEditing?: number;
    textType?: 'plain';
  };
  number?: { decimalPlaces?: 'automatic' | 'none' | 'one' | 'two'; minimum?: number };
  dateTime?: { format: 'dateOnly' | 'dateTime'; displayAs?: 'standard' };
  choice?: { choices: string[]; allowTextEntry?: boolean; displayAs?: 'dropDownMenu' };
  boolean?: Record<string, never>;
}

export interface ListSpec {
  key: ListKey;
  description: string;
  columns: ColumnSpec[];
}

const text = (name: string, displayName: string, indexed = false): ColumnSpec => ({
  name,
  displayName,
  indexed,
  text: { allowMultipleLines: false, maxLength: 255 },
});
const note = (name: string, displayName: string): ColumnSpec => ({
  name,
  displayName,
  text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' },
});
const date = (name: string, displayName: string, indexed = false): ColumnSpec => ({
  name,
  displayName,
  indexed,
  dateTime: { format: 'dateOnly', displayAs: 'standard' },
});
const dateTime = (name: string, displayName: string, indexed = false): ColumnSpec => ({
  name,
  displayName,
  indexed,
  dateTime: { format: 'dateTime', displayAs: 'standard' },
});
const num = (name: string, displayName: string): ColumnSpec => ({
  name,
  displayName,
  number: { decimalPlaces: 'automatic' },
});
const choice = (
  name: string,
  displayName: string,
  choices: readonly string[],
  indexed = false,
): ColumnSpec => ({
  name,
  displayName,
  indexed,
  choice: { choices: [...choices], allowTextEntry: false, displayAs: 'dropDownMenu' },
});

/**
 * Column internal names avoid SharePoint's reserved ones (Order, Status is fine but
 * ambiguous, Created, Modified, Author, ID). Person columns are a name and an email (the email
 * is the stable key in a tenant and in local mode alike, and what $filter uses).
 */
export const LIST_SPECS: ListSpec[] = [
  {
    key: 'plans',
    description:
      "Children's plans: one item per plan (Title is the child's name or case reference).",
    columns: [
      choice(
        'PlanType',
        'Plan type',
        ['child-protection', 'child-in-need', 'early-help', 'looked-after', 'ehc'],
        true,
      ),
      choice('PlanStatus', 'Status', ['draft', 'active', 'closed'], true),
      text('LeadName', 'Lead professional'),
      text('LeadEmail', 'Lead professional email', true),
      text('SupervisorName', 'Supervisor'),
      text('SupervisorEmail', 'Supervisor email', true),
      note('Members', 'Members (JSON)'),
      date('StartDate', 'Start date'),
      num('CoreGroupEveryWeeks', 'Core group every (weeks)'),
      num('ReviewEveryMonths', 'Review every (months)'),
      date('NextCoreGroup', 'Next core group', true),
      date('NextReview', 'Next review', true),
      note('DocumentUrl', 'Word document'),
      text('DocumentKey', 'Word document key', true),
      num('Score', 'Plan quality score'),
      dateTime('UpdatedAt', 'Updated at'),
    ],
  },
  {
    key: 'objectives',
    description: 'Objectives of each plan (Title is the start of the objective text).',
    columns: [
      text('PlanId', 'Plan id', true),
      num('ObjectiveOrder', 'Order'),
      note('ObjectiveText', 'Objective'),
      text('OwnerName', 'Owner'),
      text('OwnerEmail', 'Owner email', true),
      date('DueDate', 'Due date', true),
      text('Smart', 'SMART criteria met (JSON)'),
      choice('Progress', 'Progress (RAG)', ['red', 'amber', 'green']),
      note('ProgressNote', 'Progress note'),
      dateTime('ProgressAt', 'Progress updated at'),
      choice('ObjectiveStatus', 'Status', ['active', 'achieved', 'withdrawn'], true),
      text('SourceKey', 'Key in the Word document', true),
    ],
  },
  {
    key: 'reviews',
    description:
      'Core groups, review conferences, LAC and EHCP reviews and supervision, with outcomes.',
    columns: [
      text('PlanId', 'Plan id', true),
      choice(
        'ReviewKind',
        'Kind',
        [
          'core-group',
          'review-conference',
          'lac-review',
          'ehcp-review',
          'cin-review',
          'early-help-review',
          'supervision',
        ],
        true,
      ),
      date('ScheduledDate', 'Scheduled', true),
      date('HeldDate', 'Held'),
      note('Outcome', 'Outcome'),
    ],
  },
  {
    key: 'agreements',
    description: 'Who agreed to the plan or an objective, in their own words where they disagree.',
    columns: [
      text('PlanId', 'Plan id', true),
      text('ObjectiveId', 'Objective id', true),
      text('PersonName', 'Person'),
      text('PersonEmail', 'Person email'),
      choice('AgreementRole', 'Role', ['child', 'parent-carer', 'professional']),
      choice('Stance', 'Agreed?', ['agreed', 'disagreed', 'not-asked']),
      note('Words', 'Their words'),
      date('AgreementDate', 'Date'),
    ],
  },
  {
    key: 'reminders',
    description:
      'Review and core group reminders: one per due item and recipient, so nothing is sent twice.',
    columns: [
      text('PlanId', 'Plan id', true),
      text('DueItem', 'Due item', true),
      text('RecipientName', 'Recipient'),
      text('RecipientEmail', 'Recipient email', true),
      date('DueDate', 'Due date', true),
      choice('ReminderStatus', 'Status', ['scheduled', 'sent', 'failed'], true),
      dateTime('SentAt', 'Sent at'),
      num('Attempts', 'Attempts'),
      note('LastError', 'Last error'),
    ],
  },
  {
    key: 'settings',
    description:
      "The organisation's settings, such as house rules (Title is the key, Value is JSON).",
    columns: [text('SettingKey', 'Key', true), note('Value', 'Value (JSON)')],
  },
  {
    key: 'scores',
    description:
      "Each plan's quality score at each save, so supervisors can see it over time (Title is the plan id).",
    columns: [
      text('PlanId', 'Plan id', true),
      num('Score', 'Plan quality score'),
      dateTime('At', 'Scored at', true),
    ],
  },
  {
    key: 'outbox',
    description: 'Local mode only: messages the reminder job would have sent by email or Teams.',
    columns: [
      text('Recipient', 'Recipient email', true),
      text('RecipientName', 'Recipient'),
      choice('Channel', 'Channel', ['email', 'teams-activity']),
      note('BodyText', 'Body (text)'),
      note('BodyHtml', 'Body (HTML)'),
      text('PlanId', 'Plan id', true),
      text('DueItem', 'Due item', true),
      dateTime('QueuedAt', 'Queued at', true),
    ],
  },
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
