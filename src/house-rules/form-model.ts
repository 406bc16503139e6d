/**
 * The house rules as the settings page's form edits them. The draft is JSON text, which the
 * "Advanced: edit as JSON" view edits directly; the form reads what it can from that text and
 * writes each change back into it, so both views edit one draft and switching loses nothing.
 *
 * Nothing here validates: the schema (parseHouseRules) does, and the form shows its problems
 * beside the fields they name. So the readers are tolerant of any JSON (a half-edited draft is
 * still shown), and the writers store what was typed, leaving the schema to say what is wrong.
 */
import { PLAN_STATUSES, PLAN_TYPES, type PlanStatus, type PlanType } from '../plans/model';
import {
  DEFAULT_SCHEDULE,
  describeInterval,
  PART_LABEL,
  type Interval,
  type PlanTypeSchedule,
  type ScheduleConfig,
  type SeriesRule,
} from '../plans/schedule';
import type { Rule } from '../smart/rule';
import { RULES } from '../smart/rules';
import { CRITERIA, type Criterion, type Severity } from '../smart/types';
import type { HouseRulesProblem } from './load';
import {
  houseRulesSchema,
  type HouseRules,
  intervalSchema,
  ruleOptionsSchema,
  severitySchema,
  timescalesSchema,
} from './schema';

/** A draft as the form sees it: any JSON object, valid house rules or not. */
export type DraftDocument = { [key: string]: unknown };

export type DraftRead = { ok: true; document: DraftDocument } | { ok: false; reason: string };

function isObject(value: unknown): value is DraftDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The draft text as an object the form can show, or why it cannot (then only the JSON view can). */
export function readDraftDocument(text: string): DraftRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : 'it is not valid JSON';
    return { ok: false, reason: `the draft is not valid JSON (${why})` };
  }
  return isObject(value)
    ? { ok: true, document: value }
    : { ok: false, reason: 'the draft is not a JSON object ({ … })' };
}

export function valueAt(document: unknown, path: readonly string[]): unknown {
  let node = document;
  for (const key of path) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

function setIn(node: unknown, path: readonly string[], value: unknown): unknown {
  // Removing something under a value that is not an object: there is nothing to remove, and
  // replacing the value would silently drop what someone typed in the JSON view.
  if (value === undefined && !isObject(node)) return node;
  const [key, ...rest] = path;
  const base = isObject(node) ? node : {};
  const child = rest.length === 0 ? value : setIn(base[key], rest, value);
  const next: DraftDocument = { ...base };
  if (child === undefined) delete next[key];
  else next[key] = child;
  return value === undefined && Object.keys(next).length === 0 ? undefined : next;
}

/**
 * The document with `value` at `path`, creating objects on the way (replacing a value that is
 * not one). `undefined` removes the key, and objects that removal leaves empty go too, so the
 * JSON stays what someone would have written by hand.
 */
export function withValueAt(
  document: DraftDocument,
  path: readonly string[],
  value: unknown,
): DraftDocument {
  const next = setIn(document, path, value);
  return isObject(next) ? next : {};
}

/** Where a problem belongs: problems at `path` or inside it ("services" holds "services.2"). */
export function problemsAt(
  problems: readonly HouseRulesProblem[],
  path: readonly string[],
  opts: { exact?: boolean } = {},
): HouseRulesProblem[] {
  const key = path.join('.');
  return problems.filter((p) => p.path === key || (!opts.exact && p.path.startsWith(`${key}.`)));
}

/** A number when the text reads as one; otherwise the text as typed, for the schema to refuse. */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/** How a stored value shows in a text box. */
function asText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// ---- Lists ---------------------------------------------------------------------------------

/** A list's items as text (anything that is not a string shown as JSON, so it can be removed). */
export function listItems(value: unknown): string[] {
  return Array.isArray(value) ? value.map(asText) : [];
}

/** What to store for a typed item: trimmed; undefined when there is nothing to add. */
export function newItem(text: string): string | undefined {
  const item = text.trim();
  return item === '' ? undefined : item;
}

/** Whether the list holds the item already, ignoring case (as the checker matches words). */
export function hasItem(value: unknown, item: string): boolean {
  return listItems(value).some((i) => i.toLowerCase() === item.toLowerCase());
}

export function withItemAdded(value: unknown, item: unknown): unknown[] {
  return [...(Array.isArray(value) ? value : []), item];
}

/** The list without item `index`; the other items stay exactly as they were. */
export function withItemRemoved(value: unknown, index: number): unknown[] {
  return Array.isArray(value) ? value.filter((_, i) => i !== index) : [];
}

/** The document with the list at `path` replaced; an empty list is removed. */
export function withList(
  document: DraftDocument,
  path: readonly string[],
  list: unknown[],
): DraftDocument {
  return withValueAt(document, path, list.length > 0 ? list : undefined);
}

// ---- The council's own terms for families -------------------------------------------------

export const FAMILY_TERMS_PATH: readonly string[] = ['familyTerms'];

/** One term as the form shows and takes it: each part as text, empty when absent. */
export interface FamilyTermText {
  term: string;
  longForm: string;
  plain: string;
}

export type FamilyTermEntry = NonNullable<HouseRules['familyTerms']>[number];

/**
 * The terms in the draft as text. An entry that is not an object (typed in the JSON view) shows
 * as its JSON in place of the term, so it can still be seen and removed.
 */
export function familyTermItems(value: unknown): FamilyTermText[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) =>
    isObject(entry)
      ? { term: asText(entry.term), longForm: asText(entry.longForm), plain: asText(entry.plain) }
      : { term: asText(entry), longForm: '', plain: '' },
  );
}

