/**
 * "Save to Teams" in the pane, free of React: opens the form pre-filled from the document (and
 * from what the worker typed last time, kept in the document's settings), validates it, saves
 * through PlanStore with progress, and keeps the outcome (what was and was not saved) for the
 * panel to show. The header button and the panel share one controller.
 */
import type { PlanStore } from '../plans/store';
import type { PlanChecker } from './checker';
import type { DocumentSnapshot } from '../pane/adapter';
import { guessObjective, readPlanDetails } from '../pane/plan-details';
import { PLAN_ID_SETTING, SAVE_FORM_SETTING } from '../pane/plan-link';
import {
  loadSavedForm,
  saveToTeams,
  validateForm,
  type FormProblems,
  type ObjectiveFormEntry,
  type SaveChoice,
  type SaveForm,
  type SaveOutcome,
  type SaveProgress,
} from '../pane/save-plan';
import type { SettingsLike } from '../pane/settings';
import { errorMessage } from './strings';

export interface SaveState {
  open: boolean;
  form?: SaveForm;
  problems: FormProblems;
  /** Set once the worker pressed Save with problems, so messages show only after trying. */
  tried: boolean;
  saving: boolean;
  progress?: SaveProgress;
  outcome?: SaveOutcome;
  /** Where the saved plan opens ("Saved: open in Teams"). */
  link?: string;
  /** A sentence when the form cannot open (no objectives checked yet). */
  error?: string;
  /** Bumped to move focus to the form (opened) or to the first problem (after Save). */
  focusSeq: number;
}

export interface SaveControllerOptions {
  checker: PlanChecker;
  snapshot: () => DocumentSnapshot | null;
  settings: SettingsLike;
  store: () => Promise<PlanStore>;
  documentUrl: () => string | undefined;
  linkFor: (planId: string) => string;
  findByDocument?: (
    store: PlanStore,
  ) => ((url: string, childRef?: string) => Promise<string | undefined>) | undefined;
  today?: () => Date;
}

