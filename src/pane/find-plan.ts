/**
 * Finds the plan saved before from a document's address, for a document whose settings lost the
 * plan's link (saved on a machine that could not write them, or a save that broke off). The
 * store looks it up (the Plans list's indexed DocumentKey column in Graph).
 */
import type { PlanStore } from '../plans/store';

export function planFinder(
  store: PlanStore,
): (documentUrl: string, childRef?: string) => Promise<string | undefined> {
  return (documentUrl, childRef) => store.findPlanByDocument(documentUrl, childRef);
}
