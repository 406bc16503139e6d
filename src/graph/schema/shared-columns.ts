/**
 * Columns that more than one list has, with the same name, label and type in each: written once
 * here so every list that has one has the same one.
 */
import { field, INDEXED } from './field';

/** The plan an item belongs to: what every per-plan read filters on. */
export const PLAN_ID = field.text('PlanId', 'Plan id', INDEXED);
export const DUE_DATE = field.date('DueDate', 'Due date', INDEXED);
/** A due item's stable key, e.g. "plan-12/review-conference/2027-03-01". */
export const DUE_ITEM = field.text('DueItem', 'Due item', INDEXED);
/** The plan quality score 0-100 (src/smart/score.ts). */
export const SCORE = field.number('Score', 'Plan quality score');
export const RECIPIENT_NAME = field.text('RecipientName', 'Recipient');
