/**
 * Judgements several rules share, derived from the analysis: is someone named, is the "what"
 * concrete, is there any way to measure it, is there a timescale. Kept in one place so two rules
 * never disagree about the same fact.
 */
import type { Analysis } from './analyse';

/** A person or a titled role is responsible, or the thing that must change belongs to someone. */
export function hasWho(a: Analysis): boolean {
  // A "Who" column in the plan's table names the owner for the whole row.
  if (
    partHas(
      a,
      'who',
      (t) =>
        /\p{L}/u.test(t) &&
        !/^(?:n\/?a|tbc|tbd|all|everyone|services|professionals|agencies|the family|family|parents)\.?$/i.test(
          t.trim(),
        ),
    )
  )
    return true;
  if (a.imperative) return a.agents.length > 0;
  for (const c of a.clauses) {
    const kind = c.subject.kind;
    if (kind === 'child' || kind === 'parent' || kind === 'professional') return true;
    const agentless = c.verb === 'be' && c.passive;
    if (kind === 'owned-thing' && (!agentless || a.agents.length > 0)) return true;
    if ((kind === 'thing' || kind === 'there') && (a.roles.length > 0 || a.agents.length > 0))
      return true;
  }
  if (a.clauses.length === 0) return a.roles.length > 0;
  return false;
}

/** Concrete detail that pins down what will happen: numbers, frequency, named service, benchmark. */
export function isConcrete(a: Analysis): boolean {
  return (
    a.quantities.length > 0 ||
    a.frequencies.length > 0 ||
    a.namedServices.length > 0 ||
    a.benchmarks.length > 0 ||
    a.crispEvents.length > 0
  );
}

const REFERRAL = /\brefer(?:s|red|ral)?\b/i;

/** Any way to tell that it is done: a count, a frequency, evidence, a benchmark, a crisp event. */
export function hasMeasure(a: Analysis): boolean {
  return (
    a.quantities.length > 0 ||
    a.frequencies.length > 0 ||
    a.evidence.length > 0 ||
    a.benchmarks.length > 0 ||
    a.crispEvents.length > 0 ||
    // A referral made by a date is done or not done: checkable by anyone.
    (REFERRAL.test(a.text) && a.times.some((t) => t.kind === 'date')) ||
    professionalTaskByDeadline(a)
  );
}

const DISCRETE_TASKS = new Set([
  'complete',
  'refer',
  'hold',
  'chair',
  'convene',
  'book',
  'arrange',
  'write',
  'send',
  'apply',
  'register',
  'make',
  'submit',
  'fit',
  'install',
  'deliver',
  'carry',
]);

/** "The IRO will chair the review within 20 working days": a task done or not by a deadline. */
function professionalTaskByDeadline(a: Analysis): boolean {
  return (
    a.times.some((t) => t.kind !== 'frequency') &&
    a.clauses.some((c) => c.subject.kind === 'professional' && DISCRETE_TASKS.has(c.verb))
  );
}

function partHas(a: Analysis, role: string, test: (text: string) => boolean): boolean {
  return a.parts.some((p) => p.role === role && test(a.text.slice(p.start, p.end)));
}

export function hasTimescale(a: Analysis): boolean {
  return a.times.length > 0;
}

const BOUNDING = /^(?:until|till|for|over|between|during|while|whilst|up to)\b/i;

/** The objective holds for a stated window ("until the review conference"), not for ever. */
export function isBounded(a: Analysis): boolean {
  return a.times.some((t) => t.kind === 'bounded' || BOUNDING.test(a.text.slice(t.start, t.end)));
}

/** Any clause states a change that will be seen (for the child, or in the adults' care of them). */
export function hasOutcome(a: Analysis): boolean {
  return a.clauses.some((c) => c.isOutcome);
}

/** Where to insert text at the end of the objective: before a closing full stop, if any. */
export function endInsertion(text: string): number {
  const m = /[\s.;!]*$/.exec(text);
  return m ? m.index : text.length;
}
