/**
 * PlanStore over Microsoft Graph: plans, objectives, reviews, agreements and reminders as items
 * of SharePoint lists (src/graph/lists.ts). Reads use `$expand=fields($select=...)`, `$filter`
 * on indexed columns only (values escaped) and follow `@odata.nextLink`; several writes go in
 * `$batch` calls of 20; every update carries `If-Match` with the item's ETag, and a 412 becomes a
 * ConflictError carrying the other person's version, never a silent overwrite. The same code runs
 * against SharePoint in a tenant and against the local lists service in local mode.
 */
import type {
  Agreement,
  IsoDate,
  Person,
  Plan,
  PlanBundle,
  PlanObjective,
  Reminder,
  Review,
} from '../plans/model';
import {
  ConflictError,
  StoreError,
  type BundleOptions,
  type BundleRead,
  type PlanFilter,
  type PlanStore,
  type ReminderFilter,
  type SaveResult,
  type ScorePoint,
  type Setting,
  type WriteResult,
} from '../plans/store';
import { MAX_BATCH, runBatch, type BatchOptions, type BatchOutcome, type BatchStep } from './batch';
import {
  GraphClient,
  GraphRequestError,
  explainFailure,
  odataString,
  toStoreError,
  withQuery,
} from './client';
import { LIST_SPECS, listNames, listPath, type ListKey, type ListNames } from './lists';

export interface GraphPlanStoreOptions {
  client: GraphClient;
  /**
   * The plans site: its id, or `root` (local mode only). src/connect passes the configured plans
   * site; `root` stays the default for local mode and tests.
   */
  siteId?: string;
  names?: Partial<ListNames>;
  batch?: BatchOptions;
  /** Items per page when listing (default 200). */
  pageSize?: number;
  /** $batch calls in flight at once when reading many plans' parts (default 4). */
  batchConcurrency?: number;
  /** Plans per `or` filter when reading many plans' parts (default 15; 1 for one GET each). */
  plansPerFilter?: number;
}

/** `fields($select=...)` per list, built once: every read uses it. */
const EXPAND = Object.fromEntries(
  LIST_SPECS.map((spec) => [
    spec.key,
    `fields($select=${['Title', ...spec.columns.map((c) => c.name)].join(',')})`,
  ]),
) as Record<ListKey, string>;

/** Page size of a read of many plans' items in one list (more pages follow nextLink). */
const MANY_PLANS_TOP = 500;

/** A Graph listItem with its fields expanded. */
interface ListItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  fields?: Fields;
}
type Fields = Record<string, unknown>;

export type { ScorePoint, Setting };

// ---------------------------------------------------------------------------------------------
// Field mapping

/** Date-only values are written at UTC midnight and read back rounded to the nearest day, so a
 * site in any time zone within 12 hours of UTC gives back the date that was written. */
export function toGraphDate(d: IsoDate | undefined): string | null {
  if (!d) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d;
}

