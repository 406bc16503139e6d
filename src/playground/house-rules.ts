/**
 * House rules for the playground (issue 10), kept apart from the page's own code: when the page
 * is served by local mode, the house rules saved in its settings list (from the Teams tab's
 * "House rules" page) apply here as they would in Word. Served without a lists service, the
 * playground just uses the built-in rules.
 */
import { GraphClient } from '../graph/client';
import { pageTokenProvider } from '../graph/local-token';
import { GraphPlanStore } from '../graph/plan-store';
import { HouseRulesStore } from '../house-rules/store';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function playgroundHouseRules(): HouseRulesStore {
  const client = new GraphClient({
    baseUrl: `${window.location.origin}/graph/v1.0`,
    getToken: pageTokenProvider(document),
    // One quick try: with no lists service behind the page there is nothing to wait for.
    retry: { maxRetries: 0 },
  });
  return new HouseRulesStore(new GraphPlanStore({ client }), { cache: browserStorage() });
}

/**
 * One line under the playground's banner: which rules apply, and what is wrong with the saved
 * ones if anything (the product carries on with the last good rules or the defaults).
 */
export function houseRulesLine(store: HouseRulesStore): string {
  const snap = store.current();
  if (snap.problems.length > 0 && snap.notice) return snap.notice;
  if (snap.origin === 'store')
    return `Checking with your organisation’s house rules${snap.loaded.rules?.name ? ` (${snap.loaded.rules.name})` : ''}.`;
  return '';
}
