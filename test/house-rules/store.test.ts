/**
 * The house rules as the faces load them from the settings list: cached with the ETag, never
 * stopping anyone (invalid or unreachable keeps the last good rules or the defaults), saving with
 * If-Match against the real Graph store in local mode.
 */
import { DEFAULT_RULE_SET } from '../../src/smart/rule-set';
import { checkObjectiveText } from '../../src/smart';
import { ConflictError, StoreError } from '../../src/plans/store';
import {
  HOUSE_RULES_CACHE_KEY,
  HouseRulesInvalidError,
  HouseRulesStore,
  theirsOf,
  type CacheStorage,
  type SettingsSource,
  type StoredSetting,
} from '../../src/house-rules/store';
import { startHarness, type Harness } from '../integration/helpers';

const LOCAL_PROGRAMME = 'Thursday drop-in parenting course';
const OBJECTIVE = `Mum will attend the ${LOCAL_PROGRAMME} by 31 March 2027.`;

/** A settings list in memory that counts reads and hands out a new ETag per write. */
class FakeSettings implements SettingsSource {
  reads = 0;
  failNext?: Error;
  private item?: StoredSetting;
  private version = 0;

  async getSetting<T>(key: string): Promise<StoredSetting<T> | undefined> {
    this.reads++;
    if (this.failNext) {
      const err = this.failNext;
      this.failNext = undefined;
      throw err;
    }
    return this.item?.key === key ? (this.item as StoredSetting<T>) : undefined;
  }

  async putSetting<T>(key: string, value: T, etag?: string): Promise<StoredSetting<T>> {
    if (this.item && this.item.etag !== etag)
      throw new ConflictError('Someone else saved first.', this.item);
    this.item = { key, value, id: '1', etag: `"v${++this.version}"` };
    return this.item as StoredSetting<T>;
  }

  /** Someone edits the list item directly (another browser, or SharePoint itself). */
  setDirectly(value: unknown): void {
    this.item = { key: 'house-rules', value, id: '1', etag: `"v${++this.version}"` };
  }
}

class MapStorage implements CacheStorage {
  readonly map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

function specificMet(store: HouseRulesStore): boolean {
  return checkObjectiveText(OBJECTIVE, { ruleSet: store.current().loaded.ruleSet }).criteria
    .specific.met;
}

describe('HouseRulesStore (in memory)', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => (clock = 1_000_000));

  it('uses the built-in rules when nothing was ever saved', async () => {
    const store = new HouseRulesStore(new FakeSettings(), { now });
    const snap = await store.load();
    expect(snap.origin).toBe('defaults');
    expect(snap.loaded.ruleSet).toBe(DEFAULT_RULE_SET);
    expect(snap.notice).toBeUndefined();
  });

  it('reads once within the cache age, and does not re-parse an unchanged ETag', async () => {
    const source = new FakeSettings();
    source.setDirectly({ version: 1, services: [LOCAL_PROGRAMME] });
    const store = new HouseRulesStore(source, { now, maxAgeMs: 60_000 });
    const [a, b] = await Promise.all([store.load(), store.load()]);
    expect(source.reads).toBe(1);
    expect(a).toBe(b);
    expect(specificMet(store)).toBe(true);

    clock += 30_000;
    await store.load();
    expect(source.reads).toBe(1);

    clock += 31_000;
    const again = await store.load();
    expect(source.reads).toBe(2);
    // Same ETag: the very same compiled rules, not a new parse.
    expect(again.loaded).toBe(a.loaded);

    source.setDirectly({ version: 1 });
    clock += 61_000;
    const changed = await store.load();
    expect(changed.loaded).not.toBe(a.loaded);
    expect(specificMet(store)).toBe(false);
  });

  it('an invalid document names the bad field and keeps the defaults', async () => {
    const source = new FakeSettings();
    source.setDirectly({ version: 1, rules: { 'specific/vague-verb': { words: [''] } } });
    const store = new HouseRulesStore(source, { now });
    const snap = await store.load();
    expect(snap.origin).toBe('defaults');
    expect(snap.loaded.ruleSet).toBe(DEFAULT_RULE_SET);
    expect(snap.problems[0].path).toBe('rules.specific/vague-verb.words.0');
    expect(snap.notice).toMatch(/rules\.specific\/vague-verb\.words\.0/);
    expect(snap.notice).toMatch(/the built-in rules/);
    // The document itself is still there for a site owner to fix.
    expect(snap.document).toEqual({
      version: 1,
      rules: { 'specific/vague-verb': { words: [''] } },
    });
  });

