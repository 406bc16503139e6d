/**
 * The playground's sample plan is what a new user sees first. Written for one day, it must not
 * read as a stale plan months later: its good objective "already passed" and its reviews long
 * overdue.
 */
import { checkPlan } from '../../src/smart';
import { readPlanDetails } from '../../src/pane/plan-details';
import { SAMPLE_PLAN, SAMPLE_REVIEW_DAY, sampleFor } from '../../src/playground/sample';
import { sampleDocument } from './sample-doc';

const at = (iso: string) => new Date(`${iso}T10:00:00`);
const allText = (blocks: ReturnType<typeof sampleFor>) => JSON.stringify(blocks);
const dayMs = 86_400_000;

test('on the day it was written for, and before, the sample is as written', () => {
  expect(sampleFor(at(SAMPLE_REVIEW_DAY))).toEqual(SAMPLE_PLAN);
  expect(sampleFor(at('2026-02-10'))).toEqual(SAMPLE_PLAN);
});

test.each(['2026-04-29', '2026-12-04', '2027-06-30', '2031-01-01'])(
  'opened on %s, no objective has a date gone by and the review is within the coming week',
  (iso) => {
    const today = at(iso);
    const blocks = sampleFor(today);
    const report = checkPlan(sampleDocument(blocks), { today });
    const past = report.objectives.flatMap((o) =>
      o.findings.filter((f) => f.ruleId === 'timely/past-date'),
    );
    expect(past).toEqual([]);
    const { nextReview } = readPlanDetails(sampleDocument(blocks), today);
    const ahead = (Date.parse(`${nextReview}T10:00:00`) - today.getTime()) / dayMs;
    expect(ahead).toBeGreaterThanOrEqual(0);
    expect(ahead).toBeLessThan(7);
  },
);

test('dates move by whole weeks, so a conference stays on its weekday', () => {
  const moved = allText(sampleFor(at('2026-12-04')));
  const weekday = (text: string, label: string) => {
    const m = new RegExp(`${label}: (\\d{2})/(\\d{2})/(\\d{4})`).exec(text)!;
    return new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])).getDay();
  };
  for (const label of [
    'Initial child protection conference',
    'Next core group',
    'Review conference',
  ])
    expect(weekday(moved, label)).toBe(weekday(allText(SAMPLE_PLAN), label));
  // Nothing but the dates changed.
  const undated = (text: string) => text.replace(/\d{2}\/\d{2}\/\d{4}/g, 'DATE');
  expect(undated(moved)).toBe(undated(allText(SAMPLE_PLAN)));
  expect(moved).not.toBe(allText(SAMPLE_PLAN));
});
