/** Searching and filtering the plans list: plain matching on what the list shows. */
import { PLAN_TYPE_LABEL, type Plan, type PlanStatus, type PlanType } from '../plans/model';

export interface PlanListFilter {
  text: string;
  type: PlanType | '';
  status: PlanStatus | '';
  /** Show plans whose next review is on or before this date (YYYY-MM-DD); '' for any. */
  reviewBy: string;
}

export const NO_FILTER: PlanListFilter = { text: '', type: '', status: '', reviewBy: '' };

export function filterPlans(plans: Plan[], filter: PlanListFilter): Plan[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return plans
    .filter((plan) => {
      if (filter.type && plan.type !== filter.type) return false;
      if (filter.status && plan.status !== filter.status) return false;
      if (filter.reviewBy && (!plan.nextReview || plan.nextReview > filter.reviewBy)) return false;
      const haystack = [
        plan.childRef,
        PLAN_TYPE_LABEL[plan.type],
        plan.leadProfessional.name,
        plan.supervisor.name,
      ]
        .join(' ')
        .toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort(
      (a, b) =>
        (a.nextReview ?? '9999').localeCompare(b.nextReview ?? '9999') ||
        a.childRef.localeCompare(b.childRef),
    );
}
