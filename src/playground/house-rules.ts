/**
 * House rules for the playground (issue 10), kept apart from the page's own code: when the page
 * is served by local mode, the house rules saved in its settings list (from the Teams tab's
 * "House rules" page) apply here as they would in Word. Served without a lists service, the
 * playground just uses the built-in rules.
 */
import { HouseRulesStore, type SettingsSource } from '../house-rules/store';
import { playgroundConnection } from './connection';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function playgroundHouseRules(): HouseRulesStore {
  // The settings list through the playground's connection (src/connect).
  const source: SettingsSource = {
    getSetting: async (key) => (await playgroundConnection()).store.getSetting(key),
    putSetting: async (key, value, etag) =>
      (await playgroundConnection()).store.putSetting(key, value, etag),
  };
  return new HouseRulesStore(source, { cache: browserStorage() });
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
