/** The Outbox list (local mode only): the messages the reminder job would have sent. */
import { field, INDEXED } from './field';
import { defineList } from './list';
import { DUE_ITEM, PLAN_ID, RECIPIENT_NAME } from './shared-columns';

export const OUTBOX_CHANNELS = ['email', 'teams-activity'] as const;

/** A message as the local outbox keeps it. */
export interface OutboxMessage {
  /** At most 255 characters: it is the item's Title. */
  subject: string;
  /** The recipient's email as the plan has it: the outbox shows it, nothing filters by it. */
  recipient: string;
  recipientName: string;
  channel: (typeof OUTBOX_CHANNELS)[number];
  bodyText: string;
  bodyHtml: string;
  planId?: string;
  /** The due items' keys, space-separated. */
  dueItem: string;
  queuedAt: string;
}

export const OUTBOX = defineList<'outbox', OutboxMessage>({
  key: 'outbox',
  description: 'Local mode only: messages the reminder job would have sent by email or Teams.',
  fields: {
    subject: field.title().required(''),
    recipient: field.text('Recipient', 'Recipient email', INDEXED).required(''),
    recipientName: RECIPIENT_NAME.required(''),
    channel: field.choice('Channel', 'Channel', OUTBOX_CHANNELS).required('email'),
    bodyText: field.note('BodyText', 'Body (text)').required(''),
    bodyHtml: field.note('BodyHtml', 'Body (HTML)').required(''),
    planId: PLAN_ID,
    dueItem: DUE_ITEM.required(''),
    queuedAt: field.dateTime('QueuedAt', 'Queued at', INDEXED).required(''),
  },
});
