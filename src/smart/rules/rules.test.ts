/**
 * Every rule's own examples, run as ESLint's RuleTester runs a rule's: each valid example leaves
 * the rule silent; each invalid one gets exactly the reports its `errors` list (no more, no
 * fewer), on exactly those words, and each suggestion, applied, gives exactly its `output`.
 */
import { analyse } from '../analyse';
import { checkObjectiveText } from '../check';
import { compileRuleSet } from '../rule-set';
import type { ExpectedReport, Rule, RuleReport } from '../rule';
import { applySuggestion } from '../suggestion';
import { RULES } from './index';

const options = { words: [], allow: [] };
const today = new Date(2026, 11, 1);
const read = (text: string) => analyse(text, { today });

/** In text order, as the checker lists findings, so that `errors` read along the sentence. */
function reportsOn(rule: Rule, text: string): RuleReport[] {
  // A rule that runs after the others reads what they found, as the checker gives it.
  const earlier = rule.after
    ? checkObjectiveText(text, { today, ruleSet: withoutLaterRules }).findings
    : undefined;
  return rule
    .check({ text, analysis: read(text), options, earlier })
    .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}

const withoutLaterRules = compileRuleSet({
  rules: Object.fromEntries(RULES.filter((r) => r.after).map((r) => [r.id, 'off' as const])),
});

function occurrences(text: string, words: string): number {
  return text.split(words).length - 1;
}

/**
 * A report in the shape an example states it, so that one comparison checks the count, the
 * message, the words, and the text after the suggestion, and a failure shows every difference.
 */
function asExpected(text: string, report: RuleReport): ExpectedReport {
  const out: ExpectedReport = { messageId: report.messageId };
  if (report.start !== undefined) {
    out.marked = text.slice(report.start, report.end);
    if (occurrences(text, out.marked) > 1) out.start = report.start;
  }
  if (report.suggestion) out.output = applySuggestion(text, report.suggestion);
  return out;
}

const invalidCases = RULES.flatMap((rule) =>
  rule.examples.invalid.map((example) => [rule.id, example.text, rule, example] as const),
);

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('carries at least one example that fires and one that must not', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid)('stays silent on: %s', (text) => {
    expect(reportsOn(rule, text)).toEqual([]);
  });
});

describe('invalid examples: exact reports', () => {
  it.each(invalidCases)('%s: %s', (_id, text, rule, example) => {
    const reports = reportsOn(rule, text);
    expect(reports.map((r) => asExpected(text, r))).toEqual(example.errors);
    for (const report of reports) {
      // A span is whole or absent: a start with no end would mark the rest of the objective.
      expect(report.end === undefined).toBe(report.start === undefined);
      const message = rule.messages[report.messageId];
      expect(message).toBeDefined();
      for (const [, key] of message.matchAll(/\{\{(\w+)\}\}/g)) {
        expect(report.data?.[key]).toEqual(expect.any(String));
      }
    }
  });
});

/**
 * RuleTester's discipline for fixes: every suggestion, applied, leaves the cursor on a gap to
 * fill, reads as English, and is not offered again on the text it wrote ("by [date] by [date]").
 */
describe('suggestions applied and checked again', () => {
  it.each(invalidCases)('%s: %s', (ruleId, text, rule, example) => {
    const outputs = example.errors.flatMap((e) => (e.output === undefined ? [] : [e.output]));
    for (const report of reportsOn(rule, text)) {
      const s = report.suggestion;
      if (!s) continue;
      const after = applySuggestion(text, s);
      if (s.placeholder)
        expect(after.slice(s.placeholder.start, s.placeholder.end)).toMatch(/^\[.+\]$/);
      expect(after).not.toMatch(/\b(\w+) \1\b|,\s*,|\s[,.;]|\.\s*,|\[[^\]]*\]\s*\[/i);
      // Another report's identical rewrite elsewhere may stay ("support from the drug service"
      // offers one for each); this one must go, and none may take its place.
      const offering = (t: string) =>
        reportsOn(rule, t).filter((r) => r.suggestion?.text === s.text).length;
      expect(offering(after)).toBeLessThan(offering(text));
    }
    // What the whole checker offers for this rule is what the example pins, nothing else.
    const verdict = checkObjectiveText(text, { today });
    for (const finding of verdict.findings.filter((f) => f.ruleId === ruleId && f.suggestion)) {
      expect(outputs).toContain(applySuggestion(text, finding.suggestion!));
    }
  });
});
