import type { Agreement, Plan, PlanObjective } from '../../src/plans/model';
import { ConflictError, StoreError, type PlanStore } from '../../src/plans/store';
import { DraftBook, objectiveDraftKey, type KeyValueStorage } from '../../src/teams/drafts';
import { DraftSync, OFFLINE_MESSAGE } from '../../src/teams/sync';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

/** A store holding one objective with ETags, as the Graph store behaves on If-Match. */
function fakeStore(initial: PlanObjective) {
  let current = { ...initial };
  let version = 1;
  const agreements: Agreement[] = [];
  let failWith: unknown;
  const store = {
    async updateObjective(o: PlanObjective) {
      if (failWith) throw failWith;
      if (o.etag !== current.etag) throw new ConflictError('Precondition failed', { ...current });
      current = { ...o, etag: `"v${++version}"` };
      return { ...current };
    },
    async addAgreement(a: Agreement) {
      if (failWith) throw failWith;
      const saved = { ...a, id: String(agreements.length + 1) };
      agreements.push(saved);
      return saved;
    },
    async updatePlan(p: Plan) {
      return p;
    },
  } as unknown as PlanStore;
  return {
    store,
    get current() {
      return current;
    },
    agreements,
    failNext(err: unknown) {
      failWith = err;
    },
    heal() {
      failWith = undefined;
    },
    /** Someone else saves a change directly. */
    otherSave(change: Partial<PlanObjective>) {
      current = { ...current, ...change, etag: `"v${++version}"` };
    },
  };
}

const objective: PlanObjective = {
  id: '7',
  etag: '"v1"',
  planId: '3',
  order: 1,
  text: 'Sam attends school every day by 31/03/2027.',
  status: 'active',
};

describe('drafts and sync', () => {
  it('keeps a typed change across a reload (a new DraftBook on the same storage)', () => {
    const storage = new MemoryStorage();
    new DraftBook(storage).editObjective(objective, {
      progress: 'amber',
      progressNote: 'Attendance 80%',
    });
    const reloaded = new DraftBook(storage);
    const draft = reloaded.get(objectiveDraftKey('7'));
    expect(draft).toMatchObject({
      kind: 'objective',
      state: 'editing',
      changes: { progress: 'amber', progressNote: 'Attendance 80%' },
    });
  });

  it('saves a queued change with the ETag it was made against and then drops the draft', async () => {
    const remote = fakeStore(objective);
    const book = new DraftBook(new MemoryStorage());
    book.editObjective(objective, { progress: 'green' });
    book.queue(objectiveDraftKey('7'));
    await new DraftSync(remote.store, book).flush();
    expect(remote.current.progress).toBe('green');
    expect(remote.current.progressAt).toBeDefined();
    expect(book.all()).toEqual([]);
  });

  it('keeps a change made offline queued, and saves it when the connection returns', async () => {
    const remote = fakeStore(objective);
    const book = new DraftBook(new MemoryStorage());
    let online = false;
    const sync = new DraftSync(remote.store, book, { isOnline: () => online });
    book.editObjective(objective, { progress: 'red' });
    book.queue(objectiveDraftKey('7'));
    await sync.flush();
    expect(book.get(objectiveDraftKey('7'))).toMatchObject({
      state: 'queued',
      error: OFFLINE_MESSAGE,
    });
    expect(remote.current.progress).toBeUndefined();

    const events = new Map<string, () => void>();
    const target = {
      addEventListener: (n: string, f: () => void) => events.set(n, f),
      removeEventListener: () => undefined,
    };
    const stop = sync.start(target as unknown as Window, 60_000);
    online = true;
    events.get('online')!();
    await sync.flush();
    stop();
    expect(remote.current.progress).toBe('red');
    expect(book.all()).toEqual([]);
  });

  it('keeps a change the network dropped (fetch TypeError, 503) and retries it', async () => {
    const remote = fakeStore(objective);
    const book = new DraftBook(new MemoryStorage());
    const sync = new DraftSync(remote.store, book);
    book.editObjective(objective, { progressNote: 'Met with school' });
    book.queue(objectiveDraftKey('7'));
    remote.failNext(new TypeError('Failed to fetch'));
    await sync.flush();
    expect(book.get(objectiveDraftKey('7'))?.state).toBe('queued');
    remote.failNext(new StoreError('The service is busy.', 503, 'serviceUnavailable', true));
    await sync.flush();
    expect(book.get(objectiveDraftKey('7'))?.state).toBe('queued');
    remote.heal();
    await sync.flush();
    expect(remote.current.progressNote).toBe('Met with school');
  });

  it('turns a 412 into a conflict with both versions, and "keep mine" saves mine over theirs', async () => {
    const remote = fakeStore(objective);
    const book = new DraftBook(new MemoryStorage());
    const sync = new DraftSync(remote.store, book);
    book.editObjective(objective, { progress: 'amber', progressNote: 'Mine' });
    remote.otherSave({ progress: 'green', progressNote: 'Theirs' });
    book.queue(objectiveDraftKey('7'));
    await sync.flush();
    const draft = book.get(objectiveDraftKey('7'));
    expect(draft).toMatchObject({
      state: 'conflict',
      theirs: { progress: 'green', progressNote: 'Theirs' },
      changes: { progressNote: 'Mine' },
    });
    expect(remote.current.progressNote).toBe('Theirs');

    book.keepMine(objectiveDraftKey('7'));
    await sync.flush();
    expect(remote.current).toMatchObject({ progress: 'amber', progressNote: 'Mine' });
    expect(book.all()).toEqual([]);
  });

  it('marks a refused save as failed with the reason, and keeps the change', async () => {
    const remote = fakeStore(objective);
    const book = new DraftBook(new MemoryStorage());
    book.editObjective(objective, { progress: 'red' });
    book.queue(objectiveDraftKey('7'));
    remote.failNext(
      new StoreError('You do not have permission to change this plan.', 403, 'accessDenied'),
    );
    await new DraftSync(remote.store, book).flush();
    expect(book.get(objectiveDraftKey('7'))).toMatchObject({
      state: 'failed',
      changes: { progress: 'red' },
    });
    expect(book.get(objectiveDraftKey('7'))?.error).toMatch(/permission/);
  });

  it('queues agreements, including disagreement in the person’s words, and saves them in order', async () => {
    const remote = fakeStore(objective);
    const book = new DraftBook(new MemoryStorage());
    book.queueAgreement({
      planId: '3',
      objectiveId: '7',
      person: { name: 'Jo Example' },
      role: 'parent-carer',
      stance: 'disagreed',
      words: 'Too soon',
      date: '2027-01-10',
    });
    book.queueAgreement({
      planId: '3',
      objectiveId: '7',
      person: { name: 'Sam' },
      role: 'child',
      stance: 'agreed',
      date: '2027-01-10',
    });
    await new DraftSync(remote.store, book).flush();
    expect(remote.agreements.map((a) => [a.person.name, a.stance, a.words])).toEqual([
      ['Jo Example', 'disagreed', 'Too soon'],
      ['Sam', 'agreed', undefined],
    ]);
  });

  it('still works, in memory, when the browser refuses storage', () => {
    const refusing: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const book = new DraftBook(refusing);
    book.editObjective(objective, { progress: 'green' });
    expect(book.persistent).toBe(false);
    expect(book.all()).toHaveLength(1);
  });
});
