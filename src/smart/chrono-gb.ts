/**
 * chrono-node's en-GB parser (3/4 is the 3rd of April), with gates in front of its longer
 * parsers. chrono runs all eighteen parsers' patterns over every text it is given, and most of
 * the longer patterns cannot match most objectives: they need a month's name, a weekday, "ago"
 * or "later". A gate tests for the words its pattern cannot match without; when the gate fails,
 * the parser is left out for that text, which is what it would have contributed: nothing. The
 * results are chrono's own, and the skipped patterns (some of the largest in the checker) are
 * neither run nor, in a fresh process, compiled.
 *
 * Gates are keyed by their pattern's exact text: a chrono release that changes a pattern runs
 * that parser ungated, and test/smart/chrono-gb.test.ts says which gate to look at again.
 */
// Only the English locale: the package's index loads every language, a third of the CLI's
// start-up.
import * as chrono from 'chrono-node/en';

type Parser = chrono.Parser;
type Context = Parameters<Parser['pattern']>[0];

/** A gate: does the text hold what the parser's pattern cannot match without? */
export type Gate = (text: string) => boolean;

const test =
  (re: RegExp): Gate =>
  (text) =>
    re.test(text);

/** For a gate several parsers share: tested once per text, not once per parser. */
function once(re: RegExp): Gate {
  let last: string | undefined;
  let verdict = false;
  return (text) => {
    if (text !== last) {
      last = text;
      verdict = re.test(text);
    }
    return verdict;
  };
}

const month = once(/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i);

/**
 * Pattern fingerprint -> gate. Every gate has its pattern's flags (case-insensitive, not
 * Unicode), so it reads letters as the pattern does. Not gated: ENTimeExpressionParser (any
 * digit: most texts that reach chrono have one) and ENTimeUnitWithinFormatParser ("a week",
 * "the day", "3 d": almost any text can hold one).
 */
export const GATES: ReadonlyMap<string, Gate> = new Map([
  // ENYearMonthDayParser: a year of four digits first ("2027-05-14", "2027/May/14").
  ['09a4b144', test(/\d{4}/)],
  // ISOFormatParser: "2027-05-14".
  ['6bcf21ad', test(/\d{4}-\d/)],
  // SlashDateFormatParser: a digit, a slash, dot or hyphen, and a digit ("14/05", "3.4").
  ['4c965ad4', test(/\d[/.-]\d/)],
  // ENSlashMonthFormatParser: "5/2027".
  ['a5b64d29', test(/\d\/\d/)],
  // ENCasualDateParser: now, today, tonight, tomorrow, overmorrow, tmr(w), yesterday, last night.
  ['7a95d8eb', test(/now|today|tomorrow|overmorrow|tmr|yesterday|night/i)],
  // ENCasualTimeParser: morning, afternoon, evening, night, midnight, midday, noon.
  ['391ff145', test(/morning|noon|evening|night|midday/i)],
  // ENEndOfCurrentMonthParser: "end of the month".
  ['1daec59b', test(/month/i)],
  // ENMonthNameLittleEndianParser, ENMonthNameMiddleEndianParser, ENYearMonthNameParser and
  // ENMonthNameParser: a month's name or abbreviation.
  ['e5093247', month],
  ['4fe75f97', month],
  ['6a416df1', month],
  ['c194d879', month],
  // ENWeekdayParser: a weekday or its abbreviation, "weekend" or "weekday".
  ['e4169096', test(/sun|mon|tue|wed|thu|fri|sat|week/i)],
  // ENTimeUnitAgoFormatParser: "3 days ago".
  ['61d696c8', test(/ago|before|earlier/i)],
  // ENTimeUnitLaterFormatParser: "3 days later".
  ['b9740e71', test(/later|after|from now|henceforth|forward|out/i)],
  // ENRelativeDateFormatParser: "next week", "last month".
  ['f33e17e0', test(/this|last|past|next/i)],
  // ENTimeUnitCasualRelativeFormatParser: "next 2 weeks", "+3 days".
  ['208fb793', test(/this|last|past|next|after|\+|-/i)],
]);

/** FNV-1a of the pattern's source and flags: short enough to write down beside its gate. */
export function fingerprint(re: RegExp): string {
  const text = `${re.source}/${re.flags}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What findTimes asks of chrono: "by Friday" is the coming Friday. */
const OPTIONS = { forwardDate: true };

/**
 * Each parser with its gate, looked up by the pattern it uses. The gated parsers' patterns do
 * not depend on the parsing options (they are constants of the parser), so the pattern asked
 * for here, with the options findTimes passes, is the one they run.
 */
const PARSERS = chrono.GB.parsers.map((parser) => ({
  parser,
  gate: GATES.get(fingerprint(parser.pattern({ text: '', option: OPTIONS } as Context))),
}));

/** A parser whose gate fails is left out of the list for that text, not run to find nothing. */
const GB = chrono.GB.clone();
const active: Parser[] = [];
GB.parsers = active;
// Refiners only reshape what the parsers found (merge, filter, adjust): with nothing found they
// return nothing, so with nothing found they are not called.
GB.refiners = GB.refiners.map((refiner) => ({
  refine: (context, results) => (results.length === 0 ? results : refiner.refine(context, results)),
}));

/** "June 23", "March 5th": a month's name, then one or two figures (not a four-figure year). */
const MONTH_THEN_DAY = /^[a-z]{3,9}\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/i;

/**
 * chrono reads "by June 23" as June 2023, a month and a two-figure year. In a plan a deadline is
 * ahead, and US case plans and IEPs write the day after the month: when that year is already
 * past, the figures are the day, of the coming June.
 */
export function dayNotYear(result: chrono.ParsedResult, reference: Date): void {
  const figures = MONTH_THEN_DAY.exec(result.text);
  const start = result.start;
  if (!figures || start.isCertain('day') || !start.isCertain('year')) return;
  const day = Number(figures[1]);
  const month = start.get('month') ?? 0;
  if (day < 1 || day > 31 || (start.get('year') ?? 0) >= reference.getFullYear()) return;
  const thisYear = new Date(reference.getFullYear(), month - 1, day);
  const year = thisYear < reference ? reference.getFullYear() + 1 : reference.getFullYear();
  // The public type is read-only; chrono's own refiners change a result's parts this way.
  const parts = start as unknown as { assign(component: chrono.Component, value: number): void };
  parts.assign('day', day);
  parts.assign('year', year);
}

/** chrono's en-GB parse of the text, forward-dated: "by Friday" is the coming Friday. */
export function parseDates(text: string, reference: Date): chrono.ParsedResult[] {
  active.length = 0;
  for (const { parser, gate } of PARSERS) if (gate === undefined || gate(text)) active.push(parser);
  const results = GB.parse(text, reference, { ...OPTIONS });
  for (const result of results) dayNotYear(result, reference);
  return results;
}
