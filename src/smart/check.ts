/**
 * Runs the rules over objectives. Each objective is analysed once; each enabled rule reads that
 * analysis and reports; a criterion is met when no finding of severity "error" for it remains
 * after the user's ignores. Whole plans are in plan-report.ts.
 */
import { analyse, firstPass, type Analysis, type FirstPass } from './analyse';
import { findTimes } from './dates';
import { endInsertion } from './features';
import { addresseeOf, type FamilyRole } from './family-names';
import { ignoreKey } from './ignore';
import type { Placeholder } from './placeholders';
import { RULES } from './rules';
import { DEFAULT_RULE_SET, type RuleSet } from './rule-set';
import { NO_OPTIONS, type Rule, type RuleReport } from './rule';
import { readText, type Reading } from './reading';
import { normalise, overlaps } from './text';
import {
  CRITERIA,
  type Criterion,
  type CriterionVerdict,
  type Finding,
  type Objective,
  type ObjectiveVerdict,
  type PartRole,
  type Suggestion,
} from './types';
import { softenDoubtfulFlag } from './second-reading/veto';

export interface CheckOptions {
  ruleSet?: RuleSet;
  /** Keys from ignoreKey() for findings the user chose to ignore in this document. */
  ignored?: Iterable<string>;
  /** Reference date for relative time ("within 7 days"); defaults to today. */
  today?: Date;
  /**
   * false leaves out the veto on a single doubtful letter (second-reading/veto.ts), to measure
   * the rules alone, as the veto's cross-validation does.
   */
  vetoes?: boolean;
  /**
   * The adults a plan introduces by first name, with their role (family-names.ts): their tasks
   * are read as their role's are. checkPlan reads them from the plan.
   */
  adults?: ReadonlyMap<string, FamilyRole>;
  /**
   * The plan speaks as its child or young person ("I will …", own-plan.ts): a command with no
   * subject written is theirs to do. checkPlan reads it from the plan.
   */
  ownPlan?: boolean;
}

export interface PlanSummary {
  objectives: number;
  /** Objectives meeting all five criteria. */
  smart: number;
  /** How many objectives meet each criterion. */
  perCriterion: Record<Criterion, number>;
  /** The criterion most often not met, when any is. */
  commonestGap?: Criterion;
}

/** Templates split once at their {{placeholders}}: text, name, text, name, ..., text. */
const TEMPLATE_PARTS = new Map<string, string[]>();
/** Far more than the rules' and any organisation's messages; past it the cache starts afresh. */
const MAX_TEMPLATES = 10_000;

function fill(template: string, data: Record<string, string> | undefined): string {
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === undefined) {
    if (TEMPLATE_PARTS.size >= MAX_TEMPLATES) TEMPLATE_PARTS.clear();
    parts = template.split(/\{\{(\w+)\}\}/);
    TEMPLATE_PARTS.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (data?.[parts[i]] ?? '') + parts[i + 1];
  return out;
}

/** An objective's text as read, with the first pass over it (analyse.ts). */
interface Prepared {
  reading: Reading | undefined;
  first: FirstPass;
}

function prepare(objective: Objective, options: CheckOptions): Prepared {
  // Runs of spaces are read as one and American spellings as British; what is found is mapped
  // back onto the words as written.
  const reading = readText(objective.text);
  return { reading, first: firstPass(reading?.text ?? objective.text, options.today) };
}

/**
 * Objectives read together, a pass at a time: enough to keep each pass's code warm, few enough
 * that a 5,000-objective plan never holds more than this many readings at once.
 */
const BATCH = 128;

/**
 * Checks many objectives a pass at a time: finding times for a batch of them, then the rest of
 * the reading for the batch, then the rules. Each pass's patterns and code stay in the
 * processor's caches instead of being pushed out by the next pass's, and a plan of 200
 * objectives is checked in little more than half the time one objective at a time takes (npm
 * run bench -- core). The verdicts are the same as checking each on its own (tested).
 */
export function checkObjectives(
  objectives: readonly Objective[],
  options: CheckOptions = {},
): ObjectiveVerdict[] {
  const verdicts: ObjectiveVerdict[] = [];
  for (let from = 0; from < objectives.length; from += BATCH) {
    const batch = objectives.slice(from, from + BATCH);
    const prepared = batch.map((o) => prepare(o, options));
    const analyses = batch.map((o, i) => analysisOf(o, options, prepared[i]));
    batch.forEach((o, i) => verdicts.push(judge(o, options, prepared[i].reading, analyses[i])));
  }
  return verdicts;
}

