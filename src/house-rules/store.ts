/**
 * The house rules as every face loads them in a tenant or local mode: one item ("house-rules")
 * in the "SMART Settings" list, read through the same Graph store as the plans. Browser-safe.
 *
 * - Cached with its ETag: a face asks as often as it likes; within `maxAgeMs` nothing is
 *   fetched, and a fetched item with the ETag already held is not parsed again.
 * - Never stops anyone working: an invalid stored document, or a store that cannot be reached,
 *   gives problems and a one-sentence notice, and the rules in force stay the last good ones
 *   (kept in localStorage between visits) or the built-in defaults.
 */
import { ConflictError, StoreError, type Setting } from '../plans/store';
import {
  DEFAULT_HOUSE_RULES,
  describeProblems,
  parseHouseRules,
  type HouseRulesProblem,
  type LoadedHouseRules,
} from './load';

export const HOUSE_RULES_KEY = 'house-rules';
export const HOUSE_RULES_CACHE_KEY = 'smart-plans.house-rules.last-good.v1';

/** A setting as the settings list holds it. */
export type StoredSetting<T = unknown> = Setting<T>;

/** What the store needs from the settings list; every PlanStore fits it. */
export interface SettingsSource {
  getSetting<T = unknown>(key: string): Promise<StoredSetting<T> | undefined>;
  putSetting<T = unknown>(key: string, value: T, etag?: string): Promise<StoredSetting<T>>;
}

/** The part of Web Storage the cache needs; tests pass a Map-backed one. */
export interface CacheStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface HouseRulesSnapshot {
  /** What the checker runs with: the stored rules when valid, else the last good or defaults. */
  loaded: LoadedHouseRules;
  /** Where `loaded` came from. */
  origin: 'defaults' | 'store' | 'last-good';
  /** The document in the store as it is (even when invalid), for the settings page. */
  document?: unknown;
  /** Its ETag, sent back as If-Match when saving. */
  etag?: string;
  /** Problems with the stored document (path and why); empty when it is valid or absent. */
  problems: HouseRulesProblem[];
  /** The store could not be read: why, in words for the user. */
  unreachable?: string;
  /** One sentence for a footer when the product is not running with the stored rules. */
  notice?: string;
  /** Whether anything has been read from the store yet. */
  loadedOnce: boolean;
}

interface CachedRules {
  etag: string;
  document: unknown;
}

export interface HouseRulesStoreOptions {
  key?: string;
  /** Keeps the last good document between visits (localStorage in a browser). */
  cache?: CacheStorage;
  /** How long a load is trusted before the store is asked again (default 60 s). */
  maxAgeMs?: number;
  now?: () => number;
}

/** Thrown by `save` for a draft that does not validate: nothing was sent. */
export class HouseRulesInvalidError extends Error {
  constructor(readonly problems: HouseRulesProblem[]) {
    super(`The house rules were not saved: ${describeProblems(problems)}. Fix it and save again.`);
    this.name = 'HouseRulesInvalidError';
  }
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : 'unknown error';
}

function fallbackLabel(origin: HouseRulesSnapshot['origin']): string {
  return origin === 'last-good' ? 'the last good house rules' : 'the built-in rules';
}

