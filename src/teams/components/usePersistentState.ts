import { useEffect, useState } from 'react';

/**
 * useState that survives a reload: half-typed form fields (a parent's words, say) are kept in
 * localStorage under `key` until the form is sent and cleared.
 */
export function usePersistentState<T>(
  key: string,
  initial: T,
): [T, (value: T) => void, () => void] {
  const storageKey = `smart-plans.tab.form.${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = window.localStorage.getItem(storageKey);
      return raw ? (JSON.parse(raw) as T) : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // Storage refused (private mode, quota): the field still works, it just won't survive a reload.
    }
  }, [storageKey, value]);
  const clear = () => {
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // As above: nothing was stored, so there is nothing to clear.
    }
    setValue(initial);
  };
  return [value, setValue, clear];
}