/** What names a term in its Remove button and what is announced: the term, else its place. */
export function familyTermName(item: FamilyTermText, index: number): string {
  return item.term.trim() || `term ${index + 1}`;
}

/**
 * The term as the list already has it, ignoring case, or undefined. Case is ignored because two
 * entries for "FAST" and "Fast" would give a family two explanations of one thing.
 */
export function existingFamilyTerm(value: unknown, term: string): string | undefined {
  const wanted = term.trim().toLowerCase();
  return familyTermItems(value)
    .find((t) => t.term.trim().toLowerCase() === wanted)
    ?.term.trim();
}

export type FamilyTermRefusal = Partial<Record<'term' | 'plain', string>>;

export type FamilyTermAdded =
  { ok: true; entry: FamilyTermEntry; list: unknown[] } | { ok: false; refusal: FamilyTermRefusal };

/**
 * The list with a typed term added, or why it cannot be: a missing term or plain words, or a
 * term already there, each said at its own box. Lengths are left to the schema, which shows its
 * problems beside the entry, as for every other list.
 */
export function withFamilyTermAdded(value: unknown, input: FamilyTermText): FamilyTermAdded {
  const term = input.term.trim();
  const longForm = input.longForm.trim();
  const plain = input.plain.trim();
  const refusal: FamilyTermRefusal = {};
  const existing = term === '' ? undefined : existingFamilyTerm(value, term);
  if (term === '') refusal.term = 'Type the term, such as FAST, before adding it.';
  else if (existing !== undefined)
    refusal.term =
      existing === term
        ? `“${term}” is in the list already.`
        : `“${term}” is in the list already, as “${existing}”.`;
  if (plain === '') refusal.plain = 'Type the plain words a family would use for it.';
  if (refusal.term || refusal.plain) return { ok: false, refusal };
  // No long form is written as none at all, as someone would write it by hand.
  const entry: FamilyTermEntry = longForm === '' ? { term, plain } : { term, longForm, plain };
  return { ok: true, entry, list: withItemAdded(value, entry) };
}

// ---- Rules ---------------------------------------------------------------------------------

export const SEVERITY_OPTIONS: readonly Severity[] = severitySchema.options;

