/** The Plans list: one item per plan; Title is the child's name or case reference. */
import { PLAN_STATUSES, PLAN_TYPES, type Plan } from '../../plans/model';
import { noteColumn, textColumn } from './columns';
import { field, INDEXED, nobody } from './field';
import { defineList } from './list';
import { SCORE } from './shared-columns';

export const PLANS = defineList<'plans', Plan>({
  key: 'plans',
  description: "Children's plans: one item per plan (Title is the child's name or case reference).",
  fields: {
    childRef: field.title().required(''),
    type: field.choice('PlanType', 'Plan type', PLAN_TYPES, INDEXED).required('child-in-need'),
    status: field.choice('PlanStatus', 'Status', PLAN_STATUSES, INDEXED).required('draft'),
    leadProfessional: field
      .person(
        field.text('LeadName', 'Lead professional'),
        field.email('LeadEmail', 'Lead professional email', INDEXED),
      )
      .required(nobody),
    supervisor: field
      .person(
        field.text('SupervisorName', 'Supervisor'),
        field.email('SupervisorEmail', 'Supervisor email', INDEXED),
      )
      .required(nobody),
    members: field.json(noteColumn('Members', 'Members (JSON)'), () => []).required(),
    startDate: field.date('StartDate', 'Start date'),
    coreGroupEveryWeeks: field.number('CoreGroupEveryWeeks', 'Core group every (weeks)'),
    reviewEveryMonths: field.number('ReviewEveryMonths', 'Review every (months)'),
    nextCoreGroup: field.date('NextCoreGroup', 'Next core group', INDEXED),
    nextReview: field.date('NextReview', 'Next review', INDEXED),
    documentUrl: field.document(
      noteColumn('DocumentUrl', 'Word document'),
      textColumn('DocumentKey', 'Word document key', INDEXED),
    ),
    score: SCORE,
    worries: field.counts({
      named: field.number('WorriesNamed', 'Worries named'),
      unanswered: field.number('WorriesUnanswered', 'Worries not answered'),
    }),
    updatedAt: field.dateTime('UpdatedAt', 'Updated at'),
  },
});