export function fromGraphDate(v: unknown): IsoDate | undefined {
  if (typeof v !== 'string' || !v) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return new Date(t + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}
function json<T>(v: unknown, fallback: T): T {
  if (typeof v !== 'string' || !v) return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
}
function email(e: string | undefined): string | null {
  return e ? e.trim().toLowerCase() : null;
}
function person(name: unknown, mail: unknown): Person {
  const p: Person = { name: str(name) ?? '' };
  const m = str(mail);
  if (m) p.email = m;
  return p;
}
function etagOf(item: ListItem): string | undefined {
  return item.eTag ?? item['@odata.etag'] ?? (item.fields?.['@odata.etag'] as string | undefined);
}

/** A short, stable key for a document URL (FNV-1a, 64-bit), so lookups use an indexed text column. */
export function documentKey(url: string): string {
  let h = 0xcbf29ce484222325n;
  for (const ch of new TextEncoder().encode(url.trim())) {
    h ^= BigInt(ch);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** The same child however the name or reference was spaced or capitalised. */
function sameChildRef(a: string, b: string): boolean {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

export function planToFields(p: Plan): Fields {
  return {
    Title: p.childRef,
    PlanType: p.type,
    PlanStatus: p.status,
    LeadName: p.leadProfessional?.name ?? null,
    LeadEmail: email(p.leadProfessional?.email),
    SupervisorName: p.supervisor?.name ?? null,
    SupervisorEmail: email(p.supervisor?.email),
    Members: JSON.stringify(p.members ?? []),
    StartDate: toGraphDate(p.startDate),
    CoreGroupEveryWeeks: p.coreGroupEveryWeeks ?? null,
    ReviewEveryMonths: p.reviewEveryMonths ?? null,
    NextCoreGroup: toGraphDate(p.nextCoreGroup),
    NextReview: toGraphDate(p.nextReview),
    DocumentUrl: p.documentUrl ?? null,
    DocumentKey: p.documentUrl ? documentKey(p.documentUrl) : null,
    Score: p.score ?? null,
    UpdatedAt: p.updatedAt ?? null,
  };
}

export function planFromItem(item: ListItem): Plan {
  const f = item.fields ?? {};
  const plan: Plan = {
    id: String(item.id),
    etag: etagOf(item),
    childRef: str(f.Title) ?? '',
    type: (str(f.PlanType) ?? 'child-in-need') as Plan['type'],
    status: (str(f.PlanStatus) ?? 'draft') as Plan['status'],
    leadProfessional: person(f.LeadName, f.LeadEmail),
    supervisor: person(f.SupervisorName, f.SupervisorEmail),
    members: json<Person[]>(f.Members, []),
  };
  const opt: Partial<Plan> = {
    startDate: fromGraphDate(f.StartDate),
    coreGroupEveryWeeks: num(f.CoreGroupEveryWeeks),
    reviewEveryMonths: num(f.ReviewEveryMonths),
    nextCoreGroup: fromGraphDate(f.NextCoreGroup),
    nextReview: fromGraphDate(f.NextReview),
    documentUrl: str(f.DocumentUrl),
    score: num(f.Score),
    updatedAt: str(f.UpdatedAt),
  };
  for (const [k, v] of Object.entries(opt))
    if (v !== undefined) (plan as unknown as Record<string, unknown>)[k] = v;
  return plan;
}

export function scoreToFields(p: ScorePoint): Fields {
  return { Title: p.planId, PlanId: p.planId, Score: p.score, At: p.at };
}

export function scoreFromItem(item: ListItem): ScorePoint | undefined {
  const f = item.fields ?? {};
  const planId = str(f.PlanId);
  const score = num(f.Score);
  const at = str(f.At);
  return planId && score !== undefined && at ? { planId, score, at } : undefined;
}

export function objectiveToFields(o: PlanObjective): Fields {
  return {
    Title: o.text.replace(/\s+/g, ' ').trim().slice(0, 255) || `Objective ${o.order}`,
    PlanId: o.planId,
    ObjectiveOrder: o.order,
    ObjectiveText: o.text,
    OwnerName: o.owner?.name ?? null,
    OwnerEmail: email(o.owner?.email),
    DueDate: toGraphDate(o.dueDate),
    Smart: o.smart ? JSON.stringify(o.smart) : null,
    Progress: o.progress ?? null,
    ProgressNote: o.progressNote ?? null,
    ProgressAt: o.progressAt ?? null,
    ObjectiveStatus: o.status,
    SourceKey: o.sourceKey ?? null,
  };
}

export function objectiveFromItem(item: ListItem): PlanObjective {
  const f = item.fields ?? {};
  const o: PlanObjective = {
    id: String(item.id),
    etag: etagOf(item),
    planId: str(f.PlanId) ?? '',
    order: num(f.ObjectiveOrder) ?? 0,
    text: str(f.ObjectiveText) ?? str(f.Title) ?? '',
    status: (str(f.ObjectiveStatus) ?? 'active') as PlanObjective['status'],
  };
  const owner =
    str(f.OwnerName) || str(f.OwnerEmail) ? person(f.OwnerName, f.OwnerEmail) : undefined;
  const opt: Partial<PlanObjective> = {
    owner,
    dueDate: fromGraphDate(f.DueDate),
    smart: json<PlanObjective['smart']>(f.Smart, undefined),
    progress: str(f.Progress) as PlanObjective['progress'],
    progressNote: str(f.ProgressNote),
    progressAt: str(f.ProgressAt),
    sourceKey: str(f.SourceKey),
  };
  for (const [k, v] of Object.entries(opt))
    if (v !== undefined) (o as unknown as Record<string, unknown>)[k] = v;
  return o;
}

export function reviewToFields(r: Review): Fields {
  return {
    Title: `${r.kind} ${r.scheduledDate}`,
    PlanId: r.planId,
    ReviewKind: r.kind,
    ScheduledDate: toGraphDate(r.scheduledDate),
    HeldDate: toGraphDate(r.heldDate),
    Outcome: r.outcome ?? null,
  };
}

export function reviewFromItem(item: ListItem): Review {
  const f = item.fields ?? {};
  const r: Review = {
    id: String(item.id),
    etag: etagOf(item),
    planId: str(f.PlanId) ?? '',
    kind: (str(f.ReviewKind) ?? 'review-conference') as Review['kind'],
    scheduledDate: fromGraphDate(f.ScheduledDate) ?? '',
  };
  const held = fromGraphDate(f.HeldDate);
  if (held) r.heldDate = held;
  const outcome = str(f.Outcome);
  if (outcome) r.outcome = outcome;
  return r;
}

export function agreementToFields(a: Agreement): Fields {
  return {
    Title: `${a.person.name}: ${a.stance}`.slice(0, 255),
    PlanId: a.planId,
    ObjectiveId: a.objectiveId ?? null,
    PersonName: a.person.name,
    PersonEmail: email(a.person.email),
    AgreementRole: a.role,
    Stance: a.stance,
    Words: a.words ?? null,
    AgreementDate: toGraphDate(a.date),
  };
}

export function agreementFromItem(item: ListItem): Agreement {
  const f = item.fields ?? {};
  const a: Agreement = {
    id: String(item.id),
    etag: etagOf(item),
    planId: str(f.PlanId) ?? '',
    person: person(f.PersonName, f.PersonEmail),
    role: (str(f.AgreementRole) ?? 'professional') as Agreement['role'],
    stance: (str(f.Stance) ?? 'not-asked') as Agreement['stance'],
    date: fromGraphDate(f.AgreementDate) ?? '',
  };
  const oid = str(f.ObjectiveId);
  if (oid) a.objectiveId = oid;
  const words = str(f.Words);
  if (words) a.words = words;
  return a;
}

export function reminderToFields(r: Reminder): Fields {
  return {
    Title: `${r.dueItem} to ${r.recipient.email ?? r.recipient.name}`.slice(0, 255),
    PlanId: r.planId,
    DueItem: r.dueItem,
    RecipientName: r.recipient.name,
    RecipientEmail: email(r.recipient.email),
    DueDate: toGraphDate(r.dueDate),
    ReminderStatus: r.status,
    SentAt: r.sentAt ?? null,
    Attempts: r.attempts,
    LastError: r.lastError ?? null,
  };
}

export function reminderFromItem(item: ListItem): Reminder {
  const f = item.fields ?? {};
  const r: Reminder = {
    id: String(item.id),
    etag: etagOf(item),
    planId: str(f.PlanId) ?? '',
    dueItem: str(f.DueItem) ?? '',
    recipient: person(f.RecipientName, f.RecipientEmail),
    dueDate: fromGraphDate(f.DueDate) ?? '',
    status: (str(f.ReminderStatus) ?? 'scheduled') as Reminder['status'],
    attempts: num(f.Attempts) ?? 0,
  };
  const sent = str(f.SentAt);
  if (sent) r.sentAt = sent;
  const err = str(f.LastError);
  if (err) r.lastError = err;
  return r;
}

/** Fields for a create: nulls dropped (an update sends them, to clear a value). */
function forCreate(f: Fields): Fields {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== undefined));
}

function sameFields(a: Fields, b: Fields, ignore: string[] = []): boolean {
  for (const k of Object.keys(a)) {
    if (ignore.includes(k)) continue;
    const x = a[k] ?? null;
    const y = b[k] ?? null;
    if (
      x !== y &&
      !(
        typeof x === 'string' &&
        typeof y === 'string' &&
        Date.parse(x) === Date.parse(y) &&
        /^\d{4}-\d{2}-\d{2}T/.test(x)
      )
    )
      return false;
  }
  return true;
}

function dayBefore(d: IsoDate): string {
  const t = Date.parse(`${d}T12:00:00Z`) - 24 * 3600 * 1000;
  return new Date(t).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------

export class GraphPlanStore implements PlanStore {
  readonly client: GraphClient;
  readonly siteId: string;
  readonly names: ListNames;
  private readonly batchOpts: BatchOptions;
  private readonly pageSize: number;
  private readonly batchConcurrency: number;
  private readonly plansPerFilter: number;

  constructor(opts: GraphPlanStoreOptions) {
    this.client = opts.client;
    this.siteId = opts.siteId ?? 'root';
    this.names = listNames(opts.names);
    this.batchOpts = opts.batch ?? {};
    this.pageSize = opts.pageSize ?? 200;
    this.batchConcurrency = Math.max(1, opts.batchConcurrency ?? 4);
    this.plansPerFilter = Math.max(1, opts.plansPerFilter ?? 15);
  }

  /**
   * Independent steps in $batch calls of 20, a few calls in flight at once; outcomes in the
   * steps' order. For reads: writes go through runBatch in order.
   */
  private async runParallelBatches(steps: BatchStep[]): Promise<BatchOutcome[]> {
    const chunks: BatchStep[][] = [];
    for (let i = 0; i < steps.length; i += MAX_BATCH) chunks.push(steps.slice(i, i + MAX_BATCH));
    const results: BatchOutcome[][] = new Array(chunks.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const k = next++;
        results[k] = await runBatch(this.client, chunks[k], this.batchOpts);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.batchConcurrency, chunks.length) }, worker),
    );
    return results.flat();
  }

  /** The items of one outcome of a list GET, following its nextLink when it has more. */
  private async outcomeItems(o: BatchOutcome): Promise<ListItem[]> {
    if (o.error) throw o.error;
    const body = o.body as { value?: ListItem[]; '@odata.nextLink'?: string } | undefined;
    const items = [...(body?.value ?? [])];
    if (body?.['@odata.nextLink'])
      items.push(...(await this.client.all<ListItem>(body['@odata.nextLink'])));
    return items;
  }

  /**
   * Some lists' items for each of many plans. A GET covers one list for a group of plans, with an
   * `or` of `PlanId eq` on the indexed column (the URL stays well under 2,000 characters); the
   * GETs of all the lists go 20 to a $batch call. A group that fails is read again one plan per
   * GET (the filter getPlan uses, which SharePoint answers on lists of any size), so one bad plan
   * never hides the others and a site that refuses the `or` still works; a plan whose read still
   * failed maps to its error. Result: list, then plan id, then its items.
   */
  private async itemsByPlan(
    lists: readonly ListKey[],
    planIds: readonly string[],
    what: string,
    extraFilter?: string,
  ): Promise<Map<ListKey, Map<string, ListItem[] | StoreError>>> {
    const out = new Map(lists.map((l) => [l, new Map<string, ListItem[] | StoreError>()]));
    type Read = { list: ListKey; ids: string[] };
    const read = async (reads: Read[]): Promise<Read[]> => {
      const steps: BatchStep[] = reads.map(({ list, ids }) => {
        const byPlan = ids.map((id) => `fields/PlanId eq ${odataString(id)}`).join(' or ');
        const filter = extraFilter ? `(${byPlan}) and (${extraFilter})` : byPlan;
        return { method: 'GET', url: '/' + this.query(list, filter, MANY_PLANS_TOP) };
      });
      let outcomes: BatchOutcome[];
      try {
        outcomes = await this.runParallelBatches(steps);
      } catch (e) {
        throw toStoreError(e, what);
      }
      const failed: Read[] = [];
      await Promise.all(
        reads.map(async ({ list, ids }, i) => {
          const byId = out.get(list)!;
          let items: ListItem[];
          try {
            items = await this.outcomeItems(outcomes[i]);
          } catch (e) {
            if (ids.length > 1) failed.push(...ids.map((id) => ({ list, ids: [id] })));
            else byId.set(ids[0], toStoreError(e, what));
            return;
          }
          const mine = new Map<string, ListItem[]>(ids.map((id) => [id, []]));
          for (const item of items) mine.get(String(item.fields?.PlanId ?? ''))?.push(item);
          for (const [id, planItems] of mine) byId.set(id, planItems);
        }),
      );
      return failed;
    };
    const unique = [...new Set(planIds)];
    const reads: Read[] = [];
    for (let i = 0; i < unique.length; i += this.plansPerFilter) {
      const ids = unique.slice(i, i + this.plansPerFilter);
      for (const list of lists) reads.push({ list, ids });
    }
    const failed = await read(reads);
    if (failed.length > 0) await read(failed);
    return out;
  }

  private items(list: ListKey): string {
    return `${listPath(this.siteId, this.names[list])}/items`;
  }

  /** `$expand=fields($select=...)` with the list's own columns. */
  private expand(list: ListKey): string {
    return EXPAND[list];
  }

  private query(list: ListKey, filter?: string, top = this.pageSize): string {
    return withQuery(this.items(list), { $expand: this.expand(list), $filter: filter, $top: top });
  }

  private async *iterate<T>(
    list: ListKey,
    filter: string | undefined,
    map: (i: ListItem) => T,
    what: string,
  ): AsyncGenerator<T> {
    try {
      for await (const page of this.client.pages<ListItem>(this.query(list, filter))) {
        for (const item of page) yield map(item);
      }
    } catch (e) {
      throw toStoreError(e, what);
    }
  }

  private async collect<T>(
    list: ListKey,
    filter: string | undefined,
    map: (i: ListItem) => T,
    what: string,
  ): Promise<T[]> {
    const out: T[] = [];
    for await (const x of this.iterate(list, filter, map, what)) out.push(x);
    return out;
  }

  private async create(list: ListKey, fields: Fields, what: string): Promise<ListItem> {
    try {
      return await this.client.post<ListItem>(this.items(list), { fields: forCreate(fields) });
    } catch (e) {
      throw toStoreError(e, what);
    }
  }

  /**
   * PATCH .../items/{id}/fields with If-Match. On 412 reads their version and throws
   * ConflictError with it.
   */
  private async update<T>(
    list: ListKey,
    id: string,
    etag: string | undefined,
    fields: Fields,
    map: (i: ListItem) => T,
    what: string,
  ): Promise<T> {
    if (!etag) {
      throw new StoreError(
        `${what.charAt(0).toUpperCase()}${what.slice(1)} has no version to check against. Reload it, then make the change again.`,
        428,
        'preconditionRequired',
      );
    }
    const path = `${this.items(list)}/${encodeURIComponent(id)}`;
    try {
      const f = await this.client.patch<Fields>(`${path}/fields`, fields, { 'If-Match': etag });
      return map({ id, eTag: f['@odata.etag'] as string, fields: f });
    } catch (e) {
      if (e instanceof GraphRequestError && e.status === 412) {
        let theirs: T | undefined;
        try {
          theirs = map(
            await this.client.get<ListItem>(withQuery(path, { $expand: this.expand(list) })),
          );
        } catch {
          theirs = undefined;
        }
        throw new ConflictError<T>(explainFailure(412, what), theirs);
      }
      throw toStoreError(e, what);
    }
  }

  // ----- plans

  private planFilter(filter: PlanFilter = {}): string | undefined {
    const parts: string[] = [];
    if (filter.supervisor)
      parts.push(
        `fields/SupervisorEmail eq ${odataString(filter.supervisor.trim().toLowerCase())}`,
      );
    if (filter.status) parts.push(`fields/PlanStatus eq ${odataString(filter.status)}`);
    if (filter.type) parts.push(`fields/PlanType eq ${odataString(filter.type)}`);
    return parts.length ? parts.join(' and ') : undefined;
  }

  async *iteratePlans(filter: PlanFilter = {}): AsyncIterable<Plan> {
    const who = filter.involving?.trim().toLowerCase();
    // Members live in a JSON note column that cannot be filtered on: "involving" is checked here.
    for await (const plan of this.iterate(
      'plans',
      this.planFilter(filter),
      planFromItem,
      'the list of plans',
    )) {
      if (!who || involves(plan, who)) yield plan;
    }
  }

  async listPlans(filter?: PlanFilter): Promise<Plan[]> {
    const out: Plan[] = [];
    for await (const p of this.iteratePlans(filter)) out.push(p);
    return out;
  }

  async *iterateBundles(
    filter: PlanFilter = {},
    options: BundleOptions = {},
  ): AsyncIterable<BundleRead> {
    let page: Plan[] = [];
    for await (const plan of this.iteratePlans(filter)) {
      page.push(plan);
      if (page.length >= this.pageSize) {
        yield* await this.readBundles(page, options);
        page = [];
      }
    }
    if (page.length > 0) yield* await this.readBundles(page, options);
  }

  /** The parts of a page of plans: a GET per list and group of plans, 20 to a $batch call. */
  private async readBundles(plans: Plan[], options: BundleOptions): Promise<BundleRead[]> {
    const lists: ListKey[] = ['objectives', 'reviews'];
    if (options.agreements !== false) lists.push('agreements');
    const byList = await this.itemsByPlan(
      lists,
      plans.map((p) => p.id!),
      'the plan',
    );
    return plans.map((plan): BundleRead => {
      const parts = lists.map((l) => byList.get(l)!.get(plan.id!));
      const error = parts.find((p): p is StoreError => p instanceof StoreError);
      if (error) return { plan, error };
      const [o, r, a] = parts as (ListItem[] | undefined)[];
      return {
        plan,
        bundle: {
          plan,
          objectives: (o ?? []).map(objectiveFromItem).sort((x, y) => x.order - y.order),
          agreements: (a ?? []).map(agreementFromItem),
          reviews: (r ?? [])
            .map(reviewFromItem)
            .sort((x, y) => x.scheduledDate.localeCompare(y.scheduledDate)),
        },
      };
    });
  }

  /** One $batch with the plan and its objectives, agreements and reviews; more pages if any. */
  async getPlan(planId: string): Promise<PlanBundle> {
    const id = encodeURIComponent(planId);
    const byPlan = `fields/PlanId eq ${odataString(planId)}`;
    const steps: BatchStep[] = [
      {
        method: 'GET',
        url: withQuery(`/${this.items('plans')}/${id}`, { $expand: this.expand('plans') }),
      },
      { method: 'GET', url: '/' + this.query('objectives', byPlan, 500) },
      { method: 'GET', url: '/' + this.query('agreements', byPlan, 500) },
      { method: 'GET', url: '/' + this.query('reviews', byPlan, 500) },
    ];
    let out: BatchOutcome[];
    try {
      out = await runBatch(this.client, steps, this.batchOpts);
    } catch (e) {
      throw toStoreError(e, 'the plan');
    }
    const failed = out.find((o) => o.error);
    if (failed?.error) throw toStoreError(failed.error, 'the plan');
    const rest = async <T>(o: BatchOutcome, map: (i: ListItem) => T): Promise<T[]> => {
      const body = o.body as { value?: ListItem[]; '@odata.nextLink'?: string };
      const items = [...(body.value ?? [])];
      if (body['@odata.nextLink']) {
        try {
          items.push(...(await this.client.all<ListItem>(body['@odata.nextLink'])));
        } catch (e) {
          throw toStoreError(e, 'the plan');
        }
      }
      return items.map(map);
    };
    const objectives = (await rest(out[1], objectiveFromItem)).sort((a, b) => a.order - b.order);
    const agreements = await rest(out[2], agreementFromItem);
    const reviews = (await rest(out[3], reviewFromItem)).sort((a, b) =>
      a.scheduledDate.localeCompare(b.scheduledDate),
    );
    return { plan: planFromItem(out[0].body as ListItem), objectives, agreements, reviews };
  }

  /**
   * Creates or updates the plan, then its objectives in $batch calls: matched by id, else by
   * sourceKey, else created; unchanged ones are not written; objectives in the store but not
   * given are marked withdrawn. Every update carries If-Match. Failures are reported per item.
   */
  async savePlan(plan: Plan, objectives: PlanObjective[]): Promise<SaveResult> {
    const failures: SaveResult['failures'] = [];
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    let planId = plan.id;
    let planEtag = plan.etag;
    let current: Plan | undefined;
    let existing: PlanObjective[] = [];

    try {
      if (!planId && plan.documentUrl) {
        // Saved from Word before? The document key finds it, so a re-save never duplicates; but
        // only the same child's plan: another child's plan from the same address (a copied
        // document, a shared page) is never written over.
        const found = await this.client.get<{ value: ListItem[] }>(
          this.query(
            'plans',
            `fields/DocumentKey eq ${odataString(documentKey(plan.documentUrl))}`,
            20,
          ),
        );
        const same = (found.value ?? [])
          .map(planFromItem)
          .find((p) => sameChildRef(p.childRef, plan.childRef));
        if (same) {
          current = same;
          planId = current.id;
          planEtag = planEtag ?? current.etag;
        }
      }
      if (planId) {
        const steps: BatchStep[] = [];
        if (!current)
          steps.push({
            method: 'GET',
            url: withQuery(`/${this.items('plans')}/${encodeURIComponent(planId)}`, {
              $expand: this.expand('plans'),
            }),
          });
        steps.push({
          method: 'GET',
          url: '/' + this.query('objectives', `fields/PlanId eq ${odataString(planId)}`, 500),
        });
        const out = await runBatch(this.client, steps, this.batchOpts);
        const failed = out.find((o) => o.error);
        if (failed?.error) throw failed.error;
        if (!current) current = planFromItem(out[0].body as ListItem);
        planEtag = planEtag ?? current.etag;
        const objOut = out[out.length - 1].body as {
          value?: ListItem[];
          '@odata.nextLink'?: string;
        };
        const items = [...(objOut.value ?? [])];
        if (objOut['@odata.nextLink'])
          items.push(...(await this.client.all<ListItem>(objOut['@odata.nextLink'])));
        existing = items.map(objectiveFromItem);
      }
    } catch (e) {
      throw toStoreError(e, 'the plan');
    }

    let savedPlan: Plan;
    const steps: BatchStep[] = [];
    const kinds: (
      | { kind: 'plan' }
      | { kind: 'objective'; index: number }
      | { kind: 'withdraw'; objective: PlanObjective }
      | { kind: 'score' }
    )[] = [];
    if (!planId) {
      const created = await this.create(
        'plans',
        planToFields({ ...plan, updatedAt: now }),
        'the plan',
      );
      savedPlan = planFromItem(created);
      planId = savedPlan.id!;
    } else {
      savedPlan = { ...plan, id: planId, etag: planEtag };
      steps.push({
        method: 'PATCH',
        url: `/${this.items('plans')}/${encodeURIComponent(planId)}/fields`,
        headers: { 'If-Match': planEtag ?? '*' },
        body: planToFields({ ...plan, updatedAt: now }),
      });
      kinds.push({ kind: 'plan' });
    }

    const byId = new Map(existing.map((o) => [o.id!, o]));
    const bySource = new Map(existing.filter((o) => o.sourceKey).map((o) => [o.sourceKey!, o]));
    const matched = new Set<string>();
    const result: PlanObjective[] = objectives.map((o) => ({ ...o, planId: planId! }));
    result.forEach((o, index) => {
      const match =
        (o.id && byId.get(o.id)) || (o.sourceKey ? bySource.get(o.sourceKey) : undefined);
      if (match && !matched.has(match.id!)) {
        matched.add(match.id!);
        o.id = match.id;
        const fields = objectiveToFields(o);
        if (sameFields(fields, objectiveToFields(match))) {
          o.etag = match.etag;
          return;
        }
        steps.push({
          method: 'PATCH',
          url: `/${this.items('objectives')}/${encodeURIComponent(match.id!)}/fields`,
          headers: { 'If-Match': o.etag ?? match.etag ?? '*' },
          body: fields,
        });
      } else {
        o.id = undefined;
        o.etag = undefined;
        steps.push({
          method: 'POST',
          url: `/${this.items('objectives')}`,
          body: { fields: forCreate(objectiveToFields(o)) },
        });
      }
      kinds.push({ kind: 'objective', index });
    });
    for (const old of existing) {
      if (matched.has(old.id!) || old.status === 'withdrawn') continue;
      steps.push({
        method: 'PATCH',
        url: `/${this.items('objectives')}/${encodeURIComponent(old.id!)}/fields`,
        headers: { 'If-Match': old.etag ?? '*' },
        body: { ObjectiveStatus: 'withdrawn' },
      });
      kinds.push({ kind: 'withdraw', objective: old });
    }
    if (plan.score !== undefined) {
      // The score history rides in the same $batch: the supervisor view's trend costs no trip.
      steps.push({
        method: 'POST',
        url: `/${this.items('scores')}`,
        body: { fields: scoreToFields({ planId, score: plan.score, at: now }) },
      });
      kinds.push({ kind: 'score' });
    }

    let outcomes: BatchOutcome[];
    try {
      outcomes = await runBatch(this.client, steps, this.batchOpts);
    } catch (e) {
      throw toStoreError(e, 'the plan');
    }
    outcomes.forEach((out, i) => {
      const k = kinds[i];
      const label =
        k.kind === 'plan'
          ? 'the plan'
          : k.kind === 'score'
            ? "the plan's score history"
            : k.kind === 'objective'
              ? `objective ${result[k.index].order}`
              : `objective ${k.objective.order} (marking it withdrawn)`;
      if (out.error) {
        failures.push({
          item: label,
          status: out.status,
          message: explainFailure(
            out.status,
            label,
            out.status === 400 ? out.error.message : undefined,
          ),
        });
        return;
      }
      const body = out.body as ListItem & Fields;
      if (k.kind === 'plan') {
        savedPlan = planFromItem({
          id: planId!,
          eTag: body['@odata.etag'] as string,
          fields: body,
        });
      } else if (k.kind === 'objective') {
        const saved = body.fields
          ? objectiveFromItem(body)
          : objectiveFromItem({
              id: result[k.index].id!,
              eTag: body['@odata.etag'] as string,
              fields: body,
            });
        result[k.index] = saved;
      }
    });
    return { plan: savedPlan, objectives: result, failures };
  }

  async updateObjective(objective: PlanObjective): Promise<PlanObjective> {
    if (!objective.id)
      throw new StoreError(
        'This objective has not been saved yet, so it cannot be updated. Save the plan first.',
        404,
      );
    return this.update(
      'objectives',
      objective.id,
      objective.etag,
      objectiveToFields(objective),
      objectiveFromItem,
      `objective ${objective.order}`,
    );
  }

  async updatePlan(plan: Plan): Promise<Plan> {
    if (!plan.id)
      throw new StoreError(
        'This plan has not been saved yet, so it cannot be updated. Save it first.',
        404,
      );
    const fields = planToFields({
      ...plan,
      updatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    return this.update('plans', plan.id, plan.etag, fields, planFromItem, 'the plan');
  }

  async addAgreement(agreement: Agreement): Promise<Agreement> {
    return agreementFromItem(
      await this.create('agreements', agreementToFields(agreement), 'the agreement'),
    );
  }

  async listReviews(planId: string): Promise<Review[]> {
    const reviews = await this.collect(
      'reviews',
      `fields/PlanId eq ${odataString(planId)}`,
      reviewFromItem,
      'the reviews',
    );
    return reviews.sort((a, b) => a.scheduledDate.localeCompare(b.scheduledDate));
  }

  async saveReview(review: Review): Promise<Review> {
    if (!review.id)
      return reviewFromItem(await this.create('reviews', reviewToFields(review), 'the review'));
    return this.update(
      'reviews',
      review.id,
      review.etag,
      reviewToFields(review),
      reviewFromItem,
      'the review',
    );
  }

  async listReminders(filter: ReminderFilter = {}): Promise<Reminder[]> {
    const parts: string[] = [];
    if (filter.dueItem) parts.push(`fields/DueItem eq ${odataString(filter.dueItem)}`);
    // A day's margin for the site's time zone; the exact date is checked below.
    if (filter.dueFrom)
      parts.push(`fields/DueDate ge ${odataString(`${dayBefore(filter.dueFrom)}T00:00:00Z`)}`);
    let all: Reminder[];
    if (filter.planIds) {
      // With planId as well: the plans in both.
      const ids = [...new Set(filter.planIds)].filter(
        (id) => !filter.planId || id === filter.planId,
      );
      const byList = await this.itemsByPlan(
        ['reminders'],
        ids,
        'the reminders',
        parts.join(' and ') || undefined,
      );
      all = [];
      for (const items of byList.get('reminders')!.values()) {
        if (items instanceof StoreError) throw items;
        all.push(...items.map(reminderFromItem));
      }
    } else {
      if (filter.planId) parts.unshift(`fields/PlanId eq ${odataString(filter.planId)}`);
      all = await this.collect(
        'reminders',
        parts.join(' and ') || undefined,
        reminderFromItem,
        'the reminders',
      );
    }
    return filter.dueFrom ? all.filter((r) => r.dueDate >= filter.dueFrom!) : all;
  }

  async saveReminders(reminders: readonly Reminder[]): Promise<WriteResult<Reminder>[]> {
    const what = 'the reminder';
    const results: WriteResult<Reminder>[] = new Array(reminders.length);
    const steps: BatchStep[] = [];
    const stepOf: number[] = [];
    reminders.forEach((r, i) => {
      if (!r.id) {
        steps.push({
          method: 'POST',
          url: `/${this.items('reminders')}`,
          body: { fields: forCreate(reminderToFields(r)) },
        });
      } else if (!r.etag) {
        results[i] = {
          ok: false,
          error: new StoreError(
            'The reminder has no version to check against. Reload it, then make the change again.',
            428,
            'preconditionRequired',
          ),
        };
        return;
      } else {
        steps.push({
          method: 'PATCH',
          url: `/${this.items('reminders')}/${encodeURIComponent(r.id)}/fields`,
          headers: { 'If-Match': r.etag },
          body: reminderToFields(r),
        });
      }
      stepOf.push(i);
    });
    let outcomes: BatchOutcome[];
    try {
      outcomes = await runBatch(this.client, steps, this.batchOpts);
    } catch (e) {
      throw toStoreError(e, what);
    }
    const conflicts: number[] = [];
    outcomes.forEach((out, k) => {
      const i = stepOf[k];
      const r = reminders[i];
      if (out.status === 412) conflicts.push(i);
      else if (out.error) results[i] = { ok: false, error: toStoreError(out.error, what) };
      else {
        const body = out.body as ListItem & Fields;
        results[i] = {
          ok: true,
          value: r.id
            ? reminderFromItem({ id: r.id, eTag: body['@odata.etag'] as string, fields: body })
            : reminderFromItem(body),
        };
      }
    });
    if (conflicts.length > 0) {
      // Their versions, so a caller can show what changed; a failed read leaves them out.
      const theirs = await this.runParallelBatches(
        conflicts.map((i) => ({
          method: 'GET',
          url: withQuery(`/${this.items('reminders')}/${encodeURIComponent(reminders[i].id!)}`, {
            $expand: this.expand('reminders'),
          }),
        })),
      ).catch(() => [] as BatchOutcome[]);
      conflicts.forEach((i, k) => {
        const o = theirs[k];
        const current = o && !o.error ? reminderFromItem(o.body as ListItem) : undefined;
        results[i] = {
          ok: false,
          error: new ConflictError<Reminder>(explainFailure(412, what), current),
        };
      });
    }
    return results;
  }

  async saveReminder(reminder: Reminder): Promise<Reminder> {
    if (!reminder.id)
      return reminderFromItem(
        await this.create('reminders', reminderToFields(reminder), 'the reminder'),
      );
    return this.update(
      'reminders',
      reminder.id,
      reminder.etag,
      reminderToFields(reminder),
      reminderFromItem,
      'the reminder',
    );
  }

  // ----- finding a plan by its document, score history, settings

  /** By the Plans list's indexed DocumentKey column, as savePlan keys it. */
  async findPlanByDocument(documentUrl: string, childRef?: string): Promise<string | undefined> {
    const filter = `fields/DocumentKey eq ${odataString(documentKey(documentUrl))}`;
    const path =
      childRef === undefined
        ? withQuery(`${listPath(this.siteId, this.names.plans)}/items`, {
            $filter: filter,
            $select: 'id',
            $top: 1,
          })
        : this.query('plans', filter, 20);
    try {
      const found = await this.client.get<{ value?: ListItem[] }>(path);
      const item =
        childRef === undefined
          ? found.value?.[0]
          : found.value?.find((i) => sameChildRef(str(i.fields?.Title) ?? '', childRef));
      return item?.id ? String(item.id) : undefined;
    } catch (e) {
      throw toStoreError(e, 'the plan saved from this document');
    }
  }

  /**
   * Each plan's scores, oldest first, read in $batch calls (one filtered GET per plan on the
   * indexed PlanId column), so a team of 40 plans is two round trips, not 40.
   */
  async scoreHistory(planIds: string[]): Promise<Map<string, ScorePoint[]>> {
    const ids = [...new Set(planIds)];
    const steps: BatchStep[] = ids.map((id) => ({
      method: 'GET',
      url: '/' + this.query('scores', `fields/PlanId eq ${odataString(id)}`, 500),
    }));
    const history = new Map<string, ScorePoint[]>();
    let out: BatchOutcome[];
    try {
      out = await runBatch(this.client, steps, this.batchOpts);
    } catch (e) {
      throw toStoreError(e, 'the score history');
    }
    for (const [i, o] of out.entries()) {
      if (o.error) throw toStoreError(o.error, 'the score history');
      const body = o.body as { value?: ListItem[]; '@odata.nextLink'?: string };
      const items = [...(body.value ?? [])];
      if (body['@odata.nextLink']) {
        try {
          items.push(...(await this.client.all<ListItem>(body['@odata.nextLink'])));
        } catch (e) {
          throw toStoreError(e, 'the score history');
        }
      }
      const points = items
        .map(scoreFromItem)
        .filter((p): p is ScorePoint => p !== undefined)
        .sort((a, b) => a.at.localeCompare(b.at));
      history.set(ids[i], points);
    }
    return history;
  }

  /**
   * Graph has no call for "may I write this list", so this asks for a write that cannot succeed:
   * an update carrying an ETag no item has, with the values already stored. SharePoint answers
   * 403 when the person may not edit the list and 412 when they may (the ETag is checked after
   * permission). Anything else counts as editable: the save itself then says what went wrong.
   */
  async canEditSetting(key: string): Promise<boolean> {
    try {
      const setting = await this.getSetting(key);
      // Never saved: editable until the first save is refused.
      if (!setting) return true;
      await this.client.patch(
        `${listPath(this.siteId, this.names.settings)}/items/${encodeURIComponent(setting.id)}/fields`,
        { Value: JSON.stringify(setting.value) },
        { 'If-Match': '"smart-plans-write-check"' },
      );
      return true;
    } catch (err) {
      const status = err instanceof GraphRequestError || err instanceof StoreError ? err.status : 0;
      return !(status === 403 || status === 401);
    }
  }

  /** A setting by key with its ETag, or undefined when it was never saved. */
  async getSetting<T = unknown>(key: string): Promise<Setting<T> | undefined> {
    const items = await this.collect(
      'settings',
      `fields/SettingKey eq ${odataString(key)}`,
      (i) => i,
      `the setting "${key}"`,
    );
    const item = items[0];
    if (!item) return undefined;
    return {
      key,
      value: json<T>(item.fields?.Value, undefined as T),
      id: String(item.id),
      etag: etagOf(item)!,
    };
  }

  /**
   * Saves a setting. Updating needs the ETag it was read with (If-Match); a stale one, or none
   * when the setting already exists, throws ConflictError with the saved version.
   */
  async putSetting<T = unknown>(key: string, value: T, etag?: string): Promise<Setting<T>> {
    const what = `the setting "${key}"`;
    const fields = { Title: key.slice(0, 255), SettingKey: key, Value: JSON.stringify(value) };
    const existing = await this.getSetting<T>(key);
    if (!existing) {
      const item = await this.create('settings', fields, what);
      return { key, value, id: String(item.id), etag: etagOf(item)! };
    }
    if (!etag) throw new ConflictError<Setting<T>>(explainFailure(412, what), existing);
    return this.update(
      'settings',
      existing.id,
      etag,
      fields,
      (i) => ({ key, value: json<T>(i.fields?.Value, value), id: existing.id, etag: etagOf(i)! }),
      what,
    );
  }
}

function involves(plan: Plan, who: string): boolean {
  const is = (p?: Person) => !!p?.email && p.email.trim().toLowerCase() === who;
  return is(plan.leadProfessional) || is(plan.supervisor) || plan.members.some(is);
}
