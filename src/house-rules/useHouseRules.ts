/**
 * The house rules for a React face: what is in force now, re-rendered when a load or a save
 * changes it. Loads once on mount (the store's cache keeps repeat mounts cheap).
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { HouseRulesSnapshot, HouseRulesStore } from './store';
import { DEFAULT_HOUSE_RULES } from './load';

const NO_STORE: HouseRulesSnapshot = {
  loaded: DEFAULT_HOUSE_RULES,
  origin: 'defaults',
  problems: [],
  loadedOnce: true,
};
const noSubscribe = () => () => undefined;
const noSnapshot = () => NO_STORE;

export function useHouseRules(store: HouseRulesStore | undefined): HouseRulesSnapshot {
  const snapshot = useSyncExternalStore(
    store?.subscribe ?? noSubscribe,
    store?.current ?? noSnapshot,
  );
  useEffect(() => {
    void store?.load();
  }, [store]);
  return snapshot;
}
