/**
 * chrono-node's en-GB parser (3/4 is the 3rd of April), with gates in front of its longer
 * parsers. chrono runs all eighteen parsers' patterns over every text it is given, and most of
 * the longer patterns cannot match most objectives: they need a month's name, a weekday, "ago"
 * or "later". A gate tests for the words its pattern cannot match without; when the gate fails,
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
 * Pattern fingerprint -> gate, for the patterns that cost more to run than a gate does; the
 * short ones (slashed and ISO dates, times of day, "today", "morning") and the one that almost
 * any text can match (ENTimeUnitWithinFormatParser: "a week", "the day", "3 d") run ungated.
 * Every gate has its pattern's flags (case-insensitive, not Unicode), so it reads letters as
 * the pattern does.
 */
export const GATES: ReadonlyMap<string, Gate> = new Map([
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

/** Anchored, so failing takes one step whatever the text. */
const NOTHING = /^(?!)/;

function gated(parser: Parser): Parser {
  // The gate is looked up again only when the parser hands over a different pattern object
  // (parsers keep theirs), not on every text.
  let known: RegExp | undefined;
  let gate: Gate | undefined;
  return {
    pattern(context: Context): RegExp {
      const pattern = parser.pattern(context);
      if (pattern !== known) {
        known = pattern;
        gate = GATES.get(fingerprint(pattern));
      }
      return gate === undefined || gate(context.text) ? pattern : NOTHING;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

export const GB = chrono.GB.clone();
GB.parsers = GB.parsers.map(gated);
