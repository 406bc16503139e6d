/**
 * Who can agree or disagree with an objective or the whole plan, and what each last said. The
 * Who list offers everyone the plan names (the child, the lead professional, the supervisor,
 * the members, each objective's owner) and everyone whose view is already recorded; anyone else
 * the user names, with a role, when recording their view.
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
  /** Stable key for a person: their email, else their name (see personKey). */
  key: string;
  person: Person;
  /**
   * Their role where the plan or a view already recorded says it. Absent for someone named only
   * as an objective's owner: "Mr Ellis" may be a teacher or a grandparent, so whoever records
   * their view chooses, rather than the tab guessing.
   */
  role?: AgreementRole;
}

/** A name as people type it: spaces and capitals vary from one document to the next. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function emailKey(email: string | undefined): string | undefined {
  const e = email?.trim().toLowerCase();
  return e || undefined;
}

export function personKey(person: Person): string {
  return emailKey(person.email) ?? nameKey(person.name);
}

/**
 * A person's name with their role in brackets, "Jordan Lee (social worker)"; the name alone when
 * it is the role ("Parent or carer", not "Parent or carer (parent or carer)").
 */
export function nameAndRole(name: string, role: string): string {
  return nameKey(name) === nameKey(role) ? name : `${name} (${role})`;
}

/** How a participant is offered in the Who list: their name and what the plan knows of them. */
export function participantLabel(p: Participant): string {
  return nameAndRole(p.person.name, p.role ? ROLE_LABEL[p.role].toLowerCase() : 'objective owner');
}

/**
 * Everyone the plan names, each once. The same person is often written twice (with and without
 * an email, or "jordan  lee" for "Jordan Lee"): the same email, or the same name where one of
 * them has no email, is one person. Two different emails are two people, even with one name.
 */
export function participantsOf(
  bundle: Pick<PlanBundle, 'plan' | 'agreements'> & Partial<Pick<PlanBundle, 'objectives'>>,
): Participant[] {
  const { plan, agreements } = bundle;
  const list: Participant[] = [];
  const add = (person: Person | undefined, role?: AgreementRole) => {
    const name = person?.name?.trim().replace(/\s+/g, ' ');
    if (!person || !name) return;
    const email = person.email?.trim() || undefined;
    const sameEmail = email && list.find((p) => emailKey(p.person.email) === emailKey(email));
    const sameName = list.find(
      (p) => nameKey(p.person.name) === nameKey(name) && (!email || !p.person.email),
    );
    const known = sameEmail || sameName;
    if (!known) {
      const added: Participant = { key: '', person: email ? { name, email } : { name }, role };
      added.key = personKey(added.person);
      list.push(added);
      return;
    }
    if (email && !known.person.email) {
      known.person = { ...known.person, email };
      known.key = personKey(known.person);
    }
    known.role ??= role;
  };
  add({ name: plan.childRef }, 'child');
  // Roles people were recorded with before are the best evidence of who they are.
  for (const a of agreements) add(a.person, a.role);
  add(plan.leadProfessional, 'professional');
  add(plan.supervisor, 'professional');
  for (const member of plan.members) add(member, 'professional');
  const objectives = [...(bundle.objectives ?? [])]
    .filter((o) => o.status !== 'withdrawn')
    .sort((a, b) => a.order - b.order);
  for (const o of objectives) add(o.owner);
  return list;
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
