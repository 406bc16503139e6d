/**
 * What every face needs from storage. The one implementation that ships is the Graph store
 * (src/graph/plan-store.ts), used against SharePoint in a tenant and against the local lists
 * service in local mode; tests may use it over HTTP too. Faces depend on this interface only.
 */
import type {
  Agreement,
  IsoDate,
  Plan,
  PlanBundle,
  PlanObjective,
  Reminder,
  Review,
} from './model';

export interface PlanFilter {
  /** Plans where this email is lead professional, supervisor or a member. */
  involving?: string;
  supervisor?: string;
  status?: Plan['status'];
  type?: Plan['type'];
}

/** Which plan parts `iterateBundles` reads besides objectives and reviews. */
export interface BundleOptions {
  /** Each plan's agreements too (default true; the reminder job does not need them). */
  agreements?: boolean;
}

/**
 * One plan from `iterateBundles`: with its parts, or with the reason they could not be read (the
 * other plans still come). Without agreements asked for, `bundle.agreements` is empty.
 */
export type BundleRead =
  | { plan: Plan; bundle: PlanBundle; error?: undefined }
  | { plan: Plan; bundle?: undefined; error: Error };

export interface ReminderFilter {
  planId?: string;
  /** Reminders of any of these plans (read many plans at a time, not one request each). */
  planIds?: readonly string[];
  dueItem?: string;
  dueFrom?: IsoDate;
}

/** One write of several: what was saved, or why not (a 412 is a ConflictError here, not thrown). */
export type WriteResult<T> =
  { ok: true; value: T } | { ok: false; error: ConflictError<T> | StoreError };

/** Saving a whole plan: what went in, and what did not, item by item. */
export interface SaveResult {
  plan: Plan;
  objectives: PlanObjective[];
  /** Items that failed, with Graph's reason; empty when everything was saved. */
  failures: { item: string; status: number; message: string }[];
}

/**
 * Thrown when an update's If-Match ETag is stale (HTTP 412): someone else changed the item.
 * Carries their version so the user can choose, never a silent overwrite.
 */
export class ConflictError<T = unknown> extends Error {
  constructor(
    message: string,
    readonly theirs: T | undefined,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** A Graph/HTTP failure turned into words a user can act on. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** One row of a plan's score history: the score it had when it was saved. */
export interface ScorePoint {
  planId: string;
  score: number;
  /** ISO timestamp of the save. */
  at: string;
}

/** An organisation-wide setting (house rules and the like) with the ETag it was read with. */
export interface Setting<T = unknown> {
  key: string;
  value: T;
  id: string;
  etag: string;
}

export interface PlanStore {
  listPlans(filter?: PlanFilter): Promise<Plan[]>;
  /** Streams plans page by page, so a job over thousands of plans holds one page at a time. */
  iteratePlans(filter?: PlanFilter): AsyncIterable<Plan>;
  getPlan(planId: string): Promise<PlanBundle>;
  /**
   * Streams plans with their objectives and reviews (and agreements unless told not to), reading
   * the parts of many plans per request ($batch), not one request per plan: for jobs over
   * thousands of plans. Memory holds about one page of plans at a time.
   */
  iterateBundles(filter?: PlanFilter, options?: BundleOptions): AsyncIterable<BundleRead>;
  /**
   * Creates or updates the plan and its objectives (by id, else by sourceKey), in $batch
   * requests; objectives absent from `objectives` but in the store are marked withdrawn.
   */
  savePlan(plan: Plan, objectives: PlanObjective[]): Promise<SaveResult>;
  /** Updates one objective with If-Match; throws ConflictError<PlanObjective> on 412. */
  updateObjective(objective: PlanObjective): Promise<PlanObjective>;
  /** Updates plan fields (dates, status) with If-Match; throws ConflictError<Plan> on 412. */
  updatePlan(plan: Plan): Promise<Plan>;
  addAgreement(agreement: Agreement): Promise<Agreement>;
  listReviews(planId: string): Promise<Review[]>;
  saveReview(review: Review): Promise<Review>;
  listReminders(filter?: ReminderFilter): Promise<Reminder[]>;
  /** Creates a reminder, or updates it with If-Match when it has an id; ConflictError on 412. */
  saveReminder(reminder: Reminder): Promise<Reminder>;
  /**
   * saveReminder for many at once, in $batch requests: one result per reminder, in order. A
   * failure of the whole request (store unreachable) still throws.
   */
  saveReminders(reminders: readonly Reminder[]): Promise<WriteResult<Reminder>[]>;
  /**
   * The plan saved from this document before (by its address), for a document whose settings
   * lost the plan's id; undefined when there is none. Given a child, only that child's plan.
   */
  findPlanByDocument(documentUrl: string, childRef?: string): Promise<string | undefined>;
  /** Each plan's scores at each save, oldest first (an empty list for a plan never scored). */
  scoreHistory(planIds: string[]): Promise<Map<string, ScorePoint[]>>;
  /** A setting by key with its ETag, or undefined when it was never saved. */
  getSetting<T = unknown>(key: string): Promise<Setting<T> | undefined>;
  /**
   * Saves a setting; updating needs the ETag it was read with (If-Match), and a stale one throws
   * ConflictError with the saved version.
   */
  putSetting<T = unknown>(key: string, value: T, etag?: string): Promise<Setting<T>>;
  /**
   * Whether the signed-in person may change this setting (site owners may; others read). True
   * when it cannot be told: the save itself then says what went wrong.
   */
  canEditSetting(key: string): Promise<boolean>;
}
