/**
 * "Save to Teams": turns the checked document and the worker's form into a Plan and its
 * objectives and saves them through PlanStore, so that
 *  - saving again updates the same plan and the same objective items, never duplicates them
 *    (the plan's id lives in the document's settings; each objective keeps a stable sourceKey,
 *    matched again by its words, then by where it sits, when the document changes);
 *  - what the core group recorded in Teams (progress, an objective marked achieved, the dates
 *    they set) is kept, because the save starts from the stored plan and changes only what the
 *    document owns;
 *  - a save that fails part-way says exactly which items were and were not saved, and running it
 *    again completes it (unchanged items are not written twice).
 */
import { CRITERIA, smartLetters, type ObjectiveVerdict, type PlanReport } from '../smart';
import { isIsoDate } from '../plans/iso-date';
import type { Person, Plan, PlanBundle, PlanObjective, PlanType } from '../plans/model';
import { PLAN_TYPES } from '../plans/model';
import { StoreError, type PlanStore, type SaveResult } from '../plans/store';
import { PLAN_ID_SETTING } from './plan-link';
import type { SettingsLike } from './settings';

export interface ObjectiveFormEntry {
  ownerName: string;
  ownerEmail: string;
  /** ISO date, or '' when none. */
  dueDate: string;
}

/** What the worker confirms or types; every field is a string so nothing typed is ever lost. */
export interface SaveForm {
  childRef: string;
  type: PlanType | '';
  leadName: string;
  leadEmail: string;
  supervisorName: string;
  supervisorEmail: string;
  /** ISO date of the initial conference (or the plan's start), or ''. */
  startDate: string;
  /** ISO date of the next core group the plan sets, or '' (absent: not asked). */
  nextCoreGroup?: string;
  /** ISO date of the next review (conference, LAC review, annual review) the plan sets, or ''. */
  nextReview?: string;
  /** By the objective's id in this reading of the document (its place: "t0r2", "p29"). */
  objectives: Record<string, ObjectiveFormEntry>;
}

export type FormField =
  | Exclude<keyof SaveForm, 'objectives'>
  | `owner:${string}`
  | `ownerEmail:${string}`
  | `due:${string}`;

export interface FormProblems {
  /** Must be put right before saving. */
  errors: Partial<Record<FormField, string>>;
  /** Worth knowing, but the plan can be saved. */
  warnings: Partial<Record<FormField, string>>;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

export function startDateLabel(type: PlanType | ''): string {
  return type === 'child-protection' || type === ''
    ? 'Initial conference date'
    : type === 'looked-after'
      ? 'Date looked after'
      : 'Plan start date';
}

/** Checks the form: every message says what is wrong and what to do about it. */
export function validateForm(form: SaveForm, verdicts: ObjectiveVerdict[]): FormProblems {
  const errors: FormProblems['errors'] = {};
  const warnings: FormProblems['warnings'] = {};
  if (!form.childRef.trim())
    errors.childRef = "Enter the child's name or case reference, as your organisation records it.";
  if (!form.type || !PLAN_TYPES.includes(form.type)) errors.type = 'Choose the type of plan.';
  if (!form.leadName.trim()) errors.leadName = 'Enter the lead professional’s name.';
  if (form.leadEmail.trim() && !EMAIL.test(form.leadEmail.trim()))
    errors.leadEmail =
      'Enter the lead professional’s email address, like name@example.org, or leave it empty.';
  if (!form.supervisorName.trim()) errors.supervisorName = 'Enter the supervisor’s name.';
  if (!form.supervisorEmail.trim())
    errors.supervisorEmail =
      'Enter the supervisor’s email address: reminders of reviews go to it, and it puts the plan in their supervisor view.';
  else if (!EMAIL.test(form.supervisorEmail.trim()))
    errors.supervisorEmail = 'Enter the supervisor’s email address, like name@example.org.';
  const startLabel = startDateLabel(form.type);
  if (!form.startDate)
    errors.startDate = `Enter the ${startLabel.toLowerCase()}: reviews are scheduled from it.`;
  else if (!isIsoDate(form.startDate))
    errors.startDate = `Enter the ${startLabel.toLowerCase()} as a real date, for example 03/02/2026.`;
  for (const [field, label] of [
    ['nextCoreGroup', 'next core group'],
    ['nextReview', 'next review'],
  ] as const) {
    const value = form[field];
    if (value && !isIsoDate(value))
      errors[field] =
        `Enter the ${label} as a real date, for example 17/03/2026, or leave it empty.`;
  }
  verdicts.forEach((v, i) => {
    const id = v.objective.id;
    const entry = form.objectives[id];
    const n = i + 1;
    if (!entry?.ownerName.trim())
      errors[`owner:${id}`] = `Enter who is responsible for objective ${n}.`;
    if (entry?.ownerEmail.trim() && !EMAIL.test(entry.ownerEmail.trim()))
      errors[`ownerEmail:${id}`] =
        `Enter an email address like name@example.org for objective ${n}'s owner, or leave it empty.`;
    if (!entry?.dueDate)
      warnings[`due:${id}`] =
        `Objective ${n} has no due date, so no reminder can be sent for it. Add one if the plan sets one.`;
    else if (!isIsoDate(entry.dueDate))
      errors[`due:${id}`] =
        `Enter objective ${n}'s due date as a real date, for example 31/07/2026.`;
  });
  return { errors, warnings };
}

// ---------------------------------------------------------------------------------------------
// Which stored objective is which objective in the document

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []);
}

