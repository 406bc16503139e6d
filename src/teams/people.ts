/**
 * Who can agree or disagree with an objective, and what each last said. The roles come from the
 * plan (the child, the lead professional) and from views already recorded; anyone else the user
 * names a role for when recording their view.
 */
import type { Agreement, AgreementRole, AgreementStance, Person, PlanBundle } from '../plans/model';

export const ROLE_LABEL: Record<AgreementRole, string> = {
  child: 'Child or young person',
  'parent-carer': 'Parent or carer',
  professional: 'Professional',
};

export const STANCE_LABEL: Record<AgreementStance, string> = {
  agreed: 'Agreed',
  disagreed: 'Disagreed',
  'not-asked': 'Not asked yet',
};

export interface Participant {
  /** Stable key for a person: their email, else their name. */
  key: string;
  person: Person;
  role: AgreementRole;
}

export function personKey(person: Person): string {
  return (person.email ?? person.name).trim().toLowerCase();
}

export function participantsOf(bundle: Pick<PlanBundle, 'plan' | 'agreements'>): Participant[] {
  const { plan, agreements } = bundle;
  const known = new Map<string, Participant>();
  const add = (person: Person, role: AgreementRole) => {
    const key = personKey(person);
    if (key && !known.has(key)) known.set(key, { key, person, role });
  };
  add({ name: plan.childRef }, 'child');
  // Roles people were recorded with before are the best evidence of who they are.
  for (const a of agreements) add(a.person, a.role);
  add(plan.leadProfessional, 'professional');
  for (const member of plan.members) add(member, 'professional');
  return [...known.values()];
}

export interface View {
  participantKey: string;
  agreement: Agreement;
  /** True while the view is only on this device. */
  pending: boolean;
}

/** The latest view of each person on one objective (or the whole plan when objectiveId is absent). */
export function latestViews(
  agreements: Agreement[],
  objectiveId: string | undefined,
  pending: Agreement[] = [],
): View[] {
  const latest = new Map<string, View>();
  const consider = (agreement: Agreement, isPending: boolean) => {
    if (agreement.objectiveId !== objectiveId) return;
    const key = personKey(agreement.person);
    const current = latest.get(key);
    // Pending views are newer than anything stored; among stored ones the later date wins.
    if (!current || isPending || (!current.pending && agreement.date >= current.agreement.date))
      latest.set(key, { participantKey: key, agreement, pending: isPending });
  };
  for (const a of agreements) consider(a, false);
  for (const a of pending) consider(a, true);
  return [...latest.values()];
}
