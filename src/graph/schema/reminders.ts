/** The Reminders list: one item per due item and recipient, so nothing is sent twice. */
import { REMINDER_STATUSES, type Reminder } from '../../plans/model';
import { field, INDEXED, nobody } from './field';
import { defineList } from './list';
import { DUE_DATE, DUE_ITEM, PLAN_ID, RECIPIENT_NAME } from './shared-columns';

export const REMINDERS = defineList<'reminders', Reminder>({
  key: 'reminders',
  description:
    'Review and core group reminders: one per due item and recipient, so nothing is sent twice.',
  title: (r) => `${r.dueItem} to ${r.recipient.email ?? r.recipient.name}`.slice(0, 255),
  fields: {
    planId: PLAN_ID.required(''),
    dueItem: DUE_ITEM.required(''),
    recipient: field
      .person(RECIPIENT_NAME, field.email('RecipientEmail', 'Recipient email', INDEXED))
      .required(nobody),
    dueDate: DUE_DATE.required(''),
    status: field
      .choice('ReminderStatus', 'Status', REMINDER_STATUSES, INDEXED)
      .required('scheduled'),
    sentAt: field.dateTime('SentAt', 'Sent at'),
    attempts: field.number('Attempts', 'Attempts').required(0),
    lastError: field.note('LastError', 'Last error'),
  },
});
