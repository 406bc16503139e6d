/**
 * What kind of plan a document is, as its title says: some whole-plan checks, and the pane's
 * words, ask for what that kind of plan sets out (a pathway plan's areas, the needs in an EHC
 * plan or an IEP) rather than a child protection plan's worries. Only a line that starts with the kind counts: "Next pathway plan
 * review: 28/05/2027" or "SEN status: EHCP" in a care plan's details names another plan.
 */
import { planHead } from './family-names';

/** "My", "Draft", "Kyle's" and the like before the kind of plan. */
const OWNER = String.raw`^\W*(?:(?:my|your|draft|final|interim|amended|[\p{Lu}][\p{L}'’-]*['’]s)\s+)?`;

const PATHWAY = new RegExp(String.raw`${OWNER}pathway plan\b`, 'iu');
const SEND = new RegExp(
  String.raw`${OWNER}(?:education,? health and care plan|EHC ?plan|EHCP|SEN(?:D)? support plan|individual education plan|IEP)\b`,
  'iu',
);

/** A pathway plan for a young person leaving care ("Pathway Plan – Kyle Bennett"). */
export function isPathwayPlan(texts: readonly string[]): boolean {
  return planHead(texts).some((t) => PATHWAY.test(t));
}

/**
 * A plan for a child's special educational needs: an education, health and care plan
 * ("Education, Health and Care Plan – Section E"), a SEN support plan or an IEP. Each sets out
 * the child's needs and the outcomes or targets that meet them.
 */
export function isSendPlan(texts: readonly string[]): boolean {
  return planHead(texts).some((t) => SEND.test(t));
}

/** The kinds of plan read differently; any other plan is read for its worries. */
export type PlanKind = 'pathway' | 'send' | 'other';

export function planKind(texts: readonly string[]): PlanKind {
  return isPathwayPlan(texts) ? 'pathway' : isSendPlan(texts) ? 'send' : 'other';
}
