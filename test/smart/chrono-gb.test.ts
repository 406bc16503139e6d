/**
 * The gated en-GB date parser (src/smart/chrono-gb.ts) finds exactly what chrono's own finds:
 * every gate belongs to a pattern chrono still has, and no text a pattern matches fails its gate.
 */
import * as chrono from 'chrono-node/en';
import { GATES, dayNotYear, fingerprint, parseDates } from '../../src/smart/chrono-gb';
import { labelledTexts } from '../helpers/labelled-texts';

/** Parsers left ungated: times of day (any digit), and "a week" (any text may hold one). */
const UNGATED = new Set(['c6f93834', '7b027162']);

const corpus = labelledTexts();

/** Dates of every shape the gates are about, and near misses. */
const SHAPES = [
  'by 14/05/2027',
  'on 3.4.27',
  'from 2027-05-14T10:30',
  'by 2027/May/14',
  'in 5/2027',
  'by 14th of September 2027 till the 20th',
  'Sept. 3rd, 2027',
  'in Jan',
  'the 3rd to 5th of may',
  'every Thurs. and on weekdays',
  'last Sat.',
  'at 8.45am',
  "at 7 o'clock at night",
  '3 days ago',
  'a fortnight before',
  '2 weeks later',
  'a month from now',
  'now, today, tonight, tmrw, overmorrow, yesterday, last night',
  'this morning, this afternoon, at midnight, midday, noon',
  'by the end of the month',
  'last day of month',
  'next week',
  'after this month',
  'past 3 days',
  '+3 days',
  '-2 weeks',
  'TOMORROW AT NOON',
  'WITHIN 6 WEEKS',
];

const pattern = (parser: chrono.Parser): RegExp =>
  parser.pattern({ text: '', option: { forwardDate: true } } as Parameters<
    chrono.Parser['pattern']
  >[0]);

describe('chrono-gb', () => {
  it('has a gate for every pattern chrono has, and none for a pattern it no longer has', () => {
    const prints = chrono.GB.parsers.map((p) => fingerprint(pattern(p)));
    expect(prints.filter((f) => !GATES.has(f) && !UNGATED.has(f))).toEqual([]);
    expect([...GATES.keys()].filter((f) => !prints.includes(f))).toEqual([]);
  });

  it('never shuts out a text its pattern matches', () => {
    for (const parser of chrono.GB.parsers) {
      const re = pattern(parser);
      const gate = GATES.get(fingerprint(re));
      if (!gate) continue;
      for (const text of [...corpus, ...SHAPES])
        if (re.test(text)) expect({ text, gate: gate(text) }).toEqual({ text, gate: true });
    }
  });

  it('finds what chrono finds', () => {
    const reference = new Date(2026, 0, 1);
    const read = (results: chrono.ParsedResult[]) =>
      results.map((r) => [
        r.index,
        r.text,
        r.start.date().toISOString(),
        r.end?.date().toISOString(),
        ...(['day', 'month', 'weekday'] as const).map((c) => r.start.isCertain(c)),
      ]);
    // chrono's own, with the one reading the gated parser adds: "June 23" as a day, not a year.
    const chronos = (text: string) => {
      const results = chrono.GB.parse(text, reference, { forwardDate: true });
      for (const r of results) dayNotYear(r, reference);
      return results;
    };
    for (const text of [...corpus, ...SHAPES])
      expect({ text, found: read(parseDates(text, reference)) }).toEqual({
        text,
        found: read(chronos(text)),
      });
  });

  it('reads "by June 23" in a plan as the coming 23 June, not June 2023', () => {
    const reference = new Date(2026, 11, 2);
    const date = (text: string) => parseDates(text, reference)[0]?.start.date().toDateString();
    expect(date('by June 23')).toBe(new Date(2027, 5, 23).toDateString());
    expect(date('by March 5th')).toBe(new Date(2027, 2, 5).toDateString());
    expect(date('by December 20')).toBe(new Date(2026, 11, 20).toDateString());
    // A four-figure year is a year, and a day already given stays.
    expect(date('by June 2027')).toBe(new Date(2027, 5, 1).toDateString());
    expect(date('by 23 June')).toBe(new Date(2027, 5, 23).toDateString());
  });
});
