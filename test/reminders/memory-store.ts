/**
 * An in-memory PlanStore for the reminder job's unit tests: ETags on every item, If-Match on
 * update (ConflictError on a stale one), and plan paging through iteratePlans.
 */
import type { Plan, PlanBundle, PlanObjective, Reminder, Review } from '../../src/plans/model';
import {
  ConflictError,
  StoreError,
  type BundleOptions,
  type BundleRead,
  type PlanFilter,
  type PlanStore,
  type ReminderFilter,
  type SaveResult,
  type ScorePoint,
  type Setting,
  type WriteResult,
} from '../../src/plans/store';

export class MemoryStore implements PlanStore {
  plans = new Map<string, Plan>();
  objectives: PlanObjective[] = [];
  reviews: Review[] = [];
  reminders = new Map<string, Reminder>();
  private nextId = 1;
  private version = 1;
  /** Called inside saveReminder before it commits: lets a test interleave two runs. */
  beforeReminderWrite?: () => Promise<void>;

  addPlan(
    plan: Plan,
    objectives: Omit<PlanObjective, 'planId'>[] = [],
    reviews: Omit<Review, 'planId'>[] = [],
  ): Plan {
    const id = String(this.nextId++);
    const saved = { ...plan, id, etag: `"${this.version++}"` };
    this.plans.set(id, saved);
    this.objectives.push(...objectives.map((o) => ({ ...o, planId: id })));
    this.reviews.push(...reviews.map((r) => ({ ...r, planId: id })));
    return saved;
  }

  private matches(plan: Plan, filter: PlanFilter): boolean {
    if (filter.status && plan.status !== filter.status) return false;
    if (filter.type && plan.type !== filter.type) return false;
    if (
      filter.supervisor &&
      plan.supervisor.email?.toLowerCase() !== filter.supervisor.toLowerCase()
    )
      return false;
    return true;
  }

  async listPlans(filter: PlanFilter = {}): Promise<Plan[]> {
    return [...this.plans.values()].filter((p) => this.matches(p, filter));
  }
  async *iteratePlans(filter: PlanFilter = {}): AsyncIterable<Plan> {
    for (const plan of await this.listPlans(filter)) yield plan;
  }
  async getPlan(planId: string): Promise<PlanBundle> {
    const plan = this.plans.get(planId);
    if (!plan) throw new Error(`no plan ${planId}`);
    return {
      plan,
      objectives: this.objectives.filter((o) => o.planId === planId),
      agreements: [],
      reviews: this.reviews.filter((r) => r.planId === planId),
    };
  }
  async *iterateBundles(
    filter: PlanFilter = {},
    options: BundleOptions = {},
  ): AsyncIterable<BundleRead> {
    for await (const plan of this.iteratePlans(filter)) {
      const bundle = await this.getPlan(plan.id!);
      yield { plan, bundle: options.agreements === false ? { ...bundle, agreements: [] } : bundle };
    }
  }
  async savePlan(): Promise<SaveResult> {
    throw new Error('not used by the reminder job');
  }
  async updateObjective(): Promise<PlanObjective> {
    throw new Error('not used by the reminder job');
  }
  async updatePlan(): Promise<Plan> {
    throw new Error('not used by the reminder job');
  }
  async addAgreement(): Promise<never> {
    throw new Error('not used by the reminder job');
  }
  async listReviews(planId: string): Promise<Review[]> {
    return this.reviews.filter((r) => r.planId === planId);
  }
  async saveReview(review: Review): Promise<Review> {
    this.reviews.push(review);
    return review;
  }
  async listReminders(filter: ReminderFilter = {}): Promise<Reminder[]> {
    return [...this.reminders.values()]
      .filter(
        (r) =>
          (!filter.planId || r.planId === filter.planId) &&
          (!filter.planIds || filter.planIds.includes(r.planId)) &&
          (!filter.dueItem || r.dueItem === filter.dueItem) &&
          (!filter.dueFrom || r.dueDate >= filter.dueFrom),
      )
      .map((r) => ({ ...r }));
  }
  /** One write at a time, each through saveReminder, so beforeReminderWrite interleaves runs. */
  async saveReminders(reminders: readonly Reminder[]): Promise<WriteResult<Reminder>[]> {
    const results: WriteResult<Reminder>[] = [];
    for (const reminder of reminders) {
      try {
        results.push({ ok: true, value: await this.saveReminder(reminder) });
      } catch (err) {
        if (err instanceof ConflictError) results.push({ ok: false, error: err });
        else results.push({ ok: false, error: new StoreError(String(err), 500) });
      }
    }
    return results;
  }
  async saveReminder(reminder: Reminder): Promise<Reminder> {
    await this.beforeReminderWrite?.();
    if (reminder.id) {
      const current = this.reminders.get(reminder.id);
      if (!current) throw new Error(`no reminder ${reminder.id}`);
      if (reminder.etag && reminder.etag !== current.etag)
        throw new ConflictError('changed', { ...current });
    }
    const id = reminder.id ?? String(this.nextId++);
    const saved = { ...reminder, id, etag: `"${this.version++}"` };
    this.reminders.set(id, saved);
    return { ...saved };
  }

  settings = new Map<string, Setting>();
  async findPlanByDocument(documentUrl: string): Promise<string | undefined> {
    return [...this.plans.values()].find((p) => p.documentUrl === documentUrl)?.id;
  }
  async scoreHistory(planIds: string[]): Promise<Map<string, ScorePoint[]>> {
    return new Map(planIds.map((id) => [id, []]));
  }
  async getSetting<T = unknown>(key: string): Promise<Setting<T> | undefined> {
    return this.settings.get(key) as Setting<T> | undefined;
  }
  async putSetting<T = unknown>(key: string, value: T, etag?: string): Promise<Setting<T>> {
    const current = this.settings.get(key);
    if (current && current.etag !== etag) throw new ConflictError('changed', current);
    const saved = { key, value, id: current?.id ?? key, etag: `"${this.version++}"` };
    this.settings.set(key, saved);
    return saved;
  }
  async canEditSetting(): Promise<boolean> {
    return true;
  }
}