  it('an invalid document after a good one keeps the last good rules, also on a fresh visit', async () => {
    const source = new FakeSettings();
    const cache = new MapStorage();
    source.setDirectly({ version: 1, services: [LOCAL_PROGRAMME] });
    const first = new HouseRulesStore(source, { now, cache });
    await first.load();
    expect(cache.map.has(HOUSE_RULES_CACHE_KEY)).toBe(true);

    source.setDirectly({ version: 2, services: [LOCAL_PROGRAMME] });
    await first.load({ force: true });
    expect(first.current().origin).toBe('last-good');
    expect(first.current().problems[0].path).toBe('version');
    expect(specificMet(first)).toBe(true);

    // A new page: before and after loading, the last good rules from the cache apply.
    const second = new HouseRulesStore(source, { now, cache });
    expect(second.current().origin).toBe('last-good');
    expect(specificMet(second)).toBe(true);
    await second.load();
    expect(second.current().notice).toMatch(/^The house rules have a problem \(version: /);
    expect(specificMet(second)).toBe(true);
  });

  it('a store that cannot be reached keeps what is in force and says so', async () => {
    const source = new FakeSettings();
    source.setDirectly({ version: 1, services: [LOCAL_PROGRAMME] });
    const store = new HouseRulesStore(source, { now });
    await store.load();
    source.failNext = new StoreError('The plan store did not answer.', 503);
    clock += 120_000;
    const snap = await store.load();
    expect(snap.unreachable).toBe('The plan store did not answer.');
    expect(snap.notice).toMatch(/the last good house rules/);
    expect(specificMet(store)).toBe(true);
  });

  it('refuses to save an invalid draft and sends nothing', async () => {
    const source = new FakeSettings();
    const store = new HouseRulesStore(source, { now });
    await expect(store.save({ version: 1, services: ['ab'] }, undefined)).rejects.toThrow(
      HouseRulesInvalidError,
    );
    await expect(store.save({ version: 1, services: ['ab'] }, undefined)).rejects.toThrow(
      /services\.0: a service name needs at least 3 characters/,
    );
    expect(await source.getSetting('house-rules')).toBeUndefined();
  });

  it('tells subscribers when the rules change', async () => {
    const source = new FakeSettings();
    const store = new HouseRulesStore(source, { now });
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.current().origin));
    await store.save({ version: 1, services: [LOCAL_PROGRAMME] }, undefined);
    expect(seen).toEqual(['store']);
    expect(specificMet(store)).toBe(true);
  });
});

describe('HouseRulesStore over the local lists service', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('saves with If-Match; a stale edit is a conflict carrying the saved version', async () => {
    const alice = new HouseRulesStore(h.store);
    const bob = new HouseRulesStore(h.store);
    await alice.load();
    await bob.load();
    const saved = await alice.save({ version: 1, services: [LOCAL_PROGRAMME] }, undefined);
    expect(saved.etag).toBeTruthy();

    // Bob read before Alice saved: his save has no (or an old) ETag and must not overwrite hers.
    const err = await bob
      .save({ version: 1, rules: { 'outcome/action-only': 'off' } }, bob.current().etag)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(ConflictError);
    expect(theirsOf(err as ConflictError)?.value).toEqual({
      version: 1,
      services: [LOCAL_PROGRAMME],
    });

    // With the ETag of what he has now seen, his save goes through.
    const theirs = theirsOf(err as ConflictError)!;
    await bob.save({ version: 1, rules: { 'outcome/action-only': 'off' } }, theirs.etag);
    const fresh = new HouseRulesStore(h.store);
    const snap = await fresh.load();
    expect(snap.document).toEqual({ version: 1, rules: { 'outcome/action-only': 'off' } });
    expect(snap.loaded.ruleSet.rules['outcome/action-only'].enabled).toBe(false);
  });
});