export class HouseRulesStore {
  readonly key: string;
  private snapshot: HouseRulesSnapshot;
  private lastGood?: { etag: string; document: unknown; loaded: LoadedHouseRules };
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private inFlight?: Promise<HouseRulesSnapshot>;
  private readonly listeners = new Set<() => void>();
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly source: SettingsSource | undefined,
    private readonly options: HouseRulesStoreOptions = {},
  ) {
    this.key = options.key ?? HOUSE_RULES_KEY;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
    const cached = this.readCache();
    if (cached) {
      const loaded = parseHouseRules(cached.document);
      if (loaded.ok) this.lastGood = { ...cached, loaded };
    }
    this.snapshot = this.lastGood
      ? {
          loaded: this.lastGood.loaded,
          origin: 'last-good',
          document: this.lastGood.document,
          etag: this.lastGood.etag,
          problems: [],
          loadedOnce: false,
        }
      : { loaded: DEFAULT_HOUSE_RULES, origin: 'defaults', problems: [], loadedOnce: false };
  }

  /** What to check with right now (defaults or the cached last good until the first load). */
  current = (): HouseRulesSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Reads the house rules unless a recent read is still fresh; concurrent callers share one read. */
  async load(opts: { force?: boolean } = {}): Promise<HouseRulesSnapshot> {
    if (!this.source) return this.snapshot;
    if (!opts.force && this.now() - this.fetchedAt < this.maxAgeMs) return this.snapshot;
    this.inFlight ??= this.fetch().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /**
   * Validates and saves a draft with If-Match. An invalid draft is refused before anything is
   * sent (HouseRulesInvalidError); a stale ETag throws the store's ConflictError, whose `theirs`
   * is the saved setting, so the caller can show both versions.
   */
  async save(document: unknown, etag: string | undefined): Promise<HouseRulesSnapshot> {
    if (!this.source)
      throw new StoreError('There is no settings store here, so house rules cannot be saved.', 0);
    const loaded = parseHouseRules(document);
    if (!loaded.ok) throw new HouseRulesInvalidError(loaded.problems);
    const saved = await this.source.putSetting(this.key, document, etag);
    this.fetchedAt = this.now();
    this.accept(saved.etag, saved.value, loaded);
    return this.snapshot;
  }

  private async fetch(): Promise<HouseRulesSnapshot> {
    let setting: StoredSetting | undefined;
    try {
      setting = await this.source!.getSetting(this.key);
    } catch (err) {
      // Keep whatever is in force; say so once, and try again on the next load.
      const origin = this.snapshot.origin === 'store' ? 'last-good' : this.snapshot.origin;
      const unreachable = reasonOf(err);
      this.publish({
        ...this.snapshot,
        origin,
        unreachable,
        notice: `Could not load the house rules (${unreachable.replace(/\.$/, '')}); checking with ${fallbackLabel(origin)} for now.`,
        loadedOnce: true,
      });
      return this.snapshot;
    }
    this.fetchedAt = this.now();
    if (!setting) {
      // Never saved: the built-in rules are the organisation's rules.
      this.publish({
        loaded: DEFAULT_HOUSE_RULES,
        origin: 'defaults',
        problems: [],
        loadedOnce: true,
      });
      return this.snapshot;
    }
    if (
      this.snapshot.etag === setting.etag &&
      this.snapshot.loadedOnce &&
      !this.snapshot.unreachable
    )
      return this.snapshot; // Same version as held: nothing to parse again.
    if (this.lastGood?.etag === setting.etag) {
      this.accept(setting.etag, this.lastGood.document, this.lastGood.loaded);
      return this.snapshot;
    }
    const fallback = this.lastGood?.loaded ?? DEFAULT_HOUSE_RULES;
    const loaded = parseHouseRules(setting.value, fallback);
    if (loaded.ok) {
      this.accept(setting.etag, setting.value, loaded);
      return this.snapshot;
    }
    const origin = this.lastGood ? 'last-good' : 'defaults';
    this.publish({
      loaded,
      origin,
      document: setting.value,
      etag: setting.etag,
      problems: loaded.problems,
      notice: `The house rules have a problem (${describeProblems(loaded.problems)}); checking with ${fallbackLabel(origin)} until a site owner fixes them.`,
      loadedOnce: true,
    });
    return this.snapshot;
  }

  private accept(etag: string, document: unknown, loaded: LoadedHouseRules): void {
    this.lastGood = { etag, document, loaded };
    this.writeCache({ etag, document });
    this.publish({ loaded, origin: 'store', document, etag, problems: [], loadedOnce: true });
  }

  private publish(next: HouseRulesSnapshot): void {
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }

  private readCache(): CachedRules | undefined {
    try {
      const raw = this.options.cache?.getItem(HOUSE_RULES_CACHE_KEY);
      if (!raw) return undefined;
      const parsed = JSON.parse(raw) as Partial<CachedRules>;
      return typeof parsed.etag === 'string' && parsed.document !== undefined
        ? { etag: parsed.etag, document: parsed.document }
        : undefined;
    } catch {
      return undefined; // A damaged cache is only a missed shortcut.
    }
  }

  private writeCache(value: CachedRules): void {
    try {
      this.options.cache?.setItem(HOUSE_RULES_CACHE_KEY, JSON.stringify(value));
    } catch {
      // Storage full or blocked: the rules still apply for this visit.
    }
  }
}

/** The saved version a ConflictError from `save` carries, when the store could read it. */
export function theirsOf(err: ConflictError): StoredSetting | undefined {
  const theirs = err.theirs as StoredSetting | undefined;
  return theirs && typeof theirs === 'object' && 'etag' in theirs ? theirs : undefined;
}