export function checkObjective(objective: Objective, options: CheckOptions = {}): ObjectiveVerdict {
  const prepared = prepare(objective, options);
  return judge(objective, options, prepared.reading, analysisOf(objective, options, prepared));
}

function analysisOf(
  objective: Objective,
  options: CheckOptions,
  { reading, first }: Prepared,
): Analysis {
  const ruleSet = options.ruleSet ?? DEFAULT_RULE_SET;
  return analyse(
    reading?.text ?? objective.text,
    {
      services: ruleSet.services,
      today: options.today,
      adults: options.adults,
      ownPlan: options.ownPlan,
      you: addresseeOf(objective.section, options.adults),
      parts: reading && objective.parts ? objective.parts.map(reading.toRead) : objective.parts,
    },
    first,
  );
}

function judge(
  objective: Objective,
  options: CheckOptions,
  reading: Reading | undefined,
  analysis: Analysis,
): ObjectiveVerdict {
  const ruleSet = options.ruleSet ?? DEFAULT_RULE_SET;
  const ignored = options.ignored ? new Set(options.ignored) : undefined;
  const sectionTimed = objective.section !== undefined && timesItsItems(objective.section);
  const text = reading?.text ?? objective.text;
  const findings: Finding[] = [];
  // The second reading reads what the other rules found, before the user's ignores.
  const earlier: Finding[] = [];
  const gapFindings = new Set<Finding>();
  for (const rule of RULES) {
    const config = ruleSet.rules[rule.id];
    if (config && !config.enabled) continue;
    const options = config?.options ?? NO_OPTIONS;
    // One shape for every rule's context, so the rules' reads of it stay fast (monomorphic).
    const context = {
      text,
      analysis,
      options,
      earlier: rule.after ? earlier : undefined,
      sectionTimed,
    };
    for (const read of rule.check(context)) {
      // "allow" is honoured here, once for every rule, on the words the finding lands on.
      if (isAllowed(text, read, options.allow)) continue;
      // "(Indicate responsible person)": the words of a gap are an instruction to the writer,
      // not the objective's own; only the gap itself is reported.
      if (insideGap(analysis.placeholders, read)) continue;
      const written = reading ? onWritten(read, reading, objective.text) : read;
      const report = markedOnce(written, rule, earlier);
      const finding: Finding = {
        ruleId: rule.id,
        criterion: rule.criterion,
        severity: config?.severity ?? rule.severity,
        message: fill(
          (config?.messages ?? rule.messages)[report.messageId] ?? rule.messages[report.messageId],
          report.data,
        ),
        why: rule.why,
      };
      if (report.start !== undefined && report.end !== undefined) {
        finding.start = report.start;
        finding.end = report.end;
      }
      if (report.suggestion) finding.suggestion = inTheItem(objective, report.suggestion);
      if (!rule.after) earlier.push(finding);
      // A gap is found on the text as read, before the finding is placed on the text as written.
      if (atGap(analysis.placeholders, read)) gapFindings.add(finding);
      if (ignored?.has(ignoreKey(objective, finding))) continue;
      findings.push(finding);
    }
  }
  if (earlier.some((f) => f.ruleId === NOT_WRITTEN))
    return unwrittenVerdict(
      objective,
      findings.filter((f) => f.ruleId === NOT_WRITTEN),
    );
  findings.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  dropRepeats(findings);
  if (options.vetoes !== false) softenDoubtfulFlag(findings, analysis, ruleSet, gapFindings);
  const criteria = {} as Record<Criterion, CriterionVerdict>;
  let met = 0;
  for (const criterion of CRITERIA) {
    const own = findings.filter((f) => f.criterion === criterion);
    const ok = !own.some((f) => f.severity === 'error');
    criteria[criterion] = { met: ok, findings: own };
    if (ok) met++;
  }
  const verdict: ObjectiveVerdict = {
    objective,
    criteria,
    findings,
    smart: met === CRITERIA.length,
    met,
  };
  const reach = reachDays(analysis);
  if (reach !== undefined) verdict.reachDays = reach;
  return verdict;
}

const NOT_WRITTEN = 'specific/not-written';

/**
 * An item nobody has written yet ("TBC", a prompt, a gap) is one problem: its one finding, unless
 * ignored, fails every letter but realistic, whatever its few words would pass on their own.
 */
