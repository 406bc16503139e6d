/**
 * findTimes runs a gated pattern only when the text holds one of its gate's words: no text the
 * pattern matches may be shut out by its gate (src/smart/dates.ts, TIME_PATTERNS).
 */
import { TIME_PATTERNS } from '../../src/smart/dates';
import { RULES } from '../../src/smart/rules';
import { labelledTexts } from '../helpers/labelled-texts';

const corpus = labelledTexts();
const examples = RULES.flatMap((r) => [
  ...r.examples.valid,
  ...r.examples.invalid.map((i) => i.text),
]);

/** Every review point the patterns know, after each way in. */
const POINTS = [
  'RCPC',
  'icpc',
  'cpc',
  'review child protection conference',
  'initial child protection conference',
  'cp conference',
  'legal gateway meeting',
  'legal planning meeting',
  'PLO meeting',
  'final hearing',
  'court hearing',
  'hearing',
  'PEP meeting',
  'pep',
  'referral order',
  'core group meetings',
  'review conference',
  'child protection review conference',
  'conference',
  'reviews',
  'review meeting',
  'CLA review',
  'LAC review',
  'TAF meeting',
  'rcpc meeting',
  'EHCP annual review',
  'annual review meeting',
  'assessment',
  'core group',
  'TAC review',
  'annual review',
  'EHCP review',
  'strategy meeting',
  'placement stability meeting',
  'visits',
  'home visit',
  'supervision',
  'panel',
  'CIN meeting',
  'TAF',
  'TAC',
  'CIN',
  'FGC',
  'team around the family meeting',
  'annual IEP review',
  'marking period',
  'semester',
];
const WAYS_IN = [
  'by the next',
  'before each',
  'until the first',
  "ahead of Amy's 2 year",
  'on every',
  'at all',
  'at the 6-week',
  'from his',
];
/** Every TERM_POINT alternative. */
const TERM_POINTS = [
  'by graduation',
  'after graduating from high school',
  'by the completion of secondary school',
  'by the second marking period',
  'by the end of the spring semester',
  'by the end of Y6',
  'by the end of year 6',
  'by the end of KS2',
  'by the end of reception',
  'by the summer term 2027',
  'when the baby is born',
  'when she turns 16 years',
  'until he leaves school',
  'when they start',
  'on leaving care',
  'on exiting custody',
  'on discharge',
  'by his 5th birthday',
  'by the Easter holidays',
  'by the school half-term',
  'by the coming academic year',
  'by next winter',
  'by the end of key stage 2',
  'on the day the children return home',
  'by the middle of the autumn term',
  'by the end of his first year at college',
  'by October half term',
  'by Christmas',
  'by Easter',
  'by the summer holidays',
  'by the school holidays',
  'by the new year',
  'by the end of the month',
  'by her next birthday',
  'by year 7',
  'at the beginning of the academic year',
];
const PHRASES = [
  ...WAYS_IN.flatMap((w) => POINTS.map((p) => `${w} ${p}`)),
  ...TERM_POINTS,
  'by her health check',
  // A school year named by its years.
  'by the end of the 2026-27 school year',
  'by the end of the 2026–2027 academic year',
  'before the end of the 2027-28 school year',
  'until the end of the 2026 - 27 academic year',
  'at the end of the 2027–28 school year',
  'the end of 2026-2027 school year',
  // A rule against going out, or calling, before a time of day.
  'not to leave the house before 7am',
  'not to go out before 6 a.m.',
  'no visitors before 9.30am',
  'not to phone before 8 pm',
  'no screens before 7:30 a.m.',
  // A year, or a school or financial year by its years.
  'until 2027',
  'by the end of 2027',
  'in 2026-27',
  'for 2026/27',
  'during 2027',
  'by 2028',
  'before 2030',
  'throughout 2027',
  'from 2026',
  'in 2027',
  'till 2029',
  'by the start of 2028',
  'at the developmental review',
  'after his birthday',
  'before the check',
  ...['in', 'within', 'over', 'during', 'for'].flatMap((w) =>
    ['the last 6 months', 'the past two weeks', 'the previous 3 terms'].map((p) => `${w} ${p}`),
  ),
  ...['9pm', '10 p.m.', '6:00 p.m.', '11.30pm'].flatMap((t) => [
    `a ${t} curfew`,
    `curfew at ${t}`,
    `curfew of ${t}`,
    `no phone calls after ${t}`,
    `not to go out after ${t}`,
  ]),
  ...[
    'once',
    'twice',
    'three times',
    'a few times',
    '20 minutes',
    '2 school days',
    '1 half-term',
  ].flatMap((n) => ['a', 'per', 'each', 'every'].map((per) => `${n} ${per} week`)),
  // A stage of a plan, set by the weeks or months it covers.
  'Weeks 1-6: Dad will',
  'Months 18–30: Sustaining change',
  'Week 3: Mum will',
  'in months 3 to 6',
  'Month 12: review',
  'weeks 7 – 12',
  'after dinner',
  'before bed',
  'during family meals',
  'at bedtime',
  'by my curfew',
  'after tea',
  // A point tied to an event.
  'on the morning of the day of absence',
  'on the first day of any absence',
  'on the day of the hearing',
  'on the day of each visit',
  'on the same day of the appointment',
  'on the evening of the contact',
  'on the day of her discharge',
  'on the day of his release',
  'on the morning of the review',
  'on the day of the move',
  'on the afternoon of the meeting',
  // A date typed by hand with dots and a two-figure year.
  'by 5.3.27',
  'on his first morning back (6.3.27)',
  'from 15.1.27',
  'until 1.12.26',
  'review on 9.10.27.',
  'by 31.1.27',
  ...['16', '18', '21'].flatMap((n) => [
    `at age ${n}`,
    `by the age of ${n}`,
    `until ${n} years old`,
  ]),
].flatMap((p) => [p, p.toUpperCase()]);

describe('TIME_PATTERNS gates', () => {
  it('never shut out a text their pattern matches', () => {
    const gated = TIME_PATTERNS.filter((p) => p.gate);
    expect(gated.length).toBeGreaterThan(0);
    for (const { re, gate } of gated) {
      let matched = 0;
      for (const text of [...corpus, ...examples, ...PHRASES]) {
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched++;
        expect({ text, gate: gate!.test(text) }).toEqual({ text, gate: true });
      }
      expect(matched).toBeGreaterThan(10);
    }
  });
});
