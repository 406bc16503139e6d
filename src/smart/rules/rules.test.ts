/**
 * Every rule's own examples, run the LanguageTool way: each invalid example must fire this rule
 * exactly on its marked words; each valid example must leave this rule silent.
 */
import { analyse } from '../analyse';
import { checkObjectiveText } from '../check';
import { RULES } from './index';

const options = { words: [], allow: [] };
const today = new Date(2026, 11, 1);
const read = (text: string) => analyse(text, { today });

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('carries at least one example that fires and one that must not', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid)('stays silent on: %s', (text) => {
    expect(rule.check({ text, analysis: read(text), options })).toEqual([]);
  });

  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))(
    'fires on: %s',
    (text, example) => {
      const reports = rule.check({ text, analysis: read(text), options });
      expect(reports.length).toBeGreaterThan(0);
      const report = reports[0];
      if (example.messageId) expect(report.messageId).toBe(example.messageId);
      expect(rule.messages[report.messageId]).toBeDefined();
      if (example.marked) {
        expect(report.start).toBeDefined();
        expect(text.slice(report.start, report.end)).toBe(example.marked);
      } else {
        expect(report.start).toBeUndefined();
      }
      if (report.suggestion) {
        const s = report.suggestion;
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        if (s.placeholder)
          expect(s.text.slice(s.placeholder.start - s.start, s.placeholder.end - s.start)).toMatch(
            /^\[.+\]$/,
          );
      }
    },
  );
});

/**
 * RuleTester's discipline for fixes: every suggestion, applied and checked again, reads as
 * English and is never offered a second time ("by [date] by [date]").
 */
describe('suggestions applied and checked again', () => {
  const cases = RULES.flatMap((rule) =>
    rule.examples.invalid.map((e) => [rule.id, e.text] as const),
  );
  it.each(cases)('%s: %s', (ruleId, text) => {
    const verdict = checkObjectiveText(text, { today });
    for (const finding of verdict.findings.filter((f) => f.ruleId === ruleId && f.suggestion)) {
      const s = finding.suggestion!;
      const after = text.slice(0, s.start) + s.text + text.slice(s.end);
      expect(after).not.toMatch(/\b(\w+) \1\b|,\s*,|\s[,.;]|\.\s*,|\[[^\]]*\]\s*\[/i);
      const again = checkObjectiveText(after, { today });
      const repeated = again.findings.filter(
        (f) => f.ruleId === ruleId && f.suggestion?.text === s.text,
      );
      expect(repeated).toEqual([]);
    }
  });
});