function unwrittenVerdict(objective: Objective, shown: Finding[]): ObjectiveVerdict {
  const failed = shown.some((f) => f.severity === 'error');
  const criteria = {} as Record<Criterion, CriterionVerdict>;
  let met = 0;
  for (const criterion of CRITERIA) {
    const ok = criterion === 'realistic' || !failed;
    criteria[criterion] = { met: ok, findings: criterion === 'specific' ? shown : [] };
    if (ok) met++;
  }
  return { objective, criteria, findings: shown, smart: met === CRITERIA.length, met };
}

const DAY_MS = 86_400_000;

/** How far ahead the furthest date or deadline the objective names lies, in days. */
function reachDays(analysis: Analysis): number | undefined {
  let furthest: number | undefined;
  if (analysis.times.length === 0) return undefined;
  const now = (analysis.today ?? new Date()).getTime();
  for (const t of analysis.times) {
    const days =
      t.date !== undefined
        ? Math.round((Date.parse(`${t.date}T12:00:00`) - now) / DAY_MS)
        : t.horizonDays;
    if (days !== undefined && !Number.isNaN(days)) furthest = Math.max(furthest ?? days, days);
  }
  return furthest;
}

/**
 * One mark per word: "support" found vague (Specific) is not marked again as an action
 * (Outcome). The later letter still fails, and says what it lacks in its general words ("Say
 * what will be different for the child when this is done") without quoting the word again.
 */
function markedOnce(report: RuleReport, rule: Rule, earlier: readonly Finding[]): RuleReport {
  // A gap to fill ("[what will be different]") is where each letter's missing words go: each
  // letter keeps pointing at it.
  if (report.start === undefined || report.messageId === 'fill' || !rule.messages.missing)
    return report;
  const marked = earlier.some(
    (g) =>
      g.criterion !== rule.criterion &&
      g.severity === 'error' &&
      g.start === report.start &&
      g.end === report.end,
  );
  return marked ? { messageId: 'missing', suggestion: report.suggestion } : report;
}

/**
 * Whether a section heading times the items under it: "Short-term steps (by July 2027)",
 * "Outcomes for the next 6 weeks", "… by the next annual review". Remembered per heading, since
 * every item of a section asks the same.
 */
function timesItsItems(heading: string): boolean {
  let timed = HEADING_TIMED.get(heading);
  if (timed === undefined) {
    timed = findTimes(heading, new Date()).some(
      (t) => DUE_KINDS.has(t.kind) || (t.kind === 'date' && DUE_BY.test(heading.slice(0, t.start))),
    );
    if (HEADING_TIMED.size > 512) HEADING_TIMED.clear();
    HEADING_TIMED.set(heading, timed);
  }
  return timed;
}
const HEADING_TIMED = new Map<string, boolean>();
/** A date the items are due by; "Actions agreed on 3 November 2026" dates the meeting. */
const DUE_KINDS = new Set(['deadline', 'review-point', 'duration']);
const DUE_BY = /\b(?:by|before|until|no later than)\s+(?:the\s+)?(?:end of\s+)?$/i;

/** Parts that say who, when or how it will be known: a table's columns, an item's detail line. */
const DETAIL_ROLES = new Set<PartRole>(['who', 'when', 'measure', 'review', 'progress', 'need']);

/**
 * An addition at the end of an objective read with its "Who:" and "By when:" (a table row, an
 * item with its detail line) belongs at the end of what it says will be done, not inside the
 * date: "Noah will be referred to the clinic, so that Noah will … . Who: school nurse. When: …".
 */
function inTheItem(objective: Objective, suggestion: Suggestion): Suggestion {
  if (suggestion.start !== suggestion.end) return suggestion;
  const parts = objective.parts;
  const said = parts.filter((p) => !DETAIL_ROLES.has(p.role) && p.end > p.start);
  const last = said[said.length - 1];
  if (!last || suggestion.start <= last.end) return suggestion;
  if (!parts.some((p) => DETAIL_ROLES.has(p.role) && p.start >= last.end)) return suggestion;
  const at = endInsertion(objective.text.slice(0, last.end));
  const shift = at - suggestion.start;
  return {
    ...suggestion,
    start: at,
    end: at,
    ...(suggestion.placeholder
      ? {
          placeholder: {
            start: suggestion.placeholder.start + shift,
            end: suggestion.placeholder.end + shift,
          },
        }
      : {}),
  };
}

