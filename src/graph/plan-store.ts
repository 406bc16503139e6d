/**
 * PlanStore over Microsoft Graph: plans, objectives, reviews, agreements and reminders as items
 * of SharePoint lists (src/graph/lists.ts, with each list's columns in schema/<list>.ts). Reads
 * go through query.ts (`$expand=fields($select=...)`, `$filter` on indexed columns only,
 * `@odata.nextLink`); several writes go in `$batch` calls of 20; every update carries `If-Match`
 * with the item's ETag, and a 412 becomes a ConflictError carrying the other person's version,
 * never a silent overwrite (item-writes.ts). The same code runs against SharePoint in a tenant
 * and against the local lists service in local mode.
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
import type { BatchOptions, BatchOutcome, BatchStep } from './batch';
import { GraphClient, GraphRequestError, explainFailure, toStoreError, withQuery } from './client';
import { createItem, saveItem, updateItem } from './item-writes';
import { listNames, type ListKey, type ListNames } from './lists';
import { SiteLists, where } from './query';
import { sameChildRef, savePlan } from './save-plan';
import { AGREEMENTS } from './schema/agreements';
import type { Fields } from './schema/field';
import { etagOf, forCreate, type ListItem } from './schema/list';
import { OBJECTIVES } from './schema/objectives';
import { PLANS } from './schema/plans';
import { REMINDERS } from './schema/reminders';
import { REVIEWS } from './schema/reviews';
import { scoreFromItem } from './schema/scores';
import { SETTINGS } from './schema/settings';
import { PLAN_ID } from './schema/shared-columns';
import { documentKey } from './schema/values';

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

const byOrder = (a: PlanObjective, b: PlanObjective) => a.order - b.order;
const byScheduledDate = (a: Review, b: Review) => a.scheduledDate.localeCompare(b.scheduledDate);

export class GraphPlanStore implements PlanStore {
  readonly client: GraphClient;
  readonly siteId: string;
  readonly names: ListNames;
  private readonly lists: SiteLists;

  constructor(opts: GraphPlanStoreOptions) {
    this.client = opts.client;
    this.siteId = opts.siteId ?? 'root';
    this.names = listNames(opts.names);
    this.lists = new SiteLists({
      client: this.client,
      siteId: this.siteId,
      names: this.names,
      batch: opts.batch ?? {},
      pageSize: opts.pageSize ?? 200,
      batchConcurrency: Math.max(1, opts.batchConcurrency ?? 4),
      plansPerFilter: Math.max(1, opts.plansPerFilter ?? 15),
    });
  }

  // ----- plans

  private planFilter(filter: PlanFilter = {}): string | undefined {
    const parts: string[] = [];
    if (filter.supervisor)
      parts.push(where(PLANS.fields.supervisor, 'eq', filter.supervisor.trim().toLowerCase()));
    if (filter.status) parts.push(where(PLANS.fields.status, 'eq', filter.status));
    if (filter.type) parts.push(where(PLANS.fields.type, 'eq', filter.type));
    return parts.length ? parts.join(' and ') : undefined;
  }

  async *iteratePlans(filter: PlanFilter = {}): AsyncIterable<Plan> {
    const who = filter.involving?.trim().toLowerCase();
    // Members live in a JSON note column that cannot be filtered on: "involving" is checked here.
    for await (const plan of this.lists.iterate(
      'plans',
      this.planFilter(filter),
      PLANS.fromItem,
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
      if (page.length >= this.lists.opts.pageSize) {
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
    const byList = await this.lists.itemsByPlan(
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
          objectives: (o ?? []).map(OBJECTIVES.fromItem).sort(byOrder),
          agreements: (a ?? []).map(AGREEMENTS.fromItem),
          reviews: (r ?? []).map(REVIEWS.fromItem).sort(byScheduledDate),
        },
      };
    });
  }

  /** One $batch with the plan and its objectives, agreements and reviews; more pages if any. */
  async getPlan(planId: string): Promise<PlanBundle> {
    const byPlan = where(PLAN_ID, 'eq', planId);
    const steps: BatchStep[] = [
      { method: 'GET', url: '/' + this.lists.item('plans', planId) },
      { method: 'GET', url: '/' + this.lists.query('objectives', byPlan, 500) },
      { method: 'GET', url: '/' + this.lists.query('agreements', byPlan, 500) },
      { method: 'GET', url: '/' + this.lists.query('reviews', byPlan, 500) },
    ];
    let out: BatchOutcome[];
    try {
      out = await this.lists.batch(steps);
    } catch (e) {
      throw toStoreError(e, 'the plan');
    }
    const failed = out.find((o) => o.error);
    if (failed?.error) throw toStoreError(failed.error, 'the plan');
    const rest = async <T>(o: BatchOutcome, map: (i: ListItem) => T): Promise<T[]> =>
      (await this.lists.readOutcome(o, 'the plan')).map(map);
    const objectives = (await rest(out[1], OBJECTIVES.fromItem)).sort(byOrder);
    const agreements = await rest(out[2], AGREEMENTS.fromItem);
    const reviews = (await rest(out[3], REVIEWS.fromItem)).sort(byScheduledDate);
    return { plan: PLANS.fromItem(out[0].body as ListItem), objectives, agreements, reviews };
  }

  /**
   * Creates or updates the plan, then its objectives in $batch calls (save-plan.ts): matched by
   * id, else by sourceKey, else created; unchanged ones are not written; objectives in the store
   * but not given are marked withdrawn. Every update carries If-Match. Failures are reported per
   * item.
   */
  savePlan(plan: Plan, objectives: PlanObjective[]): Promise<SaveResult> {
    return savePlan(this.lists, plan, objectives);
  }

  async updateObjective(objective: PlanObjective): Promise<PlanObjective> {
    if (!objective.id)
      throw new StoreError(
        'This objective has not been saved yet, so it cannot be updated. Save the plan first.',
        404,
      );
    return updateItem(
      this.lists,
      'objectives',
      objective.id,
      objective.etag,
      OBJECTIVES.toFields(objective),
      OBJECTIVES.fromItem,
      `objective ${objective.order}`,
    );
  }

  async updatePlan(plan: Plan): Promise<Plan> {
    if (!plan.id)
      throw new StoreError(
        'This plan has not been saved yet, so it cannot be updated. Save it first.',
        404,
      );
    const fields = PLANS.toFields({
      ...plan,
      updatedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    return updateItem(this.lists, 'plans', plan.id, plan.etag, fields, PLANS.fromItem, 'the plan');
  }

  async addAgreement(agreement: Agreement): Promise<Agreement> {
    return AGREEMENTS.fromItem(
      await createItem(this.lists, 'agreements', AGREEMENTS.toFields(agreement), 'the agreement'),
    );
  }

  async listReviews(planId: string): Promise<Review[]> {
    const reviews = await this.lists.collect(
      'reviews',
      where(PLAN_ID, 'eq', planId),
      REVIEWS.fromItem,
      'the reviews',
    );
    return reviews.sort(byScheduledDate);
  }

  saveReview(review: Review): Promise<Review> {
    return saveItem(this.lists, REVIEWS, review, 'the review');
  }

  // ----- reminders

  async listReminders(filter: ReminderFilter = {}): Promise<Reminder[]> {
    const parts: string[] = [];
    if (filter.dueItem) parts.push(where(REMINDERS.fields.dueItem, 'eq', filter.dueItem));
    // A day's margin for the site's time zone; the exact date is checked below.
    if (filter.dueFrom)
      parts.push(where(REMINDERS.fields.dueDate, 'ge', `${dayBefore(filter.dueFrom)}T00:00:00Z`));
    let all: Reminder[];
    if (filter.planIds) {
      // With planId as well: the plans in both.
      const ids = [...new Set(filter.planIds)].filter(
        (id) => !filter.planId || id === filter.planId,
      );
      const byList = await this.lists.itemsByPlan(
        ['reminders'],
        ids,
        'the reminders',
        parts.join(' and ') || undefined,
      );
      all = [];
      for (const items of byList.get('reminders')!.values()) {
        if (items instanceof StoreError) throw items;
        all.push(...items.map(REMINDERS.fromItem));
      }
    } else {
      if (filter.planId) parts.unshift(where(PLAN_ID, 'eq', filter.planId));
      all = await this.lists.collect(
        'reminders',
        parts.join(' and ') || undefined,
        REMINDERS.fromItem,
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
          url: `/${this.lists.items('reminders')}`,
          body: { fields: forCreate(REMINDERS.toFields(r)) },
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
          url: '/' + this.lists.fieldsOf('reminders', r.id),
          headers: { 'If-Match': r.etag },
          body: REMINDERS.toFields(r),
        });
      }
      stepOf.push(i);
    });
    let outcomes: BatchOutcome[];
    try {
      outcomes = await this.lists.batch(steps);
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
            ? REMINDERS.fromItem({ id: r.id, eTag: body['@odata.etag'] as string, fields: body })
            : REMINDERS.fromItem(body),
        };
      }
    });
    if (conflicts.length > 0) {
      // Their versions, so a caller can show what changed; a failed read leaves them out.
      const theirs = await this.lists
        .parallelBatches(
          conflicts.map((i) => ({
            method: 'GET',
            url: '/' + this.lists.item('reminders', reminders[i].id!),
          })),
        )
        .catch(() => [] as BatchOutcome[]);
      conflicts.forEach((i, k) => {
        const o = theirs[k];
        const current = o && !o.error ? REMINDERS.fromItem(o.body as ListItem) : undefined;
        results[i] = {
          ok: false,
          error: new ConflictError<Reminder>(explainFailure(412, what), current),
        };
      });
    }
    return results;
  }

  saveReminder(reminder: Reminder): Promise<Reminder> {
    return saveItem(this.lists, REMINDERS, reminder, 'the reminder');
  }

  // ----- finding a plan by its document, score history, settings

  /** By the Plans list's indexed DocumentKey column, as savePlan keys it. */
  async findPlanByDocument(documentUrl: string, childRef?: string): Promise<string | undefined> {
    const filter = where(PLANS.fields.documentUrl, 'eq', documentKey(documentUrl));
    const path =
      childRef === undefined
        ? withQuery(this.lists.items('plans'), { $filter: filter, $select: 'id', $top: 1 })
        : this.lists.query('plans', filter, 20);
    try {
      const found = await this.client.get<{ value?: ListItem[] }>(path);
      const item =
        childRef === undefined
          ? found.value?.[0]
          : found.value?.find((i) =>
              sameChildRef(PLANS.fields.childRef.read(i.fields ?? {}) ?? '', childRef),
            );
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
    const what = 'the score history';
    const ids = [...new Set(planIds)];
    const steps: BatchStep[] = ids.map((id) => ({
      method: 'GET',
      url: '/' + this.lists.query('scores', where(PLAN_ID, 'eq', id), 500),
    }));
    const history = new Map<string, ScorePoint[]>();
    let out: BatchOutcome[];
    try {
      out = await this.lists.batch(steps);
    } catch (e) {
      throw toStoreError(e, what);
    }
    for (const [i, o] of out.entries()) {
      const points = (await this.lists.readOutcome(o, what))
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
        this.lists.fieldsOf('settings', setting.id),
        SETTINGS.fields.value.write(setting.value),
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
    const items = await this.lists.collect(
      'settings',
      where(SETTINGS.fields.key, 'eq', key),
      (i) => i,
      `the setting "${key}"`,
    );
    const item = items[0];
    if (!item) return undefined;
    return {
      key,
      value: SETTINGS.fields.value.read(item.fields ?? {}) as T,
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
    const fields = SETTINGS.toFields({ key, value });
    const existing = await this.getSetting<T>(key);
    if (!existing) {
      const item = await createItem(this.lists, 'settings', fields, what);
      return { key, value, id: String(item.id), etag: etagOf(item)! };
    }
    if (!etag) throw new ConflictError<Setting<T>>(explainFailure(412, what), existing);
    return updateItem(
      this.lists,
      'settings',
      existing.id,
      etag,
      fields,
      (i) => {
        const saved = SETTINGS.fields.value.read(i.fields ?? {}) as T | undefined;
        return {
          key,
          value: saved === undefined ? value : saved,
          id: existing.id,
          etag: etagOf(i)!,
        };
      },
      what,
    );
  }
}

function involves(plan: Plan, who: string): boolean {
  const is = (p?: Person) => !!p?.email && p.email.trim().toLowerCase() === who;
  return is(plan.leadProfessional) || is(plan.supervisor) || plan.members.some(is);
}

function dayBefore(d: IsoDate): string {
  const t = Date.parse(`${d}T12:00:00Z`) - 24 * 3600 * 1000;
  return new Date(t).toISOString().slice(0, 10);
}
