/**
 * Every rewrite the checker offers on the read real sets, applied as Apply applies it, reads as
 * English: no doubled punctuation the writer did not type ("period,, so that", "are:, as
 * recorded"), no second agent after the writer's ("set by the judge by [date]"), and the cursor
 * lands on the gap the rewrite added. The rules' own examples check their rewrites one by one;
 * this checks them on the shapes real plans end in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledJsonl } from '../../src/cli/eval-metrics';
import { checkObjectiveText } from '../../src/smart/check';
import { applySuggestion } from '../../src/smart/suggestion';

const ROOT = join(__dirname, '../..');
const TODAY = new Date(2026, 11, 2);

const files = readdirSync(join(ROOT, 'test/corpus'))
  .filter((f) => f.endsWith('.tune.jsonl'))
  .map((f) => `test/corpus/${f}`);

/** Punctuation run together, and a date put straight after an agent the writer named. */
const GARBLED: [string, RegExp][] = [
  ['doubled punctuation', /[,;:]\s*[,;:]|,\s*\./],
  ['a second "by"', /\bby (?:the |his |her |their )?[\w'’-]+ by \[date\]/i],
];

describe('rewrites applied to real objectives', () => {
  const offered: { text: string; after: string; rule: string; gap?: string }[] = [];
  for (const file of files) {
    const { items } = parseLabelledJsonl(readFileSync(join(ROOT, file), 'utf8'));
    for (const { text } of items)
      for (const finding of checkObjectiveText(text, { today: TODAY }).findings) {
        const s = finding.suggestion;
        if (!s) continue;
        const after = applySuggestion(text, s);
        const p = s.placeholder;
        offered.push({ text, after, rule: finding.ruleId, gap: p && after.slice(p.start, p.end) });
      }
  }

  it('are offered on thousands of objectives', () => {
    expect(offered.length).toBeGreaterThan(3000);
  });

  it.each(GARBLED)('never leave %s the writer did not type', (_, pattern) => {
    const garbled = offered
      .filter(({ text, after }) => pattern.test(after) && !pattern.test(text))
      .map(({ rule, after }) => `${rule}: ${after}`);
    expect(garbled).toEqual([]);
  });

  it('leave the cursor on a gap to fill', () => {
    const missed = offered
      .filter(({ gap }) => gap !== undefined && !/^(?:\[[^\]]+\]|_+)$/.test(gap))
      .map(({ rule, after, gap }) => `${rule}: "${gap}" in ${after}`);
    expect(missed).toEqual([]);
  });
});
