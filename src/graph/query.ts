/**
 * Reading one site's list items through Graph: item URLs with each list's
 * `$expand=fields($select=...)` (its schema's columns), `$filter` on indexed columns only (values
 * escaped), paging by `@odata.nextLink`, and reads of many plans at once in `$batch` calls.
 */
import { StoreError } from '../plans/store';
import { MAX_BATCH, runBatch, type BatchOptions, type BatchOutcome, type BatchStep } from './batch';
import { GraphClient, odataString, toStoreError, withQuery } from './client';
import { LIST_SPECS, listPath, type ListKey, type ListNames } from './lists';
import { TITLE } from './schema/field';
import type { ListItem } from './schema/list';
import { PLAN_ID } from './schema/shared-columns';

/** `fields($select=...)` per list, built once: every read uses it. */
const EXPAND = Object.fromEntries(
  LIST_SPECS.map((spec) => [
    spec.key,
    `fields($select=${[TITLE, ...spec.columns.map((c) => c.name)].join(',')})`,
  ]),
) as Record<ListKey, string>;

/** Page size of a read of many plans' items in one list (more pages follow nextLink). */
const MANY_PLANS_TOP = 500;

/** `fields/<column> <op> '<value>'` on the column a field is filtered by. */
export function where(field: { column: string }, op: 'eq' | 'ge', value: string): string {
  return `fields/${field.column} ${op} ${odataString(value)}`;
}

export interface SiteListsOptions {
  client: GraphClient;
  siteId: string;
  names: ListNames;
  batch: BatchOptions;
  pageSize: number;
  batchConcurrency: number;
  plansPerFilter: number;
}

export class SiteLists {
  constructor(readonly opts: SiteListsOptions) {}

  get client(): GraphClient {
    return this.opts.client;
  }

  items(list: ListKey): string {
    return `${listPath(this.opts.siteId, this.opts.names[list])}/items`;
  }

  /** `$expand=fields($select=...)` with the list's own columns. */
  expand(list: ListKey): string {
    return EXPAND[list];
  }

  query(list: ListKey, filter?: string, top = this.opts.pageSize): string {
    return withQuery(this.items(list), { $expand: this.expand(list), $filter: filter, $top: top });
  }

  /** One item with its fields. */
  item(list: ListKey, id: string): string {
    return withQuery(`${this.items(list)}/${encodeURIComponent(id)}`, {
      $expand: this.expand(list),
    });
  }

  /** An item's fields, which an update PATCHes. */
  fieldsOf(list: ListKey, id: string): string {
    return `${this.items(list)}/${encodeURIComponent(id)}/fields`;
  }

  /** Steps in $batch calls of 20, in order (writes, and reads that depend on one another). */
  batch(steps: BatchStep[]): Promise<BatchOutcome[]> {
    return runBatch(this.opts.client, steps, this.opts.batch);
  }

  async *iterate<T>(
    list: ListKey,
    filter: string | undefined,
    map: (i: ListItem) => T,
    what: string,
  ): AsyncGenerator<T> {
    try {
      for await (const page of this.opts.client.pages<ListItem>(this.query(list, filter))) {
        for (const item of page) yield map(item);
      }
    } catch (e) {
      throw toStoreError(e, what);
    }
  }

  async collect<T>(
    list: ListKey,
    filter: string | undefined,
    map: (i: ListItem) => T,
    what: string,
  ): Promise<T[]> {
    const out: T[] = [];
    for await (const x of this.iterate(list, filter, map, what)) out.push(x);
    return out;
  }

  /**
   * Independent steps in $batch calls of 20, a few calls in flight at once; outcomes in the
   * steps' order. For reads: writes go through runBatch in order.
   */
  async parallelBatches(steps: BatchStep[]): Promise<BatchOutcome[]> {
    const chunks: BatchStep[][] = [];
    for (let i = 0; i < steps.length; i += MAX_BATCH) chunks.push(steps.slice(i, i + MAX_BATCH));
    const results: BatchOutcome[][] = new Array(chunks.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const k = next++;
        results[k] = await runBatch(this.opts.client, chunks[k], this.opts.batch);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.opts.batchConcurrency, chunks.length) }, worker),
    );
    return results.flat();
  }

  /** The items of one outcome of a list GET, following its nextLink when it has more. */
  async outcomeItems(o: BatchOutcome): Promise<ListItem[]> {
    if (o.error) throw o.error;
    const body = o.body as { value?: ListItem[]; '@odata.nextLink'?: string } | undefined;
    const items = [...(body?.value ?? [])];
    if (body?.['@odata.nextLink'])
      items.push(...(await this.opts.client.all<ListItem>(body['@odata.nextLink'])));
    return items;
  }

  /** outcomeItems, with a failure as the StoreError the faces show. */
  async readOutcome(o: BatchOutcome, what: string): Promise<ListItem[]> {
    try {
      return await this.outcomeItems(o);
    } catch (e) {
      throw toStoreError(e, what);
    }
  }

  /**
   * Some lists' items for each of many plans. A GET covers one list for a group of plans, with an
   * `or` of `PlanId eq` on the indexed column (the URL stays well under 2,000 characters); the
   * GETs of all the lists go 20 to a $batch call. A group that fails is read again one plan per
   * GET (the filter getPlan uses, which SharePoint answers on lists of any size), so one bad plan
   * never hides the others and a site that refuses the `or` still works; a plan whose read still
   * failed maps to its error. Result: list, then plan id, then its items.
   */
  async itemsByPlan(
    lists: readonly ListKey[],
    planIds: readonly string[],
    what: string,
    extraFilter?: string,
  ): Promise<Map<ListKey, Map<string, ListItem[] | StoreError>>> {
    const out = new Map(lists.map((l) => [l, new Map<string, ListItem[] | StoreError>()]));
    type Read = { list: ListKey; ids: string[] };
    const read = async (reads: Read[]): Promise<Read[]> => {
      const steps: BatchStep[] = reads.map(({ list, ids }) => {
        const byPlan = ids.map((id) => where(PLAN_ID, 'eq', id)).join(' or ');
        const filter = extraFilter ? `(${byPlan}) and (${extraFilter})` : byPlan;
        return { method: 'GET', url: '/' + this.query(list, filter, MANY_PLANS_TOP) };
      });
      let outcomes: BatchOutcome[];
      try {
        outcomes = await this.parallelBatches(steps);
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
          for (const item of items)
            mine.get(String(item.fields?.[PLAN_ID.column] ?? ''))?.push(item);
          for (const [id, planItems] of mine) byId.set(id, planItems);
        }),
      );
      return failed;
    };
    const unique = [...new Set(planIds)];
    const reads: Read[] = [];
    for (let i = 0; i < unique.length; i += this.opts.plansPerFilter) {
      const ids = unique.slice(i, i + this.opts.plansPerFilter);
      for (const list of lists) reads.push({ list, ids });
    }
    const failed = await read(reads);
    if (failed.length > 0) await read(failed);
    return out;
  }
}