export type RuleList = 'words' | 'allow';

export interface RuleValue {
  /** Off when the document says "off", as the setting or as its severity. */
  enabled: boolean;
  /** The severity when on: the document's, else the rule's own. */
  severity: Severity;
  words: string[];
  allow: string[];
}

export function rulePath(rule: Rule): string[] {
  return ['rules', rule.id];
}

function isSeverity(value: unknown): value is Severity {
  return SEVERITY_OPTIONS.includes(value as Severity);
}

export function ruleValue(document: DraftDocument, rule: Rule): RuleValue {
  const raw = valueAt(document, rulePath(rule));
  const level = isObject(raw) ? raw.severity : raw;
  return {
    enabled: level !== 'off',
    severity: isSeverity(level) ? level : rule.severity,
    words: listItems(isObject(raw) ? raw.words : undefined),
    allow: listItems(isObject(raw) ? raw.allow : undefined),
  };
}

export interface RuleChange {
  enabled?: boolean;
  severity?: Severity;
  words?: unknown[];
  allow?: unknown[];
}

/**
 * The document with one rule changed, written as compactly as the schema allows: nothing for the
 * rule's own behaviour, "off" or a severity alone, else `{ severity, words, allow }`. Anything
 * else already in the rule's setting (even a value the schema refuses) is kept.
 */
export function withRule(document: DraftDocument, rule: Rule, change: RuleChange): DraftDocument {
  const raw = valueAt(document, rulePath(rule));
  const setting: DraftDocument = isObject(raw)
    ? { ...raw }
    : raw === undefined
      ? {}
      : { severity: raw };
  if (change.enabled !== undefined || change.severity !== undefined) {
    const current = ruleValue(document, rule);
    const enabled = change.enabled ?? current.enabled;
    setting.severity = enabled ? (change.severity ?? current.severity) : 'off';
  }
  if (setting.severity === rule.severity) delete setting.severity;
  for (const list of ['words', 'allow'] as const) {
    const items = change[list] ?? setting[list];
    if (Array.isArray(items) && items.length === 0) delete setting[list];
    else if (items !== undefined) setting[list] = items;
  }
  const keys = Object.keys(setting);
  const compact =
    keys.length === 0
      ? undefined
      : keys.length === 1 && keys[0] === 'severity' && typeof setting.severity === 'string'
        ? setting.severity
        : setting;
  return withValueAt(document, rulePath(rule), compact);
}

/**
 * The word lists a rule's card offers: `words` where the rule declares it reads them, `allow`
 * for every rule (the checker applies it to any finding's words), and any list the document
 * already gives it, so that one the schema refuses can still be emptied.
 */
export function ruleLists(rule: Rule, value: RuleValue): RuleList[] {
  return (['words', 'allow'] as const).filter(
    (list) => list === 'allow' || rule.takes?.[list] || value[list].length > 0,
  );
}

/** The rules in SMART order, grouped by the letter they check. */
export function rulesByCriterion(): { criterion: Criterion; rules: Rule[] }[] {
  return CRITERIA.map((criterion) => ({
    criterion,
    rules: RULES.filter((r) => r.criterion === criterion),
  })).filter((g) => g.rules.length > 0);
}

// ---- Timescales ----------------------------------------------------------------------------

export type IntervalPart = 'first' | 'second' | 'then';

export interface TimescaleField {
  planType: PlanType;
  series: SeriesRule;
  part: IntervalPart;
  /** ["timescales", "planTypes", type, "series", meeting, part]. */
  path: string[];
  /** What applies without a house rule; `statutory` marks a legal limit. */
  builtIn: Interval;
  /** Said beside the field: the statutory limit and its source, or that there is none. */
  limit: string;
  /** What the time is counted from, and whether a plan's own frequency comes first. */
  hint: string;
}

export interface DriftField {
  path: string[];
  /** The meeting after which progress is due, in words ("core group"). */
  after: string;
  builtIn: number;
}

