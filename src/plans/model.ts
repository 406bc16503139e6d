/**
 * The plan model shared by every face: the Word pane saves it, the Teams tab edits it, the
 * reminder job reads it, and the Graph store maps it to SharePoint list items. Dates are ISO
 * calendar dates (YYYY-MM-DD) unless the name says "At" (an ISO timestamp).
 */
import type { Criterion } from '../smart/types';

export const PLAN_TYPES = [
  'child-protection',
  'child-in-need',
  'early-help',
  'looked-after',
  'ehc',
] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export const PLAN_TYPE_LABEL: Record<PlanType, string> = {
  'child-protection': 'Child protection',
  'child-in-need': 'Child in need',
  'early-help': 'Early help',
  'looked-after': 'Looked-after child',
  ehc: 'EHC plan',
};

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
};

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;
/** ISO timestamp with time zone, e.g. 2027-01-31T09:00:00Z. */
export type IsoDateTime = string;

/** A person as the store knows them: an email is the stable key across Graph and local mode. */
export interface Person {
  name: string;
  email?: string;
}

export interface Plan {
  /** Store item id (SharePoint list item id); absent before the first save. */
  id?: string;
  /** Item ETag from the store; sent as If-Match on update. */
  etag?: string;
  /** Child's name or case reference, as the organisation records it. */
  childRef: string;
  type: PlanType;
  status: PlanStatus;
  leadProfessional: Person;
  supervisor: Person;
  /** Core group members and other people who see the plan in the tab. */
  members: Person[];
  /** Plan start date: the initial conference for child protection, the date looked after, etc. */
  startDate?: IsoDate;
  /** Core group frequency in weeks, where the plan sets one. */
  coreGroupEveryWeeks?: number;
  /** Review frequency in months for child in need / early help plans. */
  reviewEveryMonths?: number;
  nextCoreGroup?: IsoDate;
  nextReview?: IsoDate;
  /** Link to the Word document the plan came from. */
  documentUrl?: string;
  /** Plan quality score 0-100 at the last save (see src/smart/score.ts). */
  score?: number;
  /**
   * At the last save from Word: how many worries the plan names ("What are we worried about?")
   * and how many of them no objective answers (src/smart/worries). Absent for a plan saved
   * before the count was kept, or from anywhere but Word: not known, which is not none.
   */
  worries?: WorryCounts;
  updatedAt?: IsoDateTime;
}

export interface WorryCounts {
  named: number;
  unanswered: number;
}

export const RAG = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAG)[number];

export const OBJECTIVE_STATUSES = ['active', 'achieved', 'withdrawn'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export interface PlanObjective {
  id?: string;
  etag?: string;
  planId: string;
  /** Order in the plan, from 1. */
  order: number;
  text: string;
  owner?: Person;
  dueDate?: IsoDate;
  /** Which SMART criteria the core judged met, when the objective was last checked. */
  smart?: Record<Criterion, boolean>;
  progress?: Rag;
  progressNote?: string;
  progressAt?: IsoDateTime;
  status: ObjectiveStatus;
  /** Stable key of the objective in its Word document, so re-saving updates, never duplicates. */
  sourceKey?: string;
}

export const AGREEMENT_ROLES = ['child', 'parent-carer', 'professional'] as const;
export type AgreementRole = (typeof AGREEMENT_ROLES)[number];
export const AGREEMENT_STANCES = ['agreed', 'disagreed', 'not-asked'] as const;
export type AgreementStance = (typeof AGREEMENT_STANCES)[number];

export interface Agreement {
  id?: string;
  etag?: string;
  planId: string;
  /** Absent when the agreement is about the whole plan. */
  objectiveId?: string;
  person: Person;
  role: AgreementRole;
  stance: AgreementStance;
  /** Their own words, especially where they disagree. */
  words?: string;
  date: IsoDate;
}

export const REVIEW_KINDS = [
  'core-group',
  'review-conference',
  'lac-review',
  'ehcp-review',
  'cin-review',
  'early-help-review',
  'supervision',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export interface Review {
  id?: string;
  etag?: string;
  planId: string;
  kind: ReviewKind;
  scheduledDate: IsoDate;
  heldDate?: IsoDate;
  outcome?: string;
}

export const REMINDER_STATUSES = ['scheduled', 'sent', 'failed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

export interface Reminder {
  id?: string;
  etag?: string;
  planId: string;
  /** Stable key of the due item, e.g. "plan-12/review-conference/2027-03-01". */
  dueItem: string;
  recipient: Person;
  dueDate: IsoDate;
  status: ReminderStatus;
  sentAt?: IsoDateTime;
  attempts: number;
  lastError?: string;
}

/** A plan with everything the tab shows about it. */
export interface PlanBundle {
  plan: Plan;
  objectives: PlanObjective[];
  agreements: Agreement[];
  reviews: Review[];
}
