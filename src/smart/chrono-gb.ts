/**
 * chrono-node's en-GB parser (3/4 is the 3rd of April), with a gate in front of each of its
 * parsers. chrono runs all eighteen parsers' patterns over every text it is given, and most of
 * those patterns cannot match most objectives: they need a month's name, a weekday, "ago" or
 * "later". A gate tests for the words its pattern cannot match without; when the gate fails,
 * the parser is given a pattern that matches nothing, so it returns what its own pattern would
 * have found: nothing. The results are chrono's own, and the skipped patterns (some of the
 * largest in the checker) are neither run nor, in a fresh process, compiled.
 *
 * Gates are keyed by their pattern's exact text: a chrono release that changes a pattern runs
 * that parser ungated, and test/smart/chrono-gb.test.ts says which gate to look at again.
 */
// Only the English locale: the package's index loads every language, a third of the CLI's
// start-up.
import * as chrono from 'chrono-node/en';

type Parser = chrono.Parser;
type Context = Parameters<Parser['pattern']>[0];

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * Pattern fingerprint -> gate. Every gate has the pattern's flags (case-insensitive, not
 * Unicode), so it reads letters as the pattern does. Not gated: ENTimeUnitWithinFormatParser
 * ("a week", "the day", "3 d": almost any text can hold one).
 */
export const GATES: ReadonlyMap<string, RegExp> = new Map([
  // ENYearMonthDayParser: a year of four digits first ("2027-05-14", "2027/May/14").
  ['09a4b144', /\d{4}/],
  // ISOFormatParser: "2027-05-14".
  ['6bcf21ad', /\d{4}-\d/],
  // SlashDateFormatParser: a digit, a slash, dot or hyphen, and a digit ("14/05", "3.4").
  ['4c965ad4', /\d[/.-]\d/],
  // ENMonthNameLittleEndianParser, ENMonthNameMiddleEndianParser, ENYearMonthNameParser and
  // ENMonthNameParser: a month's name or abbreviation.
  ['e5093247', MONTH],
  ['4fe75f97', MONTH],
  ['6a416df1', MONTH],
  ['c194d879', MONTH],
  // ENWeekdayParser: a weekday or its abbreviation, "weekend" or "weekday".
  ['e4169096', /sun|mon|tue|wed|thu|fri|sat|week/i],
  // ENSlashMonthFormatParser: "5/2027".
  ['a5b64d29', /\d\/\d/],
  // ENTimeExpressionParser: a time has digits.
  ['c6f93834', /\d/],
  // ENTimeUnitAgoFormatParser: "3 days ago".
  ['61d696c8', /ago|before|earlier/i],
  // ENTimeUnitLaterFormatParser: "3 days later".
  ['b9740e71', /later|after|from now|henceforth|forward|out/i],
  // ENCasualDateParser: now, today, tonight, tomorrow, overmorrow, tmr(w), yesterday, last night.
  ['7a95d8eb', /now|today|tomorrow|overmorrow|tmr|yesterday|night/i],
  // ENCasualTimeParser: morning, afternoon, evening, night, midnight, midday, noon.
  ['391ff145', /morning|noon|evening|night|midday/i],
  // ENEndOfCurrentMonthParser: "end of the month".
  ['1daec59b', /month/i],
  // ENRelativeDateFormatParser: "next week", "last month".
  ['f33e17e0', /this|last|past|next/i],
  // ENTimeUnitCasualRelativeFormatParser: "next 2 weeks", "+3 days".
  ['208fb793', /this|last|past|next|after|\+|-/i],
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

/** Anchored, so failing takes one step whatever the text. */
const NOTHING = /^(?!)/;

function gated(parser: Parser): Parser {
  // The gate is looked up again only when the parser hands over a different pattern object
  // (parsers keep theirs), not on every text.
  let known: RegExp | undefined;
  let gate: RegExp | undefined;
  return {
    pattern(context: Context): RegExp {
      const pattern = parser.pattern(context);
      if (pattern !== known) {
        known = pattern;
        gate = GATES.get(fingerprint(pattern));
      }
      return gate === undefined || gate.test(context.text) ? pattern : NOTHING;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

export const GB = chrono.GB.clone();
GB.parsers = GB.parsers.map(gated);