const KEEP_TYPED_MS = 600;
const EMPTY: FormProblems = { errors: {}, warnings: {} };

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export class SaveController {
  private state: SaveState = {
    open: false,
    problems: EMPTY,
    tried: false,
    saving: false,
    focusSeq: 0,
  };
  private listeners = new Set<() => void>();
  private keepTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly opts: SaveControllerOptions) {
    // A document saved before says where its plan is from the start.
    const planId = opts.settings.get(PLAN_ID_SETTING);
    if (typeof planId === 'string' && planId) this.state.link = opts.linkFor(planId);
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SaveState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }

  /** Opens the form, pre-filled; the latest edits are checked first. */
  async open(): Promise<void> {
    if (this.state.open && this.state.form) {
      this.set({ focusSeq: this.state.focusSeq + 1 });
      return;
    }
    await this.opts.checker.flushChanges();
    const report = this.opts.checker.getState().report;
    const snapshot = this.opts.snapshot();
    if (!report || !snapshot) {
      this.set({
        open: true,
        error: 'Check the plan first: Save to Teams saves the objectives the check found.',
        focusSeq: this.state.focusSeq + 1,
      });
      return;
    }
    const today = this.opts.today?.() ?? new Date();
    const details = readPlanDetails(snapshot.doc, today);
    const saved = this.loadTyped();
    const objectives: Record<string, ObjectiveFormEntry> = {};
    for (const v of report.objectives) {
      const before = saved.owners[normal(v.objective.text)];
      const guess = guessObjective(v.objective, today);
      objectives[v.objective.id] = before ?? {
        ownerName: guess.ownerName ?? '',
        ownerEmail: '',
        dueDate: guess.dueDate ?? '',
      };
    }
    const form: SaveForm = {
      childRef: saved.form.childRef ?? details.childRef ?? '',
      type: saved.form.type ?? details.type ?? '',
      leadName: saved.form.leadName ?? details.leadName ?? '',
      leadEmail: saved.form.leadEmail ?? '',
      supervisorName: saved.form.supervisorName ?? details.supervisorName ?? '',
      supervisorEmail: saved.form.supervisorEmail ?? '',
      startDate: saved.form.startDate ?? details.startDate ?? '',
      // The next meetings move on with each plan: the document's dates, else what was typed.
      nextCoreGroup: details.nextCoreGroup || saved.form.nextCoreGroup || '',
      nextReview: details.nextReview || saved.form.nextReview || '',
      objectives,
    };
    this.set({
      open: true,
      form,
      error: undefined,
      tried: false,
      problems: validateForm(form, report.objectives),
      focusSeq: this.state.focusSeq + 1,
    });
  }

  close(): void {
    this.set({ open: false });
  }

  /** A field changed: kept at once, so nothing typed is lost if the save fails. */
  edit(patch: Partial<Omit<SaveForm, 'objectives'>>): void {
    const form = this.state.form;
    if (!form) return;
    this.update({ ...form, ...patch });
  }

  editObjective(id: string, patch: Partial<ObjectiveFormEntry>): void {
    const form = this.state.form;
    if (!form) return;
    const entry = form.objectives[id] ?? { ownerName: '', ownerEmail: '', dueDate: '' };
    this.update({ ...form, objectives: { ...form.objectives, [id]: { ...entry, ...patch } } });
  }

  private update(form: SaveForm): void {
    const report = this.opts.checker.getState().report;
    this.set({
      form,
      problems: validateForm(form, report?.objectives ?? []),
      // A question about which plan to save to is asked again for the form as it now is.
      ...(this.state.outcome?.state === 'ask' ? { outcome: undefined } : {}),
    });
    // Kept with the document shortly after typing stops, so closing the pane loses nothing.
    if (this.keepTimer) clearTimeout(this.keepTimer);
    this.keepTimer = setTimeout(() => {
      this.keepTimer = undefined;
      const latest = this.state.form;
      if (latest) void this.keepTyped(latest);
    }, KEEP_TYPED_MS);
  }

  /** What the worker typed before, from the document's settings; owners keyed by objective text. */
  private loadTyped(): { form: Partial<SaveForm>; owners: Record<string, ObjectiveFormEntry> } {
    const form = loadSavedForm(this.opts.settings, SAVE_FORM_SETTING);
    return { form, owners: form.objectives ?? {} };
  }

  private async keepTyped(form: SaveForm): Promise<void> {
    const report = this.opts.checker.getState().report;
    // Owners typed for objectives no longer in the document stay, in case they come back.
    const owners: Record<string, ObjectiveFormEntry> = { ...this.loadTyped().owners };
    for (const v of report?.objectives ?? []) {
      const entry = form.objectives[v.objective.id];
      if (entry) owners[normal(v.objective.text)] = entry;
    }
    this.opts.settings.set(SAVE_FORM_SETTING, { ...form, objectives: owners });
    // Kept with the document on the next save of settings; a failure here is not the user's
    // problem yet: the save itself reports anything that matters.
    await new Promise<void>((resolve) => this.opts.settings.saveAsync(() => resolve()));
  }

  /**
   * The worker's answer when the document's plan is another child's, or was saved from another
   * document: update that plan (the worker says it is the same child's), or save a new plan.
   */
  async choose(action: SaveChoice['action']): Promise<void> {
    const question = this.state.outcome?.question;
    if (!question) return;
    await this.save({ planId: question.planId, action });
  }

  async save(choice?: SaveChoice): Promise<void> {
    const form = this.state.form;
    if (!form || this.state.saving) return;
    // The document may have changed since the form opened: check the latest words.
    await this.opts.checker.flushChanges();
    const report = this.opts.checker.getState().report;
    if (!report) return;
    const problems = validateForm(form, report.objectives);
    if (Object.keys(problems.errors).length > 0) {
      this.set({ problems, tried: true, focusSeq: this.state.focusSeq + 1 });
      return;
    }
    this.set({
      problems,
      tried: true,
      saving: true,
      outcome: undefined,
      progress: { stage: 'Getting ready', step: 0, total: 4 },
    });
    if (this.keepTimer) clearTimeout(this.keepTimer);
    try {
      await this.keepTyped(form);
      const store = await this.opts.store();
      const outcome = await saveToTeams(
        {
          store,
          settings: this.opts.settings,
          findByDocument: this.opts.findByDocument?.(store),
          onProgress: (progress) => this.set({ progress }),
        },
        { form, report, documentUrl: this.opts.documentUrl(), choice },
      );
      this.set({
        saving: false,
        progress: undefined,
        outcome,
        link:
          outcome.planId && outcome.state !== 'ask'
            ? this.opts.linkFor(outcome.planId)
            : this.state.link,
        // The question is the next thing to answer.
        focusSeq: outcome.state === 'ask' ? this.state.focusSeq + 1 : this.state.focusSeq,
      });
    } catch (e) {
      // saveToTeams reports its own failures; this is only for the unexpected (no store at all).
      this.set({
        saving: false,
        progress: undefined,
        outcome: {
          state: 'failed',
          saved: [],
          notSaved: [],
          message: `Nothing was saved. ${errorMessage(e, 'reach the plan store')}. Your form is kept: try again in a moment.`,
        },
      });
    }
  }
}
