/** The Agreements list: who agreed to a plan or an objective, in their own words. */
import { AGREEMENT_ROLES, AGREEMENT_STANCES, type Agreement } from '../../plans/model';
import { field, INDEXED, nobody } from './field';
import { defineList } from './list';
import { PLAN_ID } from './shared-columns';

export const AGREEMENTS = defineList<'agreements', Agreement>({
  key: 'agreements',
  description: 'Who agreed to the plan or an objective, in their own words where they disagree.',
  title: (a) => `${a.person.name}: ${a.stance}`.slice(0, 255),
  fields: {
    planId: PLAN_ID.required(''),
    objectiveId: field.text('ObjectiveId', 'Objective id', INDEXED),
    person: field
      .person(field.text('PersonName', 'Person'), field.email('PersonEmail', 'Person email'))
      .required(nobody),
    role: field.choice('AgreementRole', 'Role', AGREEMENT_ROLES).required('professional'),
    stance: field.choice('Stance', 'Agreed?', AGREEMENT_STANCES).required('not-asked'),
    words: field.note('Words', 'Their words'),
    date: field.date('AgreementDate', 'Date').required(''),
  },
});
