/** The Reviews list: core groups, conferences, LAC and EHCP reviews and supervision. */
import { REVIEW_KINDS, type Review } from '../../plans/model';
import { field, INDEXED } from './field';
import { defineList } from './list';
import { PLAN_ID } from './shared-columns';

export const REVIEWS = defineList<'reviews', Review>({
  key: 'reviews',
  description:
    'Core groups, review conferences, LAC and EHCP reviews and supervision, with outcomes.',
  title: (r) => `${r.kind} ${r.scheduledDate}`,
  fields: {
    planId: PLAN_ID.required(''),
    kind: field.choice('ReviewKind', 'Kind', REVIEW_KINDS, INDEXED).required('review-conference'),
    scheduledDate: field.date('ScheduledDate', 'Scheduled', INDEXED).required(''),
    heldDate: field.date('HeldDate', 'Held'),
    outcome: field.note('Outcome', 'Outcome'),
  },
});
