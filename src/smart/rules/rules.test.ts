/**
 * Every rule's own examples, run the LanguageTool way: each invalid example must fire this rule
 * exactly on its marked words; each valid example must leave this rule silent.
 */
import { analyse } from '../analyse';
import { RULES } from './index';

const options = { words: [], allow: [] };

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('carries at least one example that fires and one that must not', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid)('stays silent on: %s', (text) => {
    expect(rule.check({ text, analysis: analyse(text), options })).toEqual([]);
  });

  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))(
    'fires on: %s',
    (text, example) => {
      const reports = rule.check({ text, analysis: analyse(text), options });
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
