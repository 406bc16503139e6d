/**
 * Turns a house-rules document into what the product runs with: the core's rule set and the
 * review schedule. Never throws for a bad document: it reports every problem with its path and
 * hands back the fallback (the last good rules, else the defaults), so nobody is stopped working.
 */
import {
  DEFAULT_SCHEDULE,
  mergeSchedule,
  ScheduleConfigError,
  type ScheduleConfig,
  type ScheduleOverrides,
} from '../plans/schedule';
import { compileRuleSet, DEFAULT_RULE_SET, type RuleSet } from '../smart/rule-set';
import { plainError } from './plain-errors';
import { houseRulesSchema, timescalesSchema, type HouseRules } from './schema';

export interface HouseRulesProblem {
  /** Where in the document: "rules.specific/vague-verb.words.0", or "" for the whole document. */
  path: string;
  message: string;
}

export interface LoadedHouseRules {
  ok: boolean;
  ruleSet: RuleSet;
  schedule: ScheduleConfig;
  rules?: HouseRules;
  /** Sections the organisation requires in every plan. */
  sections: string[];
  problems: HouseRulesProblem[];
}

export const DEFAULT_HOUSE_RULES: LoadedHouseRules = {
  ok: true,
  ruleSet: DEFAULT_RULE_SET,
  schedule: DEFAULT_SCHEDULE,
  sections: [],
  problems: [],
};

/** One line naming the first bad field, for a CLI error or a pane footer. */
export function describeProblems(problems: HouseRulesProblem[]): string {
  if (problems.length === 0) return '';
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/**
 * A union ("off", a severity, or options) fails as a whole; the useful message is the one from
 * the branch that got furthest, e.g. "words.0: write text in quotes here".
 */
function explain(issue: Issue, prefix: PropertyKey[]): HouseRulesProblem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const deepest = issue.errors.reduce((best, branch) =>
      Math.max(0, ...branch.map((b) => b.path.length)) >
      Math.max(0, ...best.map((b) => b.path.length))
        ? branch
        : best,
    );
    if (deepest.some((b) => b.path.length > 0)) return deepest.flatMap((b) => explain(b, path));
  }
  return [{ path: path.map(String).join('.'), message: issue.message }];
}

/** The schedule with the timescales applied, or its refusals, each at the field it names. */
function applyTimescales(
  timescales: ScheduleOverrides,
): { schedule: ScheduleConfig; problems: [] } | { problems: HouseRulesProblem[] } {
  try {
    return { schedule: mergeSchedule(timescales), problems: [] };
  } catch (err) {
    if (!(err instanceof ScheduleConfigError)) throw err;
    return {
      problems: err.issues.map((i) => ({
        path: ['timescales', ...i.path].join('.'),
        message: i.message,
      })),
    };
  }
}

export function parseHouseRules(
  source: string | unknown,
  fallback: LoadedHouseRules = DEFAULT_HOUSE_RULES,
): LoadedHouseRules {
  let json: unknown = source;
  if (typeof source === 'string') {
    try {
      json = JSON.parse(source);
    } catch (err) {
      const why = err instanceof Error ? err.message : 'it is not valid JSON';
      return {
        ...fallback,
        ok: false,
        problems: [{ path: '', message: `the house rules are not valid JSON (${why})` }],
      };
    }
  }
  const parsed = houseRulesSchema.safeParse(json, { error: plainError });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((i) => explain(i, []));
    // Timescales that are well formed are still held against the statutory limits, so every
    // problem is reported at once, not the schedule's only after the rest is fixed.
    const timescales =
      typeof json === 'object' && json !== null && 'timescales' in json
        ? timescalesSchema.safeParse(json.timescales, { error: plainError })
        : undefined;
    if (timescales?.success) problems.push(...applyTimescales(timescales.data).problems);
    return { ...fallback, ok: false, problems };
  }
  const rules = parsed.data;
  let schedule = DEFAULT_SCHEDULE;
  if (rules.timescales) {
    const applied = applyTimescales(rules.timescales);
    if (!('schedule' in applied)) return { ...fallback, ok: false, problems: applied.problems };
    schedule = applied.schedule;
  }
  return {
    ok: true,
    rules,
    ruleSet: compileRuleSet(rules),
    schedule,
    sections: rules.sections ?? [],
    problems: [],
  };
}
