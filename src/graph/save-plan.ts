/**
 * Saving a whole plan: the plan, then its objectives in $batch calls, matched by id, else by
 * sourceKey, else created; unchanged ones are not written; objectives in the store but not given
 * are marked withdrawn. Every update carries If-Match. Failures are reported per item.
 */
import type { Plan, PlanObjective } from '../plans/model';
import type { SaveResult } from '../plans/store';
import type { BatchOutcome, BatchStep } from './batch';
import { explainFailure, toStoreError } from './client';
import { createItem } from './item-writes';
import { where, type SiteLists } from './query';
import type { Fields } from './schema/field';
import { forCreate, type ListItem } from './schema/list';
import { OBJECTIVES } from './schema/objectives';
import { PLANS } from './schema/plans';
import { SCORES } from './schema/scores';
import { PLAN_ID } from './schema/shared-columns';
import { documentKey } from './schema/values';

/** The same child however the name or reference was spaced or capitalised. */
export function sameChildRef(a: string, b: string): boolean {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

function sameFields(a: Fields, b: Fields, ignore: string[] = []): boolean {
  for (const k of Object.keys(a)) {
    if (ignore.includes(k)) continue;
    const x = a[k] ?? null;
    const y = b[k] ?? null;
    if (
      x !== y &&
      !(
        typeof x === 'string' &&
        typeof y === 'string' &&
        Date.parse(x) === Date.parse(y) &&
        /^\d{4}-\d{2}-\d{2}T/.test(x)
      )
    )
      return false;
  }
  return true;
}

export async function savePlan(
  lists: SiteLists,
  plan: Plan,
  objectives: PlanObjective[],
): Promise<SaveResult> {
  const failures: SaveResult['failures'] = [];
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  let planId = plan.id;
  let planEtag = plan.etag;
  let current: Plan | undefined;
  let existing: PlanObjective[] = [];

  try {
    if (!planId && plan.documentUrl) {
      // Saved from Word before? The document key finds it, so a re-save never duplicates; but
      // only the same child's plan: another child's plan from the same address (a copied
      // document, a shared page) is never written over.
      const found = await lists.client.get<{ value: ListItem[] }>(
        lists.query(
          'plans',
          where(PLANS.fields.documentUrl, 'eq', documentKey(plan.documentUrl)),
          20,
        ),
      );
      const same = (found.value ?? [])
        .map(PLANS.fromItem)
        .find((p) => sameChildRef(p.childRef, plan.childRef));
      if (same) {
        current = same;
        planId = current.id;
        planEtag = planEtag ?? current.etag;
      }
    }
    if (planId) {
      const steps: BatchStep[] = [];
      if (!current) steps.push({ method: 'GET', url: '/' + lists.item('plans', planId) });
      steps.push({
        method: 'GET',
        url: '/' + lists.query('objectives', where(PLAN_ID, 'eq', planId), 500),
      });
      const out = await lists.batch(steps);
      const failed = out.find((o) => o.error);
      if (failed?.error) throw failed.error;
      if (!current) current = PLANS.fromItem(out[0].body as ListItem);
      planEtag = planEtag ?? current.etag;
      existing = (await lists.outcomeItems(out[out.length - 1])).map(OBJECTIVES.fromItem);
    }
  } catch (e) {
    throw toStoreError(e, 'the plan');
  }

  let savedPlan: Plan;
  const steps: BatchStep[] = [];
  const kinds: (
    | { kind: 'plan' }
    | { kind: 'objective'; index: number }
    | { kind: 'withdraw'; objective: PlanObjective }
    | { kind: 'score' }
  )[] = [];
  if (!planId) {
    const created = await createItem(
      lists,
      'plans',
      PLANS.toFields({ ...plan, updatedAt: now }),
      'the plan',
    );
    savedPlan = PLANS.fromItem(created);
    planId = savedPlan.id!;
  } else {
    savedPlan = { ...plan, id: planId, etag: planEtag };
    steps.push({
      method: 'PATCH',
      url: '/' + lists.fieldsOf('plans', planId),
      headers: { 'If-Match': planEtag ?? '*' },
      body: PLANS.toFields({ ...plan, updatedAt: now }),
    });
    kinds.push({ kind: 'plan' });
  }

  const byId = new Map(existing.map((o) => [o.id!, o]));
  const bySource = new Map(existing.filter((o) => o.sourceKey).map((o) => [o.sourceKey!, o]));
  const matched = new Set<string>();
  const result: PlanObjective[] = objectives.map((o) => ({ ...o, planId: planId! }));
  result.forEach((o, index) => {
    const match = (o.id && byId.get(o.id)) || (o.sourceKey ? bySource.get(o.sourceKey) : undefined);
    if (match && !matched.has(match.id!)) {
      matched.add(match.id!);
      o.id = match.id;
      const fields = OBJECTIVES.toFields(o);
      if (sameFields(fields, OBJECTIVES.toFields(match))) {
        o.etag = match.etag;
        return;
      }
      steps.push({
        method: 'PATCH',
        url: '/' + lists.fieldsOf('objectives', match.id!),
        headers: { 'If-Match': o.etag ?? match.etag ?? '*' },
        body: fields,
      });
    } else {
      o.id = undefined;
      o.etag = undefined;
      steps.push({
        method: 'POST',
        url: `/${lists.items('objectives')}`,
        body: { fields: forCreate(OBJECTIVES.toFields(o)) },
      });
    }
    kinds.push({ kind: 'objective', index });
  });
  for (const old of existing) {
    if (matched.has(old.id!) || old.status === 'withdrawn') continue;
    steps.push({
      method: 'PATCH',
      url: '/' + lists.fieldsOf('objectives', old.id!),
      headers: { 'If-Match': old.etag ?? '*' },
      body: OBJECTIVES.fields.status.write('withdrawn'),
    });
    kinds.push({ kind: 'withdraw', objective: old });
  }
  if (plan.score !== undefined) {
    // The score history rides in the same $batch: the supervisor view's trend costs no trip.
    steps.push({
      method: 'POST',
      url: `/${lists.items('scores')}`,
      body: { fields: SCORES.toFields({ planId, score: plan.score, at: now }) },
    });
    kinds.push({ kind: 'score' });
  }

  let outcomes: BatchOutcome[];
  try {
    outcomes = await lists.batch(steps);
  } catch (e) {
    throw toStoreError(e, 'the plan');
  }
  outcomes.forEach((out, i) => {
    const k = kinds[i];
    const label =
      k.kind === 'plan'
        ? 'the plan'
        : k.kind === 'score'
          ? "the plan's score history"
          : k.kind === 'objective'
            ? `objective ${result[k.index].order}`
            : `objective ${k.objective.order} (marking it withdrawn)`;
    if (out.error) {
      failures.push({
        item: label,
        status: out.status,
        message: explainFailure(
          out.status,
          label,
          out.status === 400 ? out.error.message : undefined,
        ),
      });
      return;
    }
    const body = out.body as ListItem & Fields;
    if (k.kind === 'plan') {
      savedPlan = PLANS.fromItem({
        id: planId!,
        eTag: body['@odata.etag'] as string,
        fields: body,
      });
    } else if (k.kind === 'objective') {
      const saved = body.fields
        ? OBJECTIVES.fromItem(body)
        : OBJECTIVES.fromItem({
            id: result[k.index].id!,
            eTag: body['@odata.etag'] as string,
            fields: body,
          });
      result[k.index] = saved;
    }
  });
  return { plan: savedPlan, objectives: result, failures };
}
