/**
 * What kind of plan a document is, as its title says: some whole-plan checks, and the pane's
 * words, ask for what that kind of plan sets out (a pathway plan's or a care plan's areas, the
 * needs in an EHC plan or an IEP) rather than a child protection plan's worries. Only a line that
 * starts with the kind counts: "Next pathway plan review: 28/05/2027" or "SEN status: EHCP" in a
 * care plan's details names another plan.
 */
import type { Block, PlanDocument } from './document';
import { planLines } from './plan-lines';
import { CARE_PLAN_AREAS, PATHWAY_AREAS, PLACEMENT_PLAN_AREAS, type PlanArea } from './plan-areas';

/** Where a plan says what it is: its title and the details under it. */
const PLAN_HEAD = 8;

/** A plan's first lines with text: where it says what kind of plan it is. */
export function planHead(texts: readonly string[]): string[] {
  return texts.filter((t) => t.trim() !== '').slice(0, PLAN_HEAD);
}

/**
 * A plan made before the child is born ("PRE-BIRTH CHILD PROTECTION PLAN", "Unborn baby of …"),
 * said at its head: a plan for older children that mentions a pre-birth assessment is not one.
 */
export function isPreBirthPlan(texts: readonly string[]): boolean {
  return planHead(texts).some((t) => /\b(?:pre-?birth|unborn (?:baby|child))\b/i.test(t));
}

/** "My", "Draft", "Kyle's" and the like before the kind of plan. */
const OWNER = String.raw`^\W*(?:(?:my|your|draft|final|interim|amended|[\p{Lu}][\p{L}'’-]*['’]s)\s+)?`;

/**
 * After a kind of plan, a word that makes the line a meeting's or a date's, not the plan's title:
 * "PEP review: 10/03/2027", "Placement plan meeting: 27/11/2026", "PEP: up to date".
 */
const NOT_ITS_MEETING = String.raw`(?!\s*(?:reviews?|meetings?|dates?|due|:))`;

const PATHWAY = new RegExp(String.raw`${OWNER}pathway plan\b`, 'iu');
const SEND = new RegExp(
  String.raw`${OWNER}(?:education,? health and care plan|EHC ?plan|EHCP|SEN(?:D)? support plan|individual education plan|IEP|personal education plan\b(?!\s*(?:reviews?|meetings?|dates?|due)\b)|PEP\b${NOT_ITS_MEETING})`,
  'iu',
);

/**
 * A looked-after child's care plan: "Care plan", "CLA care plan", "Looked after child's care
 * plan". "Care plan" also heads other plans (a school's health care plan for asthma), so a bare
 * "Care plan" counts only where the head says the child is looked after.
 */
const CARE_PLAN = new RegExp(
  String.raw`${OWNER}(?:(?:looked[- ]after child(?:ren)?['’]?s?|child in care|CLA|LAC|CiC)\s+)?care plan\b`,
  'iu',
);
const LOOKED_AFTER = new RegExp(
  String.raw`\b(?:looked[- ]after|in care|CLA|LAC|CiC|IRO|independent reviewing officer|section 20|s\.? ?20|care order|interim care order|placement order)\b`,
  'i',
);

/**
 * A looked-after child's placement plan ("Placement Plan", "Foster placement plan"): how the
 * carers will meet the child's needs day to day. "Placement plan" also heads a student's work
 * placement, so it counts only where the head says the child is looked after or fostered, and
 * "Placement plan meeting: 27/11/2026" in a care plan's details names a meeting, not the plan.
 */
