/**
 * Drafts: every change made in the tab is written here first, to localStorage, before any
 * attempt to save it to the plan store. A reload, a dropped connection or a conflict therefore
 * never loses what someone typed in a core group meeting. A draft keeps the version of the item
 * it was made against (`base`, with its ETag), so a save sends If-Match and a conflict can show
 * both versions.
 */
import type { Agreement, Plan, PlanObjective } from '../plans/model';

export type ObjectiveChanges = Partial<Pick<PlanObjective, 'progress' | 'progressNote'>>;
export type PlanChanges = Partial<Pick<Plan, 'nextCoreGroup' | 'nextReview'>>;

/**
 * editing: typed, not yet sent; queued: the user asked to save and it goes as soon as it can;
 * conflict: someone else saved first (theirs is kept); failed: the store refused it for good.
 */
export type DraftState = 'editing' | 'queued' | 'conflict' | 'failed';

interface DraftCommon {
  key: string;
  planId: string;
  state: DraftState;
  updatedAt: string;
  /** Why the last save did not go through, in words for the user. */
  error?: string;
}

export interface ObjectiveDraft extends DraftCommon {
  kind: 'objective';
  base: PlanObjective;
  changes: ObjectiveChanges;
  theirs?: PlanObjective;
}

export interface PlanDraft extends DraftCommon {
  kind: 'plan';
  base: Plan;
  changes: PlanChanges;
  theirs?: Plan;
}

export interface AgreementDraft extends DraftCommon {
  kind: 'agreement';
  agreement: Agreement;
}

export type Draft = ObjectiveDraft | PlanDraft | AgreementDraft;

/** The part of the Web Storage API drafts need; tests pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const DRAFTS_STORAGE_KEY = 'smart-plans.tab.drafts.v1';

export function objectiveDraftKey(objectiveId: string): string {
  return `objective/${objectiveId}`;
}

export function planDraftKey(planId: string): string {
  return `plan/${planId}`;
}

export class DraftBook {
  private drafts = new Map<string, Draft>();
  private listeners = new Set<() => void>();
  /** False when the browser refused to store drafts (private mode, quota): the UI warns. */
  persistent = true;
  private counter = 0;

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly now: () => Date = () => new Date(),
    private readonly storageKey = DRAFTS_STORAGE_KEY,
  ) {
    this.load();
  }

  private load(): void {
    if (!this.storage) {
      this.persistent = false;
      return;
    }
    try {
      const raw = this.storage.getItem(this.storageKey);
      const list = raw ? (JSON.parse(raw) as Draft[]) : [];
      for (const draft of list)
        if (draft && typeof draft.key === 'string') this.drafts.set(draft.key, draft);
    } catch {
      // Unreadable drafts (another version's format, hand-edited) must not stop the tab opening.
      this.drafts.clear();
    }
  }

  private commit(): void {
    if (this.storage) {
      try {
        this.storage.setItem(this.storageKey, JSON.stringify([...this.drafts.values()]));
        this.persistent = true;
      } catch {
        this.persistent = false;
      }
    }
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  all(): Draft[] {
    return [...this.drafts.values()];
  }

  forPlan(planId: string): Draft[] {
    return this.all().filter((d) => d.planId === planId);
  }

  get(key: string): Draft | undefined {
    return this.drafts.get(key);
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** Records a change to an objective; the first change pins the version it was made against. */
  editObjective(base: PlanObjective, changes: ObjectiveChanges): ObjectiveDraft {
    if (!base.id)
      throw new Error('An objective must be saved before its progress can be recorded.');
    return this.edit<ObjectiveDraft>(
      'objective',
      objectiveDraftKey(base.id),
      base.planId,
      base,
      changes,
    );
  }

  editPlan(base: Plan, changes: PlanChanges): PlanDraft {
    if (!base.id) throw new Error('A plan must be saved before its dates can be set here.');
    return this.edit<PlanDraft>('plan', planDraftKey(base.id), base.id, base, changes);
  }

  /**
   * One edit path for objectives and plans: later changes merge into the draft, which keeps the
   * version the first change was made against; a failed draft becomes editable again.
   */
  private edit<D extends ObjectiveDraft | PlanDraft>(
    kind: D['kind'],
    key: string,
    planId: string,
    base: D['base'],
    changes: D['changes'],
  ): D {
    const existing = this.drafts.get(key);
    const draft = (
      existing?.kind === kind
        ? { ...existing, changes: { ...existing.changes, ...changes }, updatedAt: this.stamp() }
        : { kind, key, planId, base, changes, state: 'editing', updatedAt: this.stamp() }
    ) as D;
    if (draft.state === 'failed') draft.state = 'editing';
    this.drafts.set(key, draft);
    this.commit();
    return draft;
  }

  /** Agreements are added, never edited, so they go straight to the queue. */
  queueAgreement(agreement: Agreement): AgreementDraft {
    const key = `agreement/${agreement.planId}/${this.now().getTime()}-${++this.counter}`;
    const draft: AgreementDraft = {
      kind: 'agreement',
      key,
      planId: agreement.planId,
      agreement,
      state: 'queued',
      updatedAt: this.stamp(),
    };
    this.drafts.set(key, draft);
    this.commit();
    return draft;
  }

  queue(key: string): void {
    const draft = this.drafts.get(key);
    if (!draft || draft.state === 'conflict') return;
    this.drafts.set(key, { ...draft, state: 'queued', error: undefined });
    this.commit();
  }

  /** The save is waiting for the network: keep it queued, say why. */
  markWaiting(key: string, error: string): void {
    const draft = this.drafts.get(key);
    if (!draft) return;
    this.drafts.set(key, { ...draft, error });
    this.commit();
  }

  markConflict(key: string, theirs: PlanObjective | Plan | undefined, error: string): void {
    const draft = this.drafts.get(key);
    if (!draft || draft.kind === 'agreement') return;
    this.drafts.set(key, { ...draft, state: 'conflict', theirs, error } as Draft);
    this.commit();
  }

  markFailed(key: string, error: string): void {
    const draft = this.drafts.get(key);
    if (!draft) return;
    this.drafts.set(key, { ...draft, state: 'failed', error });
    this.commit();
  }

  /** After a conflict: put my changes on top of their version and save against its ETag. */
  keepMine(key: string): void {
    const draft = this.drafts.get(key);
    if (!draft || draft.kind === 'agreement' || draft.state !== 'conflict' || !draft.theirs) return;
    this.drafts.set(key, {
      ...draft,
      base: draft.theirs,
      theirs: undefined,
      state: 'queued',
      error: undefined,
    } as Draft);
    this.commit();
  }

  /** Edits arrived while a save was in flight: keep them, now against the version just saved. */
  rebase(key: string, saved: PlanObjective | Plan): void {
    const draft = this.drafts.get(key);
    if (!draft || draft.kind === 'agreement') return;
    this.drafts.set(key, { ...draft, base: saved } as Draft);
    this.commit();
  }

  /** Drops a draft: after it was saved, or when the user chose the other version. */
  discard(key: string): void {
    if (this.drafts.delete(key)) this.commit();
  }
}

export function withPlanDraft(plan: Plan, draft: Draft | undefined): Plan {
  return draft?.kind === 'plan' ? { ...plan, ...draft.changes } : plan;
}
