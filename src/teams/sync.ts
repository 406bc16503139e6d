/**
 * Sends queued drafts to the plan store: objective progress and plan dates with If-Match (a 412
 * becomes a visible conflict carrying their version), agreements as new items. A save that fails
 * because the network is down, or the service is busy, stays queued and goes again when the
 * browser says it is back online, or on the next retry tick.
 */
import type { Agreement, Plan, PlanObjective } from '../plans/model';
import { ConflictError, StoreError, type PlanStore } from '../plans/store';
import type { Draft, DraftBook } from './drafts';

export type Saved =
  | { kind: 'objective'; key: string; value: PlanObjective }
  | { kind: 'plan'; key: string; value: Plan }
  | { kind: 'agreement'; key: string; value: Agreement };

export interface SyncOptions {
  isOnline?: () => boolean;
  now?: () => Date;
  onSaved?: (saved: Saved) => void;
}

export const OFFLINE_MESSAGE =
  'Kept on this device: you are offline. It will be saved to the plan as soon as the connection returns.';

/** Worth trying again later: no connection, throttled, or the service briefly unavailable. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof ConflictError) return false;
  if (err instanceof StoreError)
    return err.retryable || err.status === 0 || err.status === 429 || err.status >= 500;
  // fetch rejects with a TypeError when the network is down; anything unknown is treated the
  // same way, because retrying is safe and dropping the user's change is not.
  return true;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : 'The save did not go through.';
}

export class DraftSync {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly store: PlanStore,
    private readonly book: DraftBook,
    private readonly options: SyncOptions = {},
  ) {}

  private online(): boolean {
    return this.options.isOnline ? this.options.isOnline() : true;
  }

  /** Saves every queued draft once; concurrent calls share one run (and trigger one more). */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        for (const draft of this.book.all()) {
          if (draft.state === 'queued') await this.saveOne(draft);
        }
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  hasWaiting(): boolean {
    return this.book.all().some((d) => d.state === 'queued');
  }

  private async saveOne(draft: Draft): Promise<void> {
    if (!this.online()) {
      this.book.markWaiting(draft.key, OFFLINE_MESSAGE);
      return;
    }
    try {
      const saved = await this.send(draft);
      // Only drop the draft if nobody edited it while the request was in flight.
      const current = this.book.get(draft.key);
      if (current && current.updatedAt === draft.updatedAt) this.book.discard(draft.key);
      else if (current && saved.kind !== 'agreement') this.book.rebase(draft.key, saved.value);
      this.options.onSaved?.(saved);
    } catch (err) {
      if (err instanceof ConflictError) {
        this.book.markConflict(
          draft.key,
          err.theirs as PlanObjective | Plan | undefined,
          'Someone else saved a change to this while you were editing. Choose which version to keep.',
        );
      } else if (isRetryable(err)) {
        this.book.markWaiting(
          draft.key,
          this.online() ? `Not saved yet: ${describe(err)} Trying again shortly.` : OFFLINE_MESSAGE,
        );
      } else {
        this.book.markFailed(draft.key, `Not saved: ${describe(err)}`);
      }
    }
  }

  private async send(draft: Draft): Promise<Saved> {
    const at = (this.options.now ?? (() => new Date()))().toISOString();
    switch (draft.kind) {
      case 'objective': {
        const next: PlanObjective = { ...draft.base, ...draft.changes };
        if (draft.changes.progress !== undefined || draft.changes.progressNote !== undefined)
          next.progressAt = at;
        // A record saved with the note left empty has no note (src/teams/progress-record.ts).
        if (draft.changes.progressNote !== undefined)
          next.progressNote = draft.changes.progressNote.trim() || undefined;
        return { kind: 'objective', key: draft.key, value: await this.store.updateObjective(next) };
      }
      case 'plan':
        return {
          kind: 'plan',
          key: draft.key,
          value: await this.store.updatePlan({ ...draft.base, ...draft.changes }),
        };
      case 'agreement':
        return {
          kind: 'agreement',
          key: draft.key,
          value: await this.store.addAgreement(draft.agreement),
        };
    }
  }

  /**
   * Saves when the browser comes back online, and retries waiting saves every `retryMs`.
   * Returns a function that stops both.
   */
  start(
    target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
    retryMs = 15000,
  ): () => void {
    const onOnline = () => void this.flush();
    target.addEventListener('online', onOnline);
    const timer = setInterval(() => {
      if (this.hasWaiting() && this.online()) void this.flush();
    }, retryMs);
    void this.flush();
    return () => {
      target.removeEventListener('online', onOnline);
      clearInterval(timer);
    };
  }
}