export interface PlanTypeTimescales {
  planType: PlanType;
  fields: TimescaleField[];
  drift?: DriftField;
}

export const INTERVAL_UNITS = intervalSchema.shape.unit.options;

function timescaleField(
  document: DraftDocument,
  planType: PlanType,
  schedule: PlanTypeSchedule,
  series: SeriesRule,
  part: IntervalPart,
): TimescaleField | undefined {
  const path = ['timescales', 'planTypes', planType, 'series', series.kind, part];
  // A series with no second interval of its own times the second meeting by `then`; the form
  // offers "second" only where it differs, or where the draft already sets it.
  if (part === 'second' && !series.second && valueAt(document, path) === undefined)
    return undefined;
  const builtIn = part === 'second' ? (series.second ?? series.then) : series[part];
  const counted =
    part === 'first'
      ? `Counted from the ${schedule.startLabel}.`
      : part === 'second'
        ? `Counted from the first ${series.label}.`
        : `Counted from the ${series.label} before.`;
  const planSets = series.planSets?.appliesTo.includes(part)
    ? ' A plan that sets its own frequency uses that instead.'
    : '';
  return {
    planType,
    series,
    part,
    path,
    builtIn,
    limit: builtIn.statutory
      ? `Statutory limit: ${describeInterval(builtIn)} (${series.source}). You may set a shorter time, not a longer one.`
      : `No statutory limit. Without a house rule: ${describeInterval(builtIn)}.`,
    hint: `${counted}${planSets}`,
  };
}

/** Every timescale the house rules can set, by plan type, from the schedule's own rules. */
export function timescaleFields(
  document: DraftDocument,
  schedule: ScheduleConfig = DEFAULT_SCHEDULE,
): PlanTypeTimescales[] {
  return PLAN_TYPES.map((planType) => {
    const typeSchedule = schedule.planTypes[planType];
    const fields = typeSchedule.series.flatMap((series) =>
      (['first', 'second', 'then'] as const).flatMap(
        (part) => timescaleField(document, planType, typeSchedule, series, part) ?? [],
      ),
    );
    const drift = typeSchedule.drift;
    const after = drift && typeSchedule.series.find((s) => s.kind === drift.after);
    return {
      planType,
      fields,
      drift: drift && {
        path: ['timescales', 'planTypes', planType, 'driftGraceWorkingDays'],
        after: after?.label ?? drift.after,
        builtIn: drift.graceWorkingDays,
      },
    };
  });
}

/** "First core group", "Second looked-after review", "Each later core group". */
export function timescaleLabel(field: TimescaleField): string {
  const label = field.series.label;
  if (field.part === 'then') return `Each ${PART_LABEL.then} ${label}`;
  const part = PART_LABEL[field.part];
  return `${part[0].toUpperCase()}${part.slice(1)} ${label}`;
}

export interface IntervalInput {
  /** As typed; empty when the built-in timescale applies. */
  count: string;
  unit: string;
}

export function intervalInput(document: DraftDocument, field: TimescaleField): IntervalInput {
  const raw = valueAt(document, field.path);
  if (!isObject(raw)) return { count: asText(raw), unit: field.builtIn.unit };
  return {
    count: asText(raw.count),
    unit: typeof raw.unit === 'string' ? raw.unit : field.builtIn.unit,
  };
}

/**
 * The document with one timescale changed. An empty count goes back to the built-in timescale;
 * a new unit with no count keeps the built-in count, so the field always shows what applies.
 */
export function withInterval(
  document: DraftDocument,
  field: TimescaleField,
  input: IntervalInput,
): DraftDocument {
  const raw = valueAt(document, field.path);
  const unitChanged = input.unit !== intervalInput(document, field).unit;
  const countText =
    input.count.trim() === '' && unitChanged ? String(field.builtIn.count) : input.count;
  if (countText.trim() === '') return withValueAt(document, field.path, undefined);
  return withValueAt(document, field.path, {
    ...(isObject(raw) ? raw : {}),
    count: numberOrText(countText),
    unit: input.unit,
  });
}