const PLACEMENT_PLAN = new RegExp(
  String.raw`${OWNER}(?:(?:foster(?:ing)?|residential|kinship)\s+)?placement plan\b${NOT_ITS_MEETING}`,
  'iu',
);
const PLACED =
  /\b(?:foster(?:ing)? (?:carers?|parents?|agency|family|home)|fostering|children['’]s home|kinship carers?)\b/i;

/** A looked-after child's placement plan, said at its head. */
export function isPlacementPlan(texts: readonly string[]): boolean {
  const head = planHead(texts);
  return (
    head.some((t) => PLACEMENT_PLAN.test(t)) &&
    head.some((t) => LOOKED_AFTER.test(t) || PLACED.test(t))
  );
}

/** A looked-after child's care plan, said at its head. */
export function isCarePlan(texts: readonly string[]): boolean {
  const head = planHead(texts);
  return head.some((t) => CARE_PLAN.test(t)) && head.some((t) => LOOKED_AFTER.test(t));
}

/** A pathway plan for a young person leaving care ("Pathway Plan – Kyle Bennett"). */
export function isPathwayPlan(texts: readonly string[]): boolean {
  return planHead(texts).some((t) => PATHWAY.test(t));
}

/**
 * A plan for a child's special educational needs: an education, health and care plan
 * ("Education, Health and Care Plan – Section E"), a SEN support plan or an IEP; or a looked-after
 * child's personal education plan ("Personal Education Plan (PEP) – Autumn Term"), which sets out
 * the barriers to learning and the targets that meet them. Each sets out the child's needs and
 * the outcomes or targets that meet them. "PEP review: 10/03/2027" in another plan's details
 * names a meeting, not the plan.
 */
export function isSendPlan(texts: readonly string[]): boolean {
  return planHead(texts).some((t) => SEND.test(t));
}

/**
 * A plan for the support a family gets, not for what must change: a special guardianship, adoption
 * or kinship support plan, a young carer's plan, a short breaks plan. It sets out needs the support
 * meets, often only in its background, rather than worries. A family support plan (Northern
 * Ireland's, after a referral) names worries, so it is not one.
 */
const SUPPORT = new RegExp(
  String.raw`${OWNER}(?:(?:special guardianship|SGO|(?:post[- ])?adoption|kinship(?: care)?|young carers?['’]?s?)\s+(?:support\s+)?plan|short breaks?(?:\s+support)?\s+plan)\b${NOT_ITS_MEETING}`,
  'iu',
);

export function isSupportPlan(texts: readonly string[]): boolean {
  return planHead(texts).some((t) => SUPPORT.test(t));
}

/** The kinds of plan read differently; any other plan is read for its worries. */
export type PlanKind = 'pathway' | 'care' | 'placement' | 'send' | 'support' | 'other';

/** Who the plan is for, as its checklist names them: a care leaver's pathway plan, "the young person". */
export const planSubject = (kind: PlanKind): 'child' | 'young person' =>
  kind === 'pathway' ? 'young person' : 'child';

export function planKind(texts: readonly string[]): PlanKind {
  if (isPathwayPlan(texts)) return 'pathway';
  if (isCarePlan(texts)) return 'care';
  if (isPlacementPlan(texts)) return 'placement';
  if (isSendPlan(texts)) return 'send';
  return isSupportPlan(texts) ? 'support' : 'other';
}

/** The areas a kind of plan is set out by, if it is set out by areas. */
export function areasOf(kind: PlanKind): readonly PlanArea[] | undefined {
  return AREAS[kind];
}
/**
 * The areas whose headings head a plan's objectives ("Health", "Family time"). A placement
 * plan's areas are for its checklist only: its headings are read as any plan's are, since its
 * day-to-day and support sections mix arrangements with objectives.
 */
export function areasTitlingObjectives(kind: PlanKind): readonly PlanArea[] | undefined {
  return kind === 'placement' ? undefined : AREAS[kind];
}

const AREAS: Partial<Record<PlanKind, readonly PlanArea[]>> = {
  pathway: PATHWAY_AREAS,
  care: CARE_PLAN_AREAS,
  placement: PLACEMENT_PLAN_AREAS,
};

/** Enough of a plan's first blocks to hold its title and details (planHead reads 8 lines). */
const HEAD_BLOCKS = 12;

const OF_DOCUMENT = new WeakMap<PlanDocument, PlanKind>();

/** A document's kind, read once: the objectives reader and the plan report both ask. */
export function planKindOf(doc: PlanDocument): PlanKind {
  let kind = OF_DOCUMENT.get(doc);
  if (!kind) {
    kind = planKindOfBlocks(doc.blocks);
    OF_DOCUMENT.set(doc, kind);
  }
  return kind;
}

/** The kind of plan its first blocks say it is, before the document is put together. */
export const planKindOfBlocks = (blocks: readonly Block[]): PlanKind =>
  planKind(planLines(blocks.slice(0, HEAD_BLOCKS)).map((l) => l.text));
