/** The Objectives list: each plan's objectives; Title is the start of the objective's text. */
import { OBJECTIVE_STATUSES, RAG, type PlanObjective } from '../../plans/model';
import { textColumn } from './columns';
import { field, INDEXED } from './field';
import { defineList } from './list';
import { DUE_DATE, PLAN_ID } from './shared-columns';

export const OBJECTIVES = defineList<'objectives', PlanObjective>({
  key: 'objectives',
  description: 'Objectives of each plan (Title is the start of the objective text).',
  title: (o) => o.text.replace(/\s+/g, ' ').trim().slice(0, 255) || `Objective ${o.order}`,
  fields: {
    planId: PLAN_ID.required(''),
    order: field.number('ObjectiveOrder', 'Order').required(0),
    text: field.note('ObjectiveText', 'Objective').orElse(field.title()).required(''),
    owner: field.person(
      field.text('OwnerName', 'Owner'),
      field.email('OwnerEmail', 'Owner email', INDEXED),
    ),
    dueDate: DUE_DATE,
    smart: field.json(textColumn('Smart', 'SMART criteria met (JSON)')),
    progress: field.choice('Progress', 'Progress (RAG)', RAG),
    progressNote: field.note('ProgressNote', 'Progress note'),
    progressAt: field.dateTime('ProgressAt', 'Progress updated at'),
    status: field
      .choice('ObjectiveStatus', 'Status', OBJECTIVE_STATUSES, INDEXED)
      .required('active'),
    sourceKey: field.text('SourceKey', 'Key in the Word document', INDEXED),
  },
});