function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  x.forEach((w) => {
    if (y.has(w)) common++;
  });
  return common / (x.size + y.size - common);
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

const SAME_OBJECTIVE = 0.5;

/**
 * A sourceKey for each objective in the document, reusing a stored objective's key when it is
 * the same objective: first the same words, then the most similar words (an edited objective),
 * then the same place in the document (an objective rewritten where it stands); else a new key.
 */
export function matchSourceKeys(
  current: { id: string; text: string }[],
  stored: PlanObjective[],
): string[] {
  const keyed = stored.filter((o) => o.sourceKey);
  const used = new Set<string>();
  const keys: (string | undefined)[] = current.map(() => undefined);
  const take = (i: number, o: PlanObjective) => {
    keys[i] = o.sourceKey;
    used.add(o.sourceKey!);
  };
  // Live objectives are preferred over withdrawn ones with the same words.
  const rank = (o: PlanObjective) => (o.status === 'withdrawn' ? 1 : 0);
  current.forEach((c, i) => {
    const same = keyed
      .filter((o) => !used.has(o.sourceKey!) && normal(o.text) === normal(c.text))
      .sort((a, b) => rank(a) - rank(b))[0];
    if (same) take(i, same);
  });
  const pairs: { i: number; o: PlanObjective; score: number }[] = [];
  current.forEach((c, i) => {
    if (keys[i]) return;
    keyed.forEach((o) => {
      if (used.has(o.sourceKey!)) return;
      const score = similarity(c.text, o.text);
      if (score >= SAME_OBJECTIVE) pairs.push({ i, o, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || rank(a.o) - rank(b.o));
  for (const p of pairs) if (!keys[p.i] && !used.has(p.o.sourceKey!)) take(p.i, p.o);
  current.forEach((c, i) => {
    if (keys[i]) return;
    const here = keyed.find(
      (o) => !used.has(o.sourceKey!) && o.status !== 'withdrawn' && placeOf(o.sourceKey!) === c.id,
    );
    if (here) take(i, here);
  });
  const all = new Set(keyed.map((o) => o.sourceKey!));
  return current.map((c, i) => {
    if (keys[i]) return keys[i]!;
    let key = c.id;
    for (let n = 2; all.has(key) || used.has(key); n++) key = `${c.id}~${n}`;
    used.add(key);
    return key;
  });
}

/** A key is the objective's place when it was first saved ("t0r2"), plus "~n" if that clashed. */
function placeOf(sourceKey: string): string {
  return sourceKey.replace(/~\d+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Building what is saved

function person(name: string, email: string, before?: Person): Person {
  const p: Person = { name: name.trim() };
  const mail = email.trim() || (before && before.name === p.name ? before.email : undefined);
  if (mail) p.email = mail.toLowerCase();
  return p;
}

export interface PlanToSave {
  plan: Plan;
  objectives: PlanObjective[];
}

/**
 * The plan and objectives to save: the stored plan (when there is one) with what the document
 * and the form own laid over it; the core group's progress and dates stay as they are.
 */
export function buildPlan(
  form: SaveForm,
  report: PlanReport,
  existing: PlanBundle | undefined,
  documentUrl: string | undefined,
): PlanToSave {
  const before = existing?.plan;
  const plan: Plan = {
    ...(before ?? { status: 'active', members: [] }),
    childRef: form.childRef.trim(),
    type: form.type as PlanType,
    leadProfessional: person(form.leadName, form.leadEmail, before?.leadProfessional),
    supervisor: person(form.supervisorName, form.supervisorEmail, before?.supervisor),
    startDate: form.startDate,
    score: report.score.value,
    // Counted when scored, so the supervisor view reads the same check the worker saw.
    worries: {
      named: report.worries.worries.length,
      unanswered: report.worries.unanswered.length,
    },
  } as Plan;
  if (documentUrl) plan.documentUrl = documentUrl;
  if (plan.status === 'closed') plan.status = 'active';
  // The plan's own next dates: the document's, unless the core group has since set a later one
  // in Teams (a meeting moved on is never pulled back to the document's older date).
  for (const field of ['nextCoreGroup', 'nextReview'] as const) {
    const fromDocument = form[field];
    if (!fromDocument || !isIsoDate(fromDocument)) continue;
    const stored = before?.[field];
    if (!stored || !isIsoDate(stored) || fromDocument > stored) plan[field] = fromDocument;
  }
  const stored = existing?.objectives ?? [];
  const keys = matchSourceKeys(
    report.objectives.map((v) => ({ id: v.objective.id, text: v.objective.text })),
    stored,
  );
  const bySource = new Map(stored.filter((o) => o.sourceKey).map((o) => [o.sourceKey!, o]));
  const objectives = report.objectives.map((v, i): PlanObjective => {
    const entry = form.objectives[v.objective.id];
    const old = bySource.get(keys[i]);
    const o: PlanObjective = {
      ...(old ?? {}),
      planId: before?.id ?? '',
      order: i + 1,
      text: v.objective.text,
      smart: smartLetters(v),
      status: old?.status === 'achieved' ? 'achieved' : 'active',
      sourceKey: keys[i],
    };
    const ownerName = entry?.ownerName.trim() ?? '';
    if (ownerName) o.owner = person(ownerName, entry?.ownerEmail ?? '', old?.owner);
    else delete o.owner;
    if (entry?.dueDate && isIsoDate(entry.dueDate)) o.dueDate = entry.dueDate;
    else delete o.dueDate;
    return o;
  });
  return { plan, objectives };
}

// ---------------------------------------------------------------------------------------------
// Saving

export interface SaveProgress {
  stage: string;
  /** 0-based step of `total`. */
  step: number;
  total: number;
}

/**
 * The stored plan this document is linked to belongs to another child, or was saved from another
 * document (a copy made with "Save as"): nothing is saved until the worker says which they mean.
 */
export interface SaveQuestion {
  /** The stored plan the document's link (or its address) points at. */
  planId: string;
  /** The child on that stored plan. */
  storedChild: string;
  /** The child in the form. */
  newChild: string;
  /** 'child': the child differs; 'document': the same child, but saved from another document. */
  reason: 'child' | 'document';
}

/** The worker's answer to a SaveQuestion, for that plan only. */
export interface SaveChoice {
  planId: string;
  action: 'update' | 'new';
}

export interface SaveOutcome {
  /** 'ask': nothing was saved; the worker must choose (see `question`). */
  state: 'saved' | 'partial' | 'failed' | 'ask';
  question?: SaveQuestion;
  planId?: string;
  /** What is now in Teams, in words: "the plan's details", "objective 2". */
  saved: string[];
  /** What is not, each with the reason and what to do. */
  notSaved: { item: string; reason: string }[];
  /** One or two sentences for the top of the message. */
  message: string;
  /** Set when Word could not keep the plan's link in the document. */
  warning?: string;
}

export interface SaveDeps {
  store: PlanStore;
  settings: SettingsLike;
  /** Finds a plan saved before from this document's address (recovers a lost link). */
  findByDocument?: (documentUrl: string, childRef?: string) => Promise<string | undefined>;
  onProgress?: (p: SaveProgress) => void;
}

const STEPS = 4;

function saveSettings(settings: SettingsLike): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      String(result.status).toLowerCase() === 'failed'
        ? reject(new Error(result.error?.message ?? 'unknown reason'))
        : resolve(),
    ),
  );
}

/** Two ways of writing the same child's name or reference are the same child. */
export function sameChild(a: string, b: string): boolean {
  return normal(a) === normal(b);
}

/**
 * Whether saving this form onto the stored plan needs the worker's say: another child, or the
 * same child's plan saved from another document. Undefined when it is plainly the same plan.
 */
export function questionFor(
  stored: Plan,
  form: Pick<SaveForm, 'childRef'>,
  documentUrl: string | undefined,
): SaveQuestion | undefined {
  const base = {
    planId: stored.id ?? '',
    storedChild: stored.childRef,
    newChild: form.childRef.trim(),
  };
  if (!sameChild(stored.childRef, form.childRef)) return { ...base, reason: 'child' };
  if (stored.documentUrl && documentUrl && stored.documentUrl.trim() !== documentUrl.trim())
    return { ...base, reason: 'document' };
  return undefined;
}

/** Where the plan's link keeps the addresses this document saved it from. */
export const PLAN_ADDRESSES_SETTING = 'smartPlans.planAddresses';

function addressesFor(settings: SettingsLike, planId: string): string[] {
  const v = settings.get(PLAN_ADDRESSES_SETTING) as
    { planId?: unknown; urls?: unknown } | undefined;
  if (!v || typeof v !== 'object' || v.planId !== planId || !Array.isArray(v.urls)) return [];
  return v.urls.filter((u): u is string => typeof u === 'string');
}

function reasonOf(error: unknown): string {
  if (error instanceof StoreError) return error.message;
  return 'Something unexpected went wrong while saving. Try again; if it keeps happening, tell your IT support.';
}

function objectiveLabel(o: Pick<PlanObjective, 'order'>): string {
  return `objective ${o.order}`;
}

/** Whether the stored item already holds what this save meant to write. */
function holds(stored: PlanObjective | undefined, wanted: PlanObjective): boolean {
  return (
    !!stored &&
    stored.text === wanted.text &&
    stored.order === wanted.order &&
    stored.status === wanted.status &&
    (stored.owner?.name ?? '') === (wanted.owner?.name ?? '') &&
    (stored.dueDate ?? '') === (wanted.dueDate ?? '') &&
    CRITERIA.every((c) => stored.smart?.[c] === wanted.smart?.[c])
  );
}

function planHolds(stored: Plan, wanted: Plan): boolean {
  return (
    stored.childRef === wanted.childRef &&
    stored.type === wanted.type &&
    stored.leadProfessional.name === wanted.leadProfessional.name &&
    stored.supervisor.name === wanted.supervisor.name &&
    (stored.supervisor.email ?? '') === (wanted.supervisor.email ?? '') &&
    (stored.startDate ?? '') === (wanted.startDate ?? '') &&
    (stored.nextCoreGroup ?? '') === (wanted.nextCoreGroup ?? '') &&
    (stored.nextReview ?? '') === (wanted.nextReview ?? '') &&
    stored.score === wanted.score &&
    stored.worries?.named === wanted.worries?.named &&
    stored.worries?.unanswered === wanted.worries?.unanswered
  );
}

/**
 * After a save that broke off (the connection dropped, the server stopped), reads the plan back
 * and says item by item what made it; when even that read fails, says so.
 */
async function whatMadeIt(
  store: PlanStore,
  planId: string,
  wanted: PlanToSave,
  withdrawn: PlanObjective[],
  cause: unknown,
  createdNow: boolean,
): Promise<SaveOutcome> {
  let bundle: PlanBundle;
  try {
    bundle = await store.getPlan(planId);
  } catch {
    // A plan created by this very save holds its details already; nothing else can be known.
    const items = [
      ...(createdNow ? [] : ["the plan's details"]),
      ...wanted.objectives.map(objectiveLabel),
      ...withdrawn.map((o) => `${objectiveLabel(o)} of the last save (marking it withdrawn)`),
    ];
    return {
      state: createdNow ? 'partial' : 'failed',
      planId,
      saved: createdNow ? ["the plan's details"] : [],
      notSaved: items.map((item) => ({
        item,
        reason: 'Not confirmed: the connection to Teams was lost while saving.',
      })),
      message: `${reasonOf(cause)} Some items may have been saved before the connection was lost; we could not check which. Nothing in your document has changed. Use "Try again" when the connection is back: it saves whatever is missing and never makes a second copy.`,
    };
  }
  const byKey = new Map(bundle.objectives.map((o) => [o.sourceKey ?? '', o]));
  const saved: string[] = [];
  const notSaved: SaveOutcome['notSaved'] = [];
  const notSavedReason = `Not saved: ${reasonOf(cause)}`;
  if (planHolds(bundle.plan, wanted.plan)) saved.push("the plan's details");
  else notSaved.push({ item: "the plan's details", reason: notSavedReason });
  for (const o of wanted.objectives) {
    if (holds(byKey.get(o.sourceKey ?? ''), o)) saved.push(objectiveLabel(o));
    else notSaved.push({ item: objectiveLabel(o), reason: notSavedReason });
  }
  for (const o of withdrawn) {
    const label = `${objectiveLabel(o)} of the last save (marking it withdrawn)`;
    if (byKey.get(o.sourceKey ?? '')?.status === 'withdrawn') saved.push(label);
    else notSaved.push({ item: label, reason: notSavedReason });
  }
  return summarise(planId, saved, notSaved);
}

function summarise(
  planId: string,
  saved: string[],
  notSaved: SaveOutcome['notSaved'],
): SaveOutcome {
  if (notSaved.length === 0)
    return { state: 'saved', planId, saved, notSaved, message: 'Saved: open in Teams.' };
  return {
    state: saved.length > 0 ? 'partial' : 'failed',
    planId,
    saved,
    notSaved,
    message: `Saved ${saved.length} of ${saved.length + notSaved.length} items; ${notSaved.length} ${notSaved.length === 1 ? 'was' : 'were'} not saved. Nothing in your document has changed. Use "Try again" to save the rest: items already saved are not saved twice.`,
  };
}

/**
 * Saves the plan from the document. Never throws: every failure comes back as an outcome that
 * says what was and was not saved.
 */
export async function saveToTeams(
  deps: SaveDeps,
  input: { form: SaveForm; report: PlanReport; documentUrl?: string; choice?: SaveChoice },
): Promise<SaveOutcome> {
  const { store, settings } = deps;
  const progress = (stage: string, step: number) =>
    deps.onProgress?.({ stage, step, total: STEPS });
  let warning: string | undefined;
  const keepLink = async (planId: string) => {
    // The addresses this document has saved its plan from: the same document opened from
    // another place (Word on the web, the desktop app) is not asked about again.
    const url = input.documentUrl?.trim();
    const known = addressesFor(settings, planId);
    const addresses = url && !known.includes(url) ? [...known, url] : known;
    if (settings.get(PLAN_ID_SETTING) === planId && addresses === known) return;
    settings.set(PLAN_ID_SETTING, planId);
    settings.set(PLAN_ADDRESSES_SETTING, { planId, urls: addresses.slice(-10) });
    try {
      await saveSettings(settings);
    } catch (e) {
      warning = `Saved, but Word could not keep the plan's link in this document (${(e as Error).message}). Save the document, then save to Teams again so the link is kept.`;
    }
  };

  // 1. Which plan is this document's?
  progress('Looking for this plan in Teams', 0);
  let planId = (() => {
    const v = settings.get(PLAN_ID_SETTING);
    return typeof v === 'string' && v ? v : undefined;
  })();
  let existing: PlanBundle | undefined;
  try {
    if (planId) {
      try {
        existing = await store.getPlan(planId);
      } catch (e) {
        // Deleted in Teams since: save it afresh rather than fail for ever.
        if (!(e instanceof StoreError && e.status === 404)) throw e;
        planId = undefined;
      }
    }
    if (existing) {
      // The link travels with the document, so a copy ("Save as") or a changed child points at
      // another child's plan: never save onto it without the worker saying so.
      let question = questionFor(existing.plan, input.form, input.documentUrl);
      if (
        question?.reason === 'document' &&
        input.documentUrl &&
        addressesFor(settings, planId!).includes(input.documentUrl.trim())
      )
        question = undefined;
      const given = input.choice;
      const choice = given && given.planId === planId ? given.action : undefined;
      if (question && !choice)
        return {
          state: 'ask',
          question,
          planId,
          saved: [],
          notSaved: [],
          message:
            question.reason === 'child'
              ? `This document was saved before as ${question.storedChild}'s plan, and the child is now ${question.newChild}. Nothing has been saved yet: choose whether to update ${question.storedChild}'s plan or save a new plan for ${question.newChild}.`
              : `${question.storedChild}'s plan was saved from another document; this one may be a copy. Nothing has been saved yet: choose whether to update that plan or save a new plan for ${question.newChild}.`,
        };
      if (question && choice === 'new') {
        planId = undefined;
        existing = undefined;
      }
    } else if (!planId && input.documentUrl && deps.findByDocument) {
      // A lost link is found again by the document's address, but only for the same child:
      // another child's plan saved from the same address is never taken over.
      const found = await deps.findByDocument(input.documentUrl, input.form.childRef);
      if (found) {
        const bundle = await store.getPlan(found);
        if (!questionFor(bundle.plan, input.form, input.documentUrl)) {
          planId = found;
          existing = bundle;
        }
      }
    }
  } catch (e) {
    return {
      state: 'failed',
      saved: [],
      notSaved: [{ item: 'the plan', reason: reasonOf(e) }],
      message: `Nothing was saved. ${reasonOf(e)}`,
    };
  }

  // 2. A new plan is created on its own first and its id kept in the document, so that however
  // the rest of the save goes, a retry updates this plan and never makes a second one.
  const wanted = buildPlan(input.form, input.report, existing, input.documentUrl);
  const createdNow = !planId;
  if (!planId) {
    progress('Creating the plan in Teams', 1);
    let created: SaveResult;
    try {
      // Without its score: the full save below records the score, once.
      created = await store.savePlan({ ...wanted.plan, score: undefined }, []);
    } catch (e) {
      return {
        state: 'failed',
        saved: [],
        notSaved: [{ item: 'the plan', reason: reasonOf(e) }],
        message: `Nothing was saved. ${reasonOf(e)}`,
      };
    }
    planId = created.plan.id!;
    await keepLink(planId);
    existing = { plan: created.plan, objectives: [], agreements: [], reviews: [] };
    wanted.plan = { ...wanted.plan, id: planId, etag: created.plan.etag };
  }
  wanted.plan.id = planId;
  wanted.objectives.forEach((o) => (o.planId = planId!));

  // 3. The plan's details and every objective, in $batch calls of 20.
  const live = new Set(wanted.objectives.map((o) => o.sourceKey));
  const withdrawn = (existing?.objectives ?? []).filter(
    (o) => o.status !== 'withdrawn' && !live.has(o.sourceKey),
  );
  progress(
    `Saving ${wanted.objectives.length} objective${wanted.objectives.length === 1 ? '' : 's'}`,
    2,
  );
  let result: SaveResult;
  try {
    result = await store.savePlan(wanted.plan, wanted.objectives);
  } catch (e) {
    progress('Checking what was saved', 3);
    const outcome = await whatMadeIt(store, planId, wanted, withdrawn, e, createdNow);
    await keepLink(planId);
    return warning ? { ...outcome, warning } : outcome;
  }
  await keepLink(planId);

  // 4. Item by item: the store reports each failure with its reason.
  progress('Finishing', 3);
  const failed = new Map(result.failures.map((f) => [f.item, f.message]));
  const saved: string[] = [];
  const notSaved: SaveOutcome['notSaved'] = [];
  const report = (label: string, storeLabel: string) => {
    const reason = failed.get(storeLabel);
    if (reason) notSaved.push({ item: label, reason });
    else saved.push(label);
  };
  report("the plan's details", 'the plan');
  wanted.objectives.forEach((o) => report(objectiveLabel(o), `objective ${o.order}`));
  withdrawn.forEach((o) =>
    report(
      `${objectiveLabel(o)} of the last save (marking it withdrawn)`,
      `objective ${o.order} (marking it withdrawn)`,
    ),
  );
  const outcome = summarise(planId, saved, notSaved);
  return warning ? { ...outcome, warning } : outcome;
}

/** Loads what the worker typed last time from the document's settings (or nothing). */
export function loadSavedForm(settings: SettingsLike, key: string): Partial<SaveForm> {
  const v: unknown = settings.get(key);
  if (!v || typeof v !== 'object') return {};
  const out: Partial<SaveForm> = {};
  const record = v as Record<string, unknown>;
  for (const field of [
    'childRef',
    'leadName',
    'leadEmail',
    'supervisorName',
    'supervisorEmail',
    'startDate',
    'nextCoreGroup',
    'nextReview',
  ] as const) {
    if (typeof record[field] === 'string') out[field] = record[field];
  }
  if (typeof record.type === 'string' && (PLAN_TYPES as readonly string[]).includes(record.type))
    out.type = record.type as PlanType;
  if (record.objectives && typeof record.objectives === 'object') {
    const objectives: Record<string, ObjectiveFormEntry> = {};
    for (const [id, e] of Object.entries(record.objectives as Record<string, unknown>)) {
      const entry = e as Partial<Record<keyof ObjectiveFormEntry, unknown>>;
      objectives[id] = {
        ownerName: typeof entry?.ownerName === 'string' ? entry.ownerName : '',
        ownerEmail: typeof entry?.ownerEmail === 'string' ? entry.ownerEmail : '',
        dueDate: typeof entry?.dueDate === 'string' ? entry.dueDate : '',
      };
    }
    out.objectives = objectives;
  }
  return out;
}
