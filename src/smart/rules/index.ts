/** Every rule the checker runs, in the order findings are reported within a criterion. */
import type { Rule } from '../rule';
import noWho from './specific/no-who';
import vagueVerb from './specific/vague-verb';
import vagueStandard from './specific/vague-standard';
import genericService from './specific/generic-service';
import noDetail from './specific/no-detail';
import noAmount from './specific/no-amount';
import unfilledSlot from './specific/unfilled-slot';
import notWritten from './specific/not-written';
import noMeasure from './measurable/no-measure';
import selfReport from './measurable/self-report';
import absolute from './realistic/absolute';
import suddenStop from './realistic/sudden-stop';
import tooSoon from './realistic/too-soon';
import noTimescale from './timely/no-timescale';
import vagueTimescale from './timely/vague-timescale';
import pastDate from './timely/past-date';
import actionOnly from './outcome/action-only';
import outcomeSecondReading from './outcome/second-reading';

export const RULES: readonly Rule[] = [
  // First: an item nobody has written yet is one problem, and the rest of its findings are dropped.
  notWritten,
  noWho,
  vagueVerb,
  vagueStandard,
  genericService,
  noDetail,
  noAmount,
  unfilledSlot,
  noMeasure,
  selfReport,
  absolute,
  suddenStop,
  tooSoon,
  noTimescale,
  vagueTimescale,
  pastDate,
  actionOnly,
  // Last: it reads what every rule above found.
  outcomeSecondReading,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