/** A whole number field (the drift grace): as typed, or empty for the built-in value. */
export function numberInput(document: DraftDocument, path: readonly string[]): string {
  return asText(valueAt(document, path));
}

export function withNumber(
  document: DraftDocument,
  path: readonly string[],
  text: string,
): DraftDocument {
  return withValueAt(document, path, text.trim() === '' ? undefined : numberOrText(text));
}

// ---- The calendar --------------------------------------------------------------------------

export const REGION_OPTIONS = timescalesSchema.shape.region.unwrap().options;
export const STATUS_OPTIONS: readonly PlanStatus[] =
  timescalesSchema.shape.statuses.unwrap().element.options;

/** The statuses whose plans are scheduled: the draft's, else the built-in ones. */
export function statusesValue(
  document: DraftDocument,
  schedule: ScheduleConfig = DEFAULT_SCHEDULE,
): PlanStatus[] {
  const raw = valueAt(document, ['timescales', 'statuses']);
  return Array.isArray(raw)
    ? STATUS_OPTIONS.filter((s) => raw.includes(s))
    : [...schedule.statuses];
}

/** The document with a status ticked or not; the built-in choice is written as nothing. */
export function withStatus(
  document: DraftDocument,
  status: PlanStatus,
  on: boolean,
  schedule: ScheduleConfig = DEFAULT_SCHEDULE,
): DraftDocument {
  const current = statusesValue(document, schedule);
  const next = PLAN_STATUSES.filter((s) => (s === status ? on : current.includes(s)));
  const isBuiltIn =
    next.length === schedule.statuses.length && next.every((s) => schedule.statuses.includes(s));
  return withValueAt(document, ['timescales', 'statuses'], isBuiltIn ? undefined : next);
}

// ---- What each field means -----------------------------------------------------------------

interface Described {
  description?: string;
}

function hintOf(schema: Described & { unwrap?: () => unknown }): string {
  const hint = schema.description ?? (schema.unwrap?.() as Described | undefined)?.description;
  // Caught by the unit tests: a field with no hint would be a field nobody can understand.
  if (!hint) throw new Error('A house-rules field has no description in schema.ts.');
  return hint;
}

const planTypeShape = timescalesSchema.shape.planTypes.unwrap().valueType.shape;
const familyTermShape = houseRulesSchema.shape.familyTerms.unwrap().element.shape;

/** Each field's hint, from the description the schema declares beside the field's rules. */
export const FIELD_HINT = {
  name: hintOf(houseRulesSchema.shape.name),
  services: hintOf(houseRulesSchema.shape.services),
  sections: hintOf(houseRulesSchema.shape.sections),
  familyTerms: hintOf(houseRulesSchema.shape.familyTerms),
  familyTerm: hintOf(familyTermShape.term),
  familyLongForm: hintOf(familyTermShape.longForm),
  familyPlain: hintOf(familyTermShape.plain),
  words: hintOf(ruleOptionsSchema.shape.words),
  allow: hintOf(ruleOptionsSchema.shape.allow),
  region: hintOf(timescalesSchema.shape.region),
  extraClosures: hintOf(timescalesSchema.shape.extraClosures),
  extraBankHolidays: hintOf(timescalesSchema.shape.extraBankHolidays),
  statuses: hintOf(timescalesSchema.shape.statuses),
  driftGraceWorkingDays: hintOf(planTypeShape.driftGraceWorkingDays),
} as const;

/** The drift grace's bounds, as the schema sets them. */
export const DRIFT_GRACE_RANGE = {
  min: planTypeShape.driftGraceWorkingDays.unwrap().minValue ?? 0,
  max: planTypeShape.driftGraceWorkingDays.unwrap().maxValue ?? Number.POSITIVE_INFINITY,
};
