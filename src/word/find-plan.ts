/**
 * Finds the plan saved before from a document's address, for a document whose settings lost the
 * plan's link (saved on a machine that could not write them, or a save that broke off). Uses the
 * Plans list's indexed DocumentKey column, as GraphPlanStore.savePlan does; any other store
 * simply cannot look, and the save then relies on the link in the document.
 */
import { odataString, withQuery } from '../graph/client';
import { listPath } from '../graph/lists';
import { documentKey, GraphPlanStore } from '../graph/plan-store';
import type { PlanStore } from '../plans/store';

export function planFinder(
  store: PlanStore,
): ((documentUrl: string) => Promise<string | undefined>) | undefined {
  if (!(store instanceof GraphPlanStore)) return undefined;
  return async (documentUrl) => {
    const path = withQuery(`${listPath(store.siteId, store.names.plans)}/items`, {
      $filter: `fields/DocumentKey eq ${odataString(documentKey(documentUrl))}`,
      $select: 'id',
      $top: 1,
    });
    const found = await store.client.get<{ value?: { id: string }[] }>(path);
    const id = found.value?.[0]?.id;
    return id ? String(id) : undefined;
  };
}
