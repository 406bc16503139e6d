/**
 * A plan its child or young person speaks in ("I will go to college every Monday", "I will
 * learn to cook"), as pathway plans and children's own safety plans are written. There a command
 * with no subject ("Get a CSCS card", "Register with a dentist") is theirs to do: the labelling
 * rules read a first-person plan's subject as the child it is about.
 */
import type { Objective } from './types';

/** A sentence whose subject is "I": "I will …", "I'll …", "I'm going to …". */
const FIRST_PERSON = /(?:^|[.!?;:]\s+)[^\p{L}]*I(?:['’](?:ll|m|d|ve))?\s/u;

/** Whether the plan's objectives are written in its child's own voice (two in five, at least two). */
export function speaksAsItsChild(objectives: readonly Pick<Objective, 'text'>[]): boolean {
  let first = 0;
  for (const o of objectives) if (FIRST_PERSON.test(o.text)) first++;
  return first >= 2 && first * 5 >= objectives.length * 2;
}
