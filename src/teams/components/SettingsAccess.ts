/**
 * Two things the house-rules settings page needs besides the rules themselves: whether this
 * person may change them, and a draft that survives a reload, a conflict or a refused save.
 */
import type { PlanStore } from '../../plans/store';

export interface SettingsAccess {
  canEdit: boolean;
  /** Why the page is read-only, or what decides it, in words for the user. */
  note?: string;
}

export const READ_ONLY_NOTE =
  'Only the site’s owners can change the house rules (they need permission to edit the SMART Settings list). You can read them and try them out here; ask a site owner to make a change.';

/** Whether this person may change the setting: the store asks the plans site. */
export async function settingsAccess(store: PlanStore, key: string): Promise<SettingsAccess> {
  return (await store.canEditSetting(key))
    ? { canEdit: true }
    : { canEdit: false, note: READ_ONLY_NOTE };
}

export const HOUSE_RULES_DRAFT_KEY = 'smart-plans.tab.house-rules-draft.v1';

export interface HouseRulesDraft {
  text: string;
  /** The ETag of the stored rules the draft was started from (If-Match on save). */
  baseEtag?: string;
  updatedAt: string;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(): HouseRulesDraft | undefined {
  try {
    const raw = storage()?.getItem(HOUSE_RULES_DRAFT_KEY);
    const draft = raw ? (JSON.parse(raw) as Partial<HouseRulesDraft>) : undefined;
    return draft && typeof draft.text === 'string'
      ? {
          text: draft.text,
          baseEtag: typeof draft.baseEtag === 'string' ? draft.baseEtag : undefined,
          updatedAt: String(draft.updatedAt ?? ''),
        }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the browser keeps nothing (blocked or full storage). */
export function writeDraft(draft: HouseRulesDraft | undefined): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (draft) s.setItem(HOUSE_RULES_DRAFT_KEY, JSON.stringify(draft));
    else s.removeItem(HOUSE_RULES_DRAFT_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The stored document as the editor shows it. */
export function formatDocument(document: unknown): string {
  return JSON.stringify(document ?? { version: 1 }, null, 2);
}