/** A report on the reading, placed on the text as written. */
function onWritten(report: RuleReport, reading: Reading, written: string): RuleReport {
  const placed =
    report.start !== undefined && report.end !== undefined
      ? reading.toWritten({ ...report, start: report.start, end: report.end })
      : { ...report };
  // A message quoting the marked words quotes them as written: "a parenting program".
  if (report.data && report.start !== undefined && placed.start !== undefined) {
    const read = reading.text.slice(report.start, report.end);
    // A line in capitals is quoted back as read, not shouted back.
    const own = reading.shouted
      ? read
      : written.slice(placed.start, placed.end).replace(/\s+/g, ' ');
    placed.data = Object.fromEntries(
      Object.entries(report.data).map(([k, v]) => [k, v === read ? own : v]),
    );
  }
  const s = report.suggestion;
  if (s) {
    const at = reading.toWritten(s);
    // The placeholder is given in the rewritten objective's coordinates: it moves with its start.
    const shift = at.start - s.start;
    placed.suggestion = s.placeholder
      ? {
          ...at,
          placeholder: { start: s.placeholder.start + shift, end: s.placeholder.end + shift },
        }
      : at;
  }
  return placed;
}

/**
 * An organisation's "allow" list: a finding is dropped when its words are an allowed phrase or
 * contain one as whole words ("support" allows "support" and "support the family"), whatever
 * pattern the rule matched them with.
 */
function isAllowed(
  text: string,
  report: { start?: number; end?: number },
  allow: readonly string[],
): boolean {
  if (allow.length === 0 || report.start === undefined || report.end === undefined) return false;
  const words = ` ${normalise(text.slice(report.start, report.end)).toLowerCase()} `;
  return allow.some((a) => {
    const phrase = normalise(a).toLowerCase();
    return phrase !== '' && words.includes(` ${phrase} `);
  });
}

function atGap(gaps: readonly Placeholder[], report: { start?: number; end?: number }): boolean {
  const { start, end } = report;
  if (start === undefined || end === undefined) return false;
  return gaps.some((g) => !g.person && overlaps(g, { start, end }));
}

function insideGap(
  gaps: readonly Placeholder[],
  report: { start?: number; end?: number },
): boolean {
  const { start, end } = report;
  if (start === undefined || end === undefined) return false;
  return gaps.some(
    (g) => !g.person && g.start <= start && end <= g.end && !(g.start === start && g.end === end),
  );
}

/**
 * One finding per problem: when two rules of the same criterion land on overlapping words
 * ("support" is both a vague verb and a generic service), the first rule's finding stands; and
 * a word a rule finds twice ("continue to develop communication skills … and develop social
 * skills") is said once, at its first place, not as the same sentence twice on the card.
 */
function dropRepeats(findings: Finding[]): void {
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    const { start, end } = f;
    if (start === undefined || end === undefined) continue;
    const earlier = findings.some(
      (g, j) =>
        (j < i && g.ruleId === f.ruleId && g.message === f.message) ||
        (j !== i &&
          g.criterion === f.criterion &&
          g.start !== undefined &&
          g.end !== undefined &&
          g.start < end &&
          start < g.end &&
          RULE_ORDER.get(g.ruleId)! < RULE_ORDER.get(f.ruleId)!),
    );
    if (earlier) findings.splice(i, 1);
  }
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));

/** Checks one objective given as plain text (the eval format, the "try it" box). */
export function checkObjectiveText(text: string, options: CheckOptions = {}): ObjectiveVerdict {
  return checkObjective(
    { id: 'line-1', text, location: { kind: 'line', line: 1 }, parts: [] },
    options,
  );
}

/** Which of the five letters a verdict meets, as labelled sets and saved plans record them. */
export function smartLetters(verdict: ObjectiveVerdict): Record<Criterion, boolean> {
  return Object.fromEntries(CRITERIA.map((c) => [c, verdict.criteria[c].met])) as Record<
    Criterion,
    boolean
  >;
}

export function summarise(verdicts: ObjectiveVerdict[]): PlanSummary {
  const perCriterion = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Record<Criterion, number>;
  for (const v of verdicts) for (const c of CRITERIA) if (v.criteria[c].met) perCriterion[c]++;
  let commonestGap: Criterion | undefined;
  let worst = 0;
  for (const c of CRITERIA) {
    const gaps = verdicts.length - perCriterion[c];
    if (gaps > worst) {
      worst = gaps;
      commonestGap = c;
    }
  }
  return {
    objectives: verdicts.length,
    smart: verdicts.filter((v) => v.smart).length,
    perCriterion,
    commonestGap,
  };
}
