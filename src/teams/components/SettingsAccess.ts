/**
 * Two things the house-rules settings page needs besides the rules themselves: whether this
 * person may change them, and a draft that survives a reload, a conflict or a refused save.
 */
import { GraphRequestError } from '../../graph/client';
import { listPath } from '../../graph/lists';
import { GraphPlanStore } from '../../graph/plan-store';
import type { PlanStore } from '../../plans/store';
import type { HostContext } from '../context';

export interface SettingsAccess {
  canEdit: boolean;
  /** Why the page is read-only, or what decides it, in words for the user. */
  note?: string;
}

export const READ_ONLY_NOTE =
  'Only the site’s owners can change the house rules (they need permission to edit the SMART Settings list). You can read them and try them out here; ask a site owner to make a change.';

/** An ETag no item ever has: the write check below can never change anything. */
const NEVER_MATCHES = '"smart-plans-write-check"';

/**
 * Outside Teams (local mode) the local user owns the site. In a tenant, Graph has no call for
 * "may I write this list", so the page asks for a write that cannot succeed: an update carrying
 * an ETag no item has, with the values already stored. SharePoint answers 403 when the person
 * may not edit the list and 412 when they may (the ETag is checked after permission). Anything
 * else leaves the page editable: the save itself then says what went wrong.
 */
export async function settingsAccess(
  store: PlanStore,
  host: HostContext,
  key: string,
): Promise<SettingsAccess> {
  if (!host.inTeams || !(store instanceof GraphPlanStore)) return { canEdit: true };
  try {
    const setting = await store.getSetting(key);
    // Never saved: editable until the first save is refused.
    if (!setting) return { canEdit: true };
    const path = `${listPath(store.siteId, store.names.settings)}/items/${encodeURIComponent(setting.id)}/fields`;
    await store.client.patch(
      path,
      { Value: JSON.stringify(setting.value) },
      { 'If-Match': NEVER_MATCHES },
    );
    return { canEdit: true };
  } catch (err) {
    if (err instanceof GraphRequestError && (err.status === 403 || err.status === 401))
      return { canEdit: false, note: READ_ONLY_NOTE };
    return { canEdit: true };
  }
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
