/**
 * A plan's worries as the tab shows the count kept at its last save from Word: how many of the
 * worries it names no objective answers. The tab never pairs worries itself; the counts come from
 * the core (src/smart/worries) when the plan was saved. An EHC plan names needs that its
 * outcomes meet, as the task pane says, and the tab says so for a plan of that type.
 */
import type { Plan } from '../plans/model';
import { capitalised, WORRY_TERMS, type WorryTerms } from '../smart/worry-terms';

const termsOf = (plan: Partial<Pick<Plan, 'type'>>): WorryTerms =>
  plan.type === 'ehc' ? WORRY_TERMS.needs : WORRY_TERMS.worries;

const labelOf = ({ many, done }: WorryTerms) => `${capitalised(many)} not ${done}`;

type Counted = Partial<Pick<Plan, 'type' | 'worries'>>;

/** The plans whose cell shows a number: "Not checked yet" and "No needs named" say what they are. */
const counting = (plans: readonly Counted[]) => plans.filter((p) => (p.worries?.named ?? 0) > 0);

/** True when a list shows counts of needs (EHC plans) and counts of worries side by side. */
export function mixedCounts(plans: readonly Counted[]): boolean {
  const counted = counting(plans);
  return counted.some((p) => p.type === 'ehc') && counted.some((p) => p.type !== 'ehc');
}

/**
 * The label over a list's column of counts. A list counting EHC plans' needs alone says needs,
 * any other list worries; a list of both says both, and each count then names its own (see
 * `worriesNotAnswered`), so no EHC plan's needs sit under "Worries not answered".
 */
export function worriesColumnLabel(plans: readonly Counted[]): string {
  if (mixedCounts(plans)) {
    return `${labelOf(WORRY_TERMS.worries)}, ${labelOf(WORRY_TERMS.needs).toLowerCase()}`;
  }
  const counted = counting(plans);
  const judged = counted.length > 0 ? counted : plans;
  const needsOnly = judged.length > 0 && judged.every((p) => p.type === 'ehc');
  return labelOf(needsOnly ? WORRY_TERMS.needs : WORRY_TERMS.worries);
}

/** The label over one plan's count: an EHC plan's are needs. */
export function worriesLabel(plan: Pick<Plan, 'type'>): string {
  return labelOf(termsOf(plan));
}

/**
 * "1 of 4", "No worries named" ("No needs named" for an EHC plan), or "Not checked yet" for a
 * plan saved before counts were kept. In a list that counts both, `named` adds the noun:
 * "1 of 4 worries", "0 of 1 need".
 */
export function worriesNotAnswered(
  plan: Pick<Plan, 'worries'> & Partial<Pick<Plan, 'type'>>,
  { named = false }: { named?: boolean } = {},
): string {
  const w = plan.worries;
  if (!w) return 'Not checked yet';
  const terms = termsOf(plan);
  if (w.named === 0) return `No ${terms.many} named`;
  const noun = named ? ` ${w.named === 1 ? terms.one : terms.many}` : '';
  return `${w.unanswered} of ${w.named}${noun}`;
}
