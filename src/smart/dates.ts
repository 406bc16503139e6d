/**
 * Time in plan objectives, read the British way: calendar dates (chrono-node's en-GB parser,
 * so 3/4 is the 3rd of April), deadlines and durations ("within 6 weeks"), frequencies
 * ("every Tuesday", "fortnightly"), review points ("by the next core group", "by half term"),
 * immediacy ("from tomorrow") and vague time that gives none ("ongoing", "as soon as possible").
 */
import { caseFreeRunner } from './case-free';
import { parseDates } from './chrono-gb';
import { VAGUE_TIMES } from './lexicon';
import { boundaryFirst, phraseRegex, wordsBefore } from './text';

export type TimeKind =
  'date' | 'deadline' | 'duration' | 'frequency' | 'review-point' | 'immediate' | 'bounded';

export interface TimeExpression {
  start: number;
  end: number;
  kind: TimeKind;
  /** Calendar date it resolves to (YYYY-MM-DD), for dates that name one. */
  date?: string;
  /**
   * Days from now to the deadline, for relative expressions only ("within 7 days", "by next
   * week"); absolute dates leave it out so the verdict does not change with the day it is run.
   */
  horizonDays?: number;
}

export interface VagueTime {
  start: number;
  end: number;
  text: string;
}

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const BELOW_HUNDRED = String.raw`(?:(?:${TENS.join('|')})(?:[- ](?:${ONES.join('|')}))?|${TEENS.join('|')}|${ONES.join('|')})`;
/** "six", "forty-five", "one hundred eighty", "a hundred and twenty": a count in words. */
const NUMBER_WORDS = String.raw`(?:(?:${ONES.join('|')}|a) hundred(?:(?: and)? ${BELOW_HUNDRED})?|${BELOW_HUNDRED})`;

/** Each number word's value: "one" 1, "twelve" 12, "forty" 40. */
const WORD_VALUE = new Map<string, number>([
  ...ONES.map((w, i): [string, number] => [w, i + 1]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ...TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);

/** The value of a count in words ("forty-five" is 45, "one hundred eighty" 180), if it is one. */
function wordNumber(words: string): number | undefined {
  let total = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || w === 'a') continue;
    if (w === 'hundred') total = (total || 1) * 100;
    else if (WORD_VALUE.has(w)) total += WORD_VALUE.get(w) ?? 0;
    else return undefined;
  }
  return total || undefined;
}

/** A number, in figures or words; "five (5)", as court orders and US case plans write it, is one. */
const NUM = String.raw`(?:\d+(?:\.\d+)?(?:\s?[-–]\s?\d+(?:\.\d+)?| to \d+(?:\.\d+)?)?|${NUMBER_WORDS}(?: \(\d+\))?|a|an|a few|few|several|couple of)`;
/**
 * "a night light", "a day trip", "a day out", "a week's holiday": the unit starts a compound noun
 * or a possessive, so "a day" is neither how often nor a day from now ("once a week out of school"
 * still is).
 */
const UNIT_COMPOUND = String.raw`(?:['’]s\b|[\s-]+(?:(?:off|trips?|centres?|centers?|care|nurser(?:y|ies)|schools?|lights?|shifts?|nurses?|terrors?)\b|out\b(?!\s+of\b)))`;
const COMPOUND_AFTER = new RegExp(`^${UNIT_COMPOUND}`, 'i');

const UNIT_WORD = String.raw`(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|terms?|half[- ]terms?|quarters|semesters?|sessions)`;
/** "10 working days", "within 10 business days": the kind of day or week counted. */
const UNIT_KIND = String.raw`(?:working |school |calendar |business |consecutive )`;
const UNIT = String.raw`${UNIT_KIND}?${UNIT_WORD}`;
const WEEKDAY = String.raw`(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?)`;
/** Meetings and events a deadline can be tied to ("by the next core group"). */
const REVIEW_POINTS = [
  String.raw`rcpc`,
  String.raw`icpc`,
  String.raw`cpc`,
  String.raw`review child protection conference`,
  String.raw`initial child protection conference`,
  String.raw`cp conference`,
  String.raw`legal gateway meeting`,
  String.raw`legal planning meeting`,
  String.raw`plo meeting`,
  String.raw`final hearing`,
  // The issues resolution hearing, and the end of the PLO's pre-proceedings stage.
  String.raw`irh`,
  String.raw`pre-proceedings(?: period| stage)?`,
  // "by the 20-week scan": an antenatal appointment with a date everyone knows.
  String.raw`scan`,
  String.raw`court hearing`,
  // "after hearing a reading selection": the verb, not a court's hearing.
  String.raw`hearing(?!\s+(?:a|an)\b)`,
  String.raw`pep meeting`,
  String.raw`pep`,
  String.raw`referral order`,
  String.raw`core group(?: meeting)?s?`,
  String.raw`review conference`,
  String.raw`child protection (?:review )?conference`,
  String.raw`conference`,
  String.raw`reviews?`,
  String.raw`review meeting`,
  String.raw`cla review`,
  String.raw`lac review`,
  String.raw`taf (?:review|meeting)`,
  String.raw`rcpc meeting`,
  String.raw`ehcp annual review`,
  String.raw`annual review meeting`,
  String.raw`assessment`,
  String.raw`core group`,
  String.raw`tac (?:review|meeting)`,
  String.raw`annual review`,
  String.raw`ehcp review`,
  String.raw`strategy meeting`,
  // "at the next meeting": the plan's next meeting, whatever it is called, is a date everyone has.
  String.raw`(?<=\bnext )meeting`,
  String.raw`placement (?:stability )?meeting`,
  String.raw`visits?`,
  String.raw`home visits?`,
  String.raw`supervision`,
  String.raw`panel`,
  String.raw`cin meeting`,
  String.raw`child in need (?:meeting|review)`,
  String.raw`looked after (?:child(?:ren)? )?review`,
  // "by the next TAF", "before the next CIN": the meeting named by its initials alone.
  String.raw`(?:taf|tac|cin|fgc)`,
  String.raw`team around the family meeting`,
  String.raw`(?:annual )?iep (?:review|meeting)`,
  // "by the next annual IEP", "by (the next IEP)": the IEP's own yearly meeting.
  String.raw`(?<=\bnext (?:annual )?)iep`,
  String.raw`(?:grading|marking|reporting) period`,
  String.raw`semester`,
];
/** "no later than 30 June", "not later than the end of term": "by", as court orders write it. */
const NO_LATER_THAN = 'no later than|not later than';
/** The words that set a deadline before a point: "by", "before", "until", "no later than". */
const DUE_BY = `by|before|until|till|${NO_LATER_THAN}`;
/** "by the next", "before Ava's", "prior to (the": what leads to a point named by an event. */
// "by assisting with visits" says how, not by when.
/** A plan table's column label before its time: "By when: Next review", "By when: Spring term". */
const COLUMN_LEAD = String.raw`(?:by when|timescales?|deadline|target date)\s*:\s*`;
const POINT_LEAD = String.raw`(?:(?:by the (?:time|date) of|by(?! (?!(?:morning|evening)\b)[a-z]+ing\b)|before|until|till|${NO_LATER_THAN}|in time for|ahead of|prior to|from|after) |${COLUMN_LEAD})\(?(?:the |each |every |his |her |their |our |[A-Z][a-z]+['’]s )?`;
/**
 * "before a placement commences", "prior to return of a child", "before closing the case": a
 * point set by the step in the child's care it comes before. Kept apart from the review points
 * so that their long pattern runs only when one of their own words is there.
 */
const CARE_STEPS = [
  String.raw`placement(?= (?:is (?:confirmed|made|agreed)|commences|starts|begins|ends))`,
  String.raw`(?<=\bany )move`,
  String.raw`return(?: home| of)`,
  String.raw`release`,
  String.raw`discharge`,
  String.raw`closing the case`,
  String.raw`case closure`,
  String.raw`sessions?`,
];
const REVIEW_POINT = String.raw`(?:[\w-]+ ){0,2}(?:${REVIEW_POINTS.join('|')})`;
const TERM_POINT = String.raw`(?:graduation|(?:the )?(?:end of (?:the |this )?)?(?:current |next )?(?:reporting|grading|marking|iep) period|graduating from (?:high )?school|(?:the )?completion of (?:high |secondary )?school|(?:the )?(?:first|second|third|fourth|next) (?:grading|marking|reporting) period|(?:the )?(?:end of (?:the )?)?(?:fall |spring |next )?semester|(?:the )?end of (?:y\d+|year \d+|ks\d|reception)|(?:the )?(?:autumn|spring|summer) term(?: \d{4})?|(?:the )?baby (?:arrives|is born|is due)|(?:the time )?(?:he|she|they|you|i) (?:starts?|leaves?|moves?|turns? \d+)(?: \w+)?|the time (?:[\w'’-]+ ){1,2}(?:starts?|leaves?|moves?|returns?|turns? \d+|is born|arrives)(?: \w+)?|(?:(?:his|her|their|my|your|the) )?transition (?:to|into) (?:year \d+|y\d+|(?:secondary|high|senior|middle|junior|primary) school|secondary|college|sixth form|adult services)|the \d{4}[/–-]\d{2,4} (?:school |academic )?year|(?:the )?(?:first|second|last|final) (?:half|part|weeks?|month) of (?:the )?(?:(?:autumn|spring|summer|next|new) )?(?:term|half[- ]term|school year|academic year|year|holidays?)|(?:the )?move (?:to|into|up to) (?:a |an |the |his |her |their |my |your )?[\w-]+(?: school| flat| house| home| placement)?|moving (?:to|into|up to) (?:a |an |the |his |her |their |my |your )?[\w-]+(?: school| flat| house| home| placement)?|(?:exiting|leaving) (?:care|school|hospital|custody)|discharge|(?:his|her|their|your|my) \d+(?:st|nd|rd|th) birthday|(?:the )?(?:christmas|xmas|easter|summer|winter|october|oct|february|feb|may|autumn|spring|school) (?:holidays?|break|half[- ]term)|(?:the )?(?:end of )?term [1-4]|mid-?term|(?:next|this|the coming) (?:summer|spring|autumn|winter|year|term|academic year|school year)|(?:the end of )?key stage \d|the day (?:he|she|they|it|i|you|we|the \w+) (?:moves?|leaves?|starts?|returns?|comes?)(?: \w+)?|(?:the )?(?:end|start|beginning|middle) of (?:the )?(?:(?:autumn|spring|summer|christmas|easter|new|next) )?(?:term|half[- ]term|holidays?|school year|year \d+|y\d+|ks\d|key stage \d|reception|academic year)|(?:the )?(?:end|start|beginning|middle) of (?:his|her|their|my|your|the) (?:first|second|third|final|last|next) (?:year|term|semester|half[- ]term)(?: (?:at|in) (?:college|school|nursery|university|sixth form))?|(?:the )?(?:(?:february|feb|october|oct|may|autumn|spring|summer|next) )?half[- ]term|christmas|xmas|easter|the summer holidays?|the (?:summer|spring|autumn|winter)(?! (?:term|holidays?|break|half))|the school holidays|the new year|(?:the )?end of (?:the )?(?:week|month|year|plan|pre-proceedings(?: period| stage)?|(?:parenting )?assessment(?: period)?|(?:iep|ehcp|ehc plan|plan|program|programme|academic|instructional) (?:year|period|cycle))|(?:\d+|one|two|three|four|six|nine|twelve|thirty-six|thirty-seven) (?:instructional|school|academic) (?:weeks|days|months)|(?:his|her|their) (?:\w+ )?birthday|year \d+|(?:(?:his|her|their|the|my) )?(?:freshman|sophomore|junior|senior) year|(?:the )?(?:end|start|beginning|middle) of (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)) grade|kindergarten|pre-?k|preschool)|the (?:current )?(?:academic |school )(?:school )?year)`;

/**
 * Where a part of a year ends ("by early 2027", "Spring 2027", "Q1 2027"), so one gone by is
 * flagged. The autumn is left to the year's end: an autumn term runs to Christmas.
 */
const PART_OF_YEAR_ENDS: [RegExp, string][] = [
  [/\bearly\b|\bq1\b/i, '04-30'],
  [/\bspring\b/i, '05-31'],
  [/\bq2\b/i, '06-30'],
  [/\bmid\b|\bsummer\b/i, '08-31'],
  [/\bq3\b/i, '09-30'],
];

/** Case-insensitive and global; \b tested once before the alternatives (boundaryFirst). */
function rx(source: string): RegExp {
  return boundaryFirst(new RegExp(source, 'gi'));
}

/**
 * The time patterns, in the order they are tried. Three large ones that most objectives cannot
 * match have a gate, words all their matches hold, tested first: a fresh process (the command
 * line checking one objective) then does not compile them for nothing, some 40 ms. Exported for
 * the test that checks no gate shuts out a text its pattern matches.
 */
export const TIME_PATTERNS: readonly {
  kind: TimeKind;
  re: RegExp;
  gate?: RegExp;
  horizon?: (m: RegExpExecArray) => number | undefined;
  /** The calendar date a match stands for (YYYY-MM-DD), so one gone by is flagged. */
  date?: (m: RegExpExecArray) => string | undefined;
}[] = [
  {
    // "By the end of the 2025–2026 academic year": a date, the end of July of its second year,
    // so an objective still set by one gone by is flagged like any other past date.
    kind: 'date',
    gate: /\d{4}\s?[–-]\s?\d{2,4} (?:academic|school) year/i,
    re: rx(
      String.raw`\b(?:(?:by|before|until|at|in time for) )?(?:the )?end of (?:the )?\d{4}\s?[–-]\s?(\d{2,4}) (?:academic|school) year\b`,
    ),
    date: (m) => `${m[1]!.length === 2 ? `20${m[1]}` : m[1]}-07-31`,
  },
  {
    // "until 2023", "by the end of 2027", "by early 2027", "in Q1 2027", "in 2013-14", "for
    // 2015/16": a year, a part of one, or a school or financial year written by its years, as a
    // deadline. The end of the year (or of its part: PART_OF_YEAR_ENDS), or of July in the
    // second year of a pair, so one gone by is flagged. Not a year of birth ("born in
    // 2010"), which findTimes leaves out, nor a count ("in 2000 words": no year then follows).
    kind: 'date',
    gate: /\b(?:19[5-9]|20[0-4])\d\b/,
    re: rx(
      String.raw`\b(?:(?:by|before|until|till|in|during|throughout|for|from)(?: the)?(?:(?: (?:end|start|beginning|middle) of(?: the)?| (?:early|late))?(?: (?:spring|summer|autumn|fall|winter)(?: term)?| q[1-4])? | mid-?\s?)|(?:the )?end of )((?:19[5-9]|20[0-4])\d)(?:\s?[-–/]\s?(\d{2}|\d{4}))?(?![\d/:-]|\.\d|\s*(?:%|(?!(?:and|or|to|at|when|so|but|if|unless|then)\b)[a-z]))`,
    ),
    date: (m) => {
      const year = Number(m[1]);
      // "by early 2026" has gone by in December 2026, though 2026 has not.
      if (m[2] === undefined)
        return `${year}-${PART_OF_YEAR_ENDS.find(([re]) => re.test(m[0]))?.[1] ?? '12-31'}`;
      const second = m[2].length === 2 ? Math.floor(year / 100) * 100 + Number(m[2]) : Number(m[2]);
      return second > year ? `${second}-07-31` : `${year}-12-31`;
    },
  },
  {
    // "by 5.3.27", "(6.3.27)": a day and month of one figure, dotted, before a two-figure year, as
    // UK plans write a date by hand; chrono reads "05.03.27" but not these.
    kind: 'date',
    gate: /\d\.\d{1,2}\.\d\d/,
    re: /(?<![\d.])(?=\d\.|\d{2}\.\d\.)([1-9]|[12]\d|3[01])\.([1-9]|1[0-2])\.(\d{2})(?![\d.]\d|[\d%])/g,
    date: (m) => `20${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`,
  },
  {
    kind: 'frequency',
    re: rx(
      String.raw`\b(?:every|each) (?!(?:a )?few\b|several\b)(?:other |second |single )?(?:(?:${NUM}) )?(?:[\w-]+ )?(?:${UNIT}|${WEEKDAY}|morning|evening|afternoon|night|school day|visit|week ?day|half[- ]terms?|terms?|(?:school )?holidays?|semester|month|lesson|class|meal|(?:grading|marking|reporting) period|time (?:she|he|they) goes? out|time|appointment|session|contact)\b|\b(?:a|per) (?:day|night|week|fortnight|month|year|term)\b(?!${UNIT_COMPOUND})|\bper (?:session|lesson|class)\b`,
    ),
  },
  {
    // "twice a week", "3 times per month", "20 minutes each day". Kept apart from "every week",
    // and gated on the word before "a/per/each/every", because it is the costliest pattern to
    // compile and few objectives need it.
    kind: 'frequency',
    gate: new RegExp(String.raw`\b(?:once|twice|times?|${UNIT_WORD}) (?:a|per|each|every) `, 'i'),
    re: rx(
      String.raw`\b(?:once|twice|(?:${NUM}) times?|${NUM} ${UNIT}) (?:a|per|each|every) (?:${UNIT}|month|quarter|semester|session|lesson|class|period|meal)\b`,
    ),
  },
  {
    // "3x during a 50-minute session", "twice in each lesson", "4 times over a week": how often,
    // within a session or a lesson as "per session" is.
    kind: 'frequency',
    gate: /(?:\b(?:once|twice|times)|\dx),? (?:during|in|within|across|over|throughout) (?:a|an|each|every|one|any) /i,
    re: rx(
      String.raw`\b(?:once|twice|\d+\s?x|(?:${NUM}) times),? (?:during|in|within|across|over|throughout) (?:a|an|each|every|one|any) (?:\d+[- ]?(?:minutes?|mins?|hours?|hrs?)[- ])?(?:[\w-]+ )?(?:session|lesson|class|period|activity|observation|day|week|fortnight|month|term)\b`,
    ),
  },
  {
    kind: 'frequency',
    re: rx(
      // "daily living skills", "in daily life": a kind of skill, not how often.
      // "everyday" written for "every day" ("on time, everyday."), not "everyday tasks".
      String.raw`(?<!\b(?:less|more) (?:frequently|often) than )\b(?:daily|nightly|weekly|wkly|fortnightly|monthly|mthly|quarterly|annually|yearly|termly|twice weekly|bi-?weekly)\b(?!\s+(?:life|living|activities|routines?|tasks|needs|planners?|attendance))|\beveryday\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|at|after|before|from|until|in|on|with|for|by|when|while|during|as|so|to|without|unless|including|except|of|this|next)\b)|\bon an annual basis\b|\bannual (?!(?:income|salary|leave|report)\b)[a-z]|\b\d+\s*x\s*(?:a|per)\s+(?:day|week|month)\b|\b\d+\s*x\s*\d+\s*(?:mins?|minutes?|hrs?|hours?)\s*(?:\/\s*|(?:a|per|each)\s+)(?:wk|week|mth|month|day|fortnight)\b|\b\d+\+?\s*(?:x|times|nights?|days?|sessions?|hrs?|hours?|mins?|minutes?)\s*(?:\/\s*|(?:a|per|each)\s+)(?:wk|week|mth|month|day|fortnight)\b|\b(?:on )?any (?:school )?day\b|\bwhenever\b(?! (?:possible|feasible|practicable|practical|appropriate|necessary|needed|required)\b)|\beach time\b|\bevery time\b|\bevery other (?:day|week|weekend|month)\b`,
    ),
  },
  {
    kind: 'frequency',
    gate: /(?:on|at) (?:each|every|all) /i,
    re: rx(String.raw`\b(?:on|at) (?:each|every|all) (?:${REVIEW_POINT})\b`),
  },
  {
    kind: 'frequency',
    // "checked at unannounced visits", "at core groups": every one of the plan's own meetings.
    gate: /visits|groups|meetings|reviews/i,
    re: rx(
      String.raw`\b(?:at|during) (?:[\w-]+ ){0,2}(?:visits|core groups|core group meetings|review meetings|reviews)\b`,
    ),
  },
  {
    kind: 'frequency',
    // "on school nights", "on weeknights": each one, as "on weekdays" is; and "on Thursday
    // afternoons", each Thursday's.
    re: rx(
      String.raw`\b(?:on )?${WEEKDAY}s\b|\bevery ${WEEKDAY}\b|\bon (?:school|week) ?nights\b|\bon ${WEEKDAY} (?:mornings|afternoons|evenings|nights|lunchtimes)\b`,
    ),
  },
  {
    // "a 6:00 p.m. curfew", "curfew of 9pm": home by that time every night.
    kind: 'frequency',
    gate: /curfew/i,
    re: rx(
      String.raw`\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s+curfew\b|\bcurfew (?:of|at|is|from|between) \d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)`,
    ),
  },
  {
    // "No telephone after 10 pm": a rule for every evening, like a curfew.
    // The gate holds the prohibition, so the pattern need not look behind at every position.
    kind: 'frequency',
    gate: /\b(?:no|not)\b[^.;]{0,40}\bafter \d/i,
    re: rx(String.raw`\bafter \d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)`),
  },
  {
    // "not to leave his residence before 6 a.m.": a rule for every morning. "in bed at or before
    // 7 pm" is a time to meet, so the prohibition is part of the pattern, not only its gate.
    kind: 'frequency',
    gate: /\b(?:no|not)\b[^.;]{0,40}\bbefore \d/i,
    re: rx(
      String.raw`(?<=\b(?:no|not)\b[^.;]{0,40})\bbefore \d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)`,
    ),
  },
  {
    // "Wash my dishes after dinner", "home by my curfew", "during family meals", "at snack and
    // lunch time", "by the end of the session": a point in every day or session, the way house
    // rules, contracts and school plans set them.
    kind: 'review-point',
    // "Jamie will have breakfast before school" still asks by when: only the evening and meals
    // of house rules are read as times.
    gate: /dinner|tea|supper|breakfast|meal|bed|curfew|lunch|end of|get(?:s|ting)? up|mornings|evenings/i,
    re: rx(
      String.raw`\b(?:after|before|during|at) (?:dinner|tea|supper|breakfast|(?:family )?meals?|meal ?times?|bedtime|bed|lunch|lunch ?times?|(?:snack|play|break) and lunch ?times?)\b|\b(?:by|before|at) the end of (?:the|each|every) (?:[\w-]+ )?(?:session|lesson|class|school day|day)\b|\b(?:by|before) (?:my|his|her|their|the|your) curfew\b|\bwhen (?:I|you|he|she|they|we|[A-Z][a-z]+) (?:get|gets) up\b|\b(?:in the|on) (?:mornings|evenings)\b`,
    ),
  },
  {
    // "inform the school on the morning of the day of absence", "on the day of the hearing": a
    // point set by the event it is tied to.
    kind: 'review-point',
    gate: /\bon the\b/i,
    re: rx(
      String.raw`\bon the (?:first |same )?(?:morning|afternoon|evening|day) of (?:the |any |each |every |an? |his |her |their )?(?:first )?(?:day of (?:the |any |an? |his |her |their )?)?(?:absence|appointment|visit|hearing|contact|review|meeting|conference|exclusion|move|placement|discharge|release)\b`,
    ),
  },
  {
    // "reviewed at 21 years old", "by the age of 16", "up to the age of 18", "until you're 21",
    // "once child completed 18 years of age", "on reaching 18", "by the time you are 17", "until
    // their child is two years old", "when the young person is 15": a point in the young
    // person's life. The gate lets through every "when", "once" and "after" the pattern reads.
    kind: 'review-point',
    gate: /\bage\b|years? old|\b(?:until|till|by the time)\b|\b(?:before|when|once|after|as soon as) \w|\b(?:turn|reach|attain|complet)/i,
    re: rx(
      String.raw`\b(?:at|by|before|until|till|from|up to) (?:the )?age (?:of )?\d{1,2}\b|\b(?:at|by|before|until|till|from) \d{1,2} years? old\b|\b(?:until|till|when|once|after|as soon as|by the time|before) (?:he|she|they|you|I|(?:the |their |his |her |your |my )?(?:child|young person|baby|son|daughter)|[A-Z][a-z]+) (?:is|are|am|turns?|reaches|attains|completes|completed|has completed) (?:the age of )?(?:\d{1,2}|${NUMBER_WORDS})\b|\b(?:until|till) (?:you|they)['’]re \d{1,2}\b|\b(?:on|upon|after) (?:reaching|attaining|turning|completing) (?:the age of )?\d{1,2}\b`,
    ),
  },
  {
    kind: 'duration',
    re: rx(
      // "for a period of eight (8) weeks", "for a period of six- months": a court order's words.
      String.raw`\b(?:within|for|over|in|after|during|inside|${NO_LATER_THAN}|no longer than|not longer than|up to) (?:(?:at least|a minimum of|no less than|not less than|at most|a maximum of|no more than) )?(?:(?:a|the) (?:period|total) of )?(?:the )?(?:next |first |following |(?:a |one )?further |another |an? (?=\d))?(?:${NUM})(?:-? |-)${UNIT}\b|\b(?:for|within|in) (?:(?:at least|up to|no more than) )?(?:a further|another) ${UNIT}\b|\b(?:within|in|during|over|throughout) (?:the|his|her|their|my|your) (?:first|second|third|next|coming|following) (?:half[- ]term|term|school year|academic year|year|semester|month|week|fortnight)\b`,
    ),
    horizon: (m) => horizonFromDuration(m[0]),
  },
  {
    // "no offences in the last 6 months": the window an outcome is counted over, looking back
    // from each review. A span, so it sets no deadline of its own.
    kind: 'duration',
    gate: /last|past|previous|preceding/i,
    re: rx(
      String.raw`\b(?:within|in|over|during|for) (?:the )?(?:last|past|previous|preceding) (?:${NUM}) ${UNIT}\b`,
    ),
  },
  {
    // "Months 18–30: Sustaining change", "Weeks 1-6: Dad will …", "Week 3:": a stage of a plan
    // set by the weeks or months it covers.
    kind: 'duration',
    gate: /week|month/i,
    re: rx(
      // "scheduling your Midpoint session for week 13": one week of a programme, by its number.
      String.raw`\b(?:weeks?|months?) \d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3}\b|(?=\s*:))|\b(?:in|by|for|during|from|before|until) week \d{1,2}\b`,
    ),
  },
  {
    kind: 'duration',
    re: rx(
      // "a 6-month treatment period", "a 12-week parenting programme": one word may name its kind.
      String.raw`\b(?:${NUM})[- ]${UNIT}\b(?= (?:(?:treatment|parenting|intervention|assessment|therapy|review|probation|support|training|recovery|trial|placement) )?(?:course|programme|programs?|plan|period|block|group))`,
    ),
  },
  {
    kind: 'review-point',
    // A word of every review point ("cpc" in "rcpc", "group" in "core group"), a check, a birthday.
    gate: /cpc|conference|meeting|hearing|irh|proceedings|scan|pep|order|group|review|assessment|visit|supervision|panel|period|semester|check|birthday|taf|tac|cin|fgc|iep/i,
    re: rx(
      String.raw`\b(?:${POINT_LEAD}(?:\d+[- ]?(?:yr|year|month|week)s?[- ]?(?:old )?)?|(?:at|on) (?:the |his |her |their |[A-Z][a-z]+['’]s )?(?:next |first |\d+[- ]?(?:yr|year|month|week)s?[- ]?))(?:${REVIEW_POINT}|check|health check|developmental review|birthday)\b`,
    ),
  },
  {
    kind: 'review-point',
    gate: /placement|move|return|release|discharge|clos|session/i,
    re: rx(String.raw`\b${POINT_LEAD}(?:an? )?(?:[\w-]+ ){0,2}(?:${CARE_STEPS.join('|')})\b`),
  },
  {
    kind: 'review-point',
    // A word of every TERM_POINT alternative ("term" in "half-term", "year" in "the new year").
    gate: /graduat|completion|period|semester|term|baby|transition|start|leav|mov|turn|xmas|summer|spring|autumn|winter|return|exiting|discharge|birthday|holiday|break|next|this|coming|key stage|the day|end|beginning|middle|christmas|easter|year|instructional|academic|school (?:weeks|days|months)/i,
    re: rx(
      // "Long-term outcome (end of Key Stage 2):": a point in brackets dates what it labels.
      String.raw`(?:\b(?:${DUE_BY}|from|after|at|in|during|over|throughout|across|for|within|upon|on|when|once|following|prior to|ahead of|in time for|around) |\b${COLUMN_LEAD}|\(\s*(?=(?:the )?(?:end|start|beginning|middle) of ))${TERM_POINT}\b`,
    ),
  },
  {
    // "After high school, Jodi will …", "After finishing high school": the end of school, as
    // "after graduation" is; "in high school" is where, not when.
    kind: 'review-point',
    gate: /school|graduating/i,
    re: rx(
      String.raw`\b(?:after|following|upon|on) (?:(?:leaving|finishing|completing|exiting|graduating from|graduation from) )?(?:high|secondary) school\b|\b(?:after|following|upon|on) graduating\b`,
    ),
  },
  {
    kind: 'deadline',
    re: rx(
      // "This year, Pete will …", "every week this term": the period now running ends it.
      String.raw`\b(?:next|this coming|this) (?:summer|spring|autumn|winter|term|half[- ]term|semester|academic year|school year|year|month)\b`,
    ),
    horizon: (m) => (/^this month/i.test(m[0]) ? 30 : undefined),
  },
  {
    kind: 'deadline',
    re: rx(
      String.raw`\b(?:${DUE_BY}) (?:the )?(?:end of (?:the )?)?(?:next |this )?(?:week|month|year|plan ends?|plan is (?:closed|reviewed)|end of the plan)\b|\b(?:by|before|at|${NO_LATER_THAN}) the (?:end|completion|close) of (?:the |his |her |their )?(?:[\w-]+ ){0,2}(?:assessment|programme|course|intervention|plan|sessions|placement|order)\b`,
    ),
    horizon: (m) => (/week/i.test(m[0]) ? 7 : /month/i.test(m[0]) ? 30 : undefined),
  },
  {
    kind: 'duration',
    re: rx(
      String.raw`\b(?:over|for|during|throughout) the (?:\d+|${NUM})[- ](?:month|week|year|day)s? (?:order|plan|placement|programme|period|course|intervention)\b|\b(?:at|by) the (?:start|beginning)(?: and (?:the )?end)? of (?:the |his |her |their )?(?:[\w-]+ ){0,2}(?:intervention|programme|course|assessment|placement|order|plan)\b`,
    ),
  },
  {
    kind: 'bounded',
    re: rx(
      String.raw`\b(?:while|whilst) (?:the|this) plan is (?:in place|open|active)|\b(?:while|whilst) (?:(?:he|she|they|you|I) (?:is|are|am|stays?|remains?) )?(?:in|at) (?:high school|secondary school|school|college|sixth form|care|foster care|custody|(?:the )?hospital|(?:his|her|their|my|your|the) (?:placement|foster placement|residential placement))\b|\buntil the plan (?:ends|is closed|closes)|\b(?:until|pending) (?:a )?further (?:order|direction)s?\b|\bfor (?:the )?(?:duration|life|length) of (?:the|this|your|my|his|her|their) (?:(?:cp|cin|child protection|child in need|safety|care|support|early help|pathway|tac|taf|supervision|court) )?(?:plan|programme|placement|order|agreement|licence|tenancy|stay|sentence|proceedings)|\b(?:during|throughout|within|for) the (?:life|duration|length|timescales?) of (?:the )?(?:court |care )?proceedings\b|\b(?:throughout|during) (?:the|this|your|my|his|her|their) (?:[\w-]+ ){0,2}?(?:plan|programme|placement|order|agreement|licence|tenancy|stay|sentence|probation)\b|\b(?:within|over) (?:the|this|your|my|his|her|their) (?:plan|programme|placement|order|agreement) period\b|\bbetween now and\b`,
    ),
  },
  {
    kind: 'immediate',
    re: rx(
      String.raw`\b(?:immediately|with immediate effect|straight away|straightaway|right away|forthwith|from today|from now on|from tomorrow|from tonight|today|tonight|the same day|same day|by the end of the day|this week|at once\b(?!\s+(?:a|an|per|every|each)\b))\b`,
    ),
    horizon: (m) => (/tomorrow/i.test(m[0]) ? 1 : 0),
  },
  {
    kind: 'deadline',
    re: rx(
      String.raw`\b(?:by|before|until|from|starting|on|in) (?:the |this )?(?:next )?(?:${WEEKDAY.replace(/s\?/g, '')}|next week|next month|tomorrow)\b`,
    ),
    horizon: (m) => (/tomorrow/i.test(m[0]) ? 1 : /month/i.test(m[0]) ? 30 : 7),
  },
];

const UNIT_DAYS: [RegExp, number][] = [
  [/minute|hour/i, 0],
  [/half[- ]term/i, 42],
  [/fortnight/i, 14],
  [/week/i, 7],
  [/month/i, 30],
  [/term/i, 91],
  [/quarter/i, 91],
  [/semester/i, 130],
  [/year/i, 365],
  [/day|night|session/i, 1],
];

/** Counts a number-word grammar does not cover: "a", "a few", "several". */
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  'a few': 3,
  few: 3,
  several: 4,
  'couple of': 2,
};

/**
 * "within 6 weeks", "in 10 working days", "within a 2-week period": the count and its unit, at the
 * phrase's end.
 */
const COUNTED_UNIT = new RegExp(
  String.raw`(\d+(?:\.\d+)?|a few|couple of|${NUMBER_WORDS}|[a-z]+)(?:\s+|-)${UNIT_KIND}?([a-z-]+)$`,
  'i',
);

function horizonFromDuration(written: string): number | undefined {
  if (!/^(within|in|inside|no later than|not later than|up to)\b/i.test(written)) return undefined;
  const phrase = written.replace(/ \(\d+\)/, '');
  const m = COUNTED_UNIT.exec(phrase);
  if (!m) return undefined;
  const n = /^\d/.test(m[1])
    ? Number(m[1])
    : (WORD_NUMBERS[m[1].toLowerCase()] ?? wordNumber(m[1]));
  if (n === undefined) return undefined;
  const unit = UNIT_DAYS.find(([re]) => re.test(m[2]));
  return unit ? n * unit[1] : undefined;
}

const VAGUE_RE = phraseRegex(VAGUE_TIMES);
// A cheap gate: chrono is the slowest step, so skip it when nothing in the text could be a date.
const MAYBE_DATE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|tomorrow|week|month|year|christmas|easter|term/i;

const UNIT_AFTER = new RegExp(String.raw`^\s*${UNIT}\b`, 'i');

const MASTERY = /%|\b(?:accuracy|accurately|correctly|trials|probes|opportunities)\b/i;
const SKILL_LENGTH = /\b(?:minutes?|mins?|seconds?|secs?)\b/i;
/**
 * "Perform community service (8-40 hours)", "unpaid work not exceeding 10 hours", "15 hours of
 * 1:1 support", "for up to 240 hours": an amount of work or of a service, counted in hours, not
 * when anything is due ("within 24 hours", "for 24 hours before contact" stay times).
 */
const HOURS_ONLY =
  /^(?:(?:up to|not exceeding|a (?:minimum|maximum) of|at least)\s+)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:hours?|hrs?)$/i;
const AMOUNT_BEFORE =
  /(?:\(\s*|\b(?:exceeding|up to|(?:a )?(?:minimum|maximum) of|at least|perform|performs|do|complete|completes|undertake|work|works)\s+)$/i;
function isAmountOfHours(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end).trim();
  if (!HOURS_ONLY.test(span)) return false;
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 12);
  if (
    /^\s*(?:before|after|prior|from|of (?:the|his|her|their|a|an|each|every|being|starting|arriving|receiving|notice)\b)/i.test(
      after,
    )
  )
    return false;
  return (
    AMOUNT_BEFORE.test(before) ||
    /^(?:up to|not exceeding|a (?:minimum|maximum) of|at least)\b/i.test(span) ||
    /^\s*(?:\)|of\b)/i.test(after)
  );
}
/**
 * "Her reading age will go up by at least 9 months", "a gain of 12 months in spelling age": how
 * far an age measured by a test moves, not when anything is due.
 */
const AGE_MEASURE =
  /\b(?:reading|spelling|comprehension|maths?|number|vocabulary|language|developmental) ages?\b|\bage[- ]equivalen/i;
const AGE_GAIN_SPAN =
  /^(?:(?:at least|up to|a further|another)\s+)?(?:\d+|one|two|three|six|nine|twelve|eighteen)\s*(?:months?|years?)$/i;
const AGE_GAIN_BEFORE =
  /\b(?:by|of|mak(?:e|es|ing)|gain(?:s|ed)?|progress(?:es|ed)?|increase(?:s|d)?|rise(?:s)?|improve(?:s|d)?)\s+(?:(?:at least|up to|a further|another)\s+)?$/i;
function isAgeGained(text: string, start: number, end: number): boolean {
  return (
    AGE_GAIN_SPAN.test(text.slice(start, end).trim()) &&
    AGE_GAIN_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
    AGE_MEASURE.test(text)
  );
}

/** Hours of work or a service, or months of a tested age gained: an amount, not a time. */
const isAmountNotTime = (text: string, start: number, end: number): boolean =>
  isAmountOfHours(text, start, end) || isAgeGained(text, start, end);

const COUNT_AFTER =
  /^\s*(?:trials?|opportunities|occasions|attempts|probes|sessions|times|items|words|questions|problems|steps|correct|accuracy|data|prompts?|observations|days|tries|instances|consecutive|(?:work )?samples|responses|sounds|letters|facts|sentences|targets|goals)\b/i;

/** A plural noun after a pair of numbers: "2/3 topics", "9/10 “Yes/No” questions". */
const PLURAL_AFTER =
  /^\s*(?:["“‘'][^"”’']{1,20}["”’']\s*)?(?!(?:days|weeks|months|years|this|thus|plus|was|has|does|unless|across|always)\b)[a-z]{2,}s\b/i;
/** A score or a length before or after: "scoring ≥3/4 on the rubric", "within 1/8\"". */
const SCORE_BEFORE = /(?:[≥≤<>]|\bscor(?:e|es|ed|ing)(?: of)?|\bwithin)\s*$/i;
const INCHES_AFTER = /^\s*(?:["″”]|inch)/i;

/** "8/10 trials", "2/3 topics", "≥3/4 on the rubric", "within 1/8\"": a count or score, not a date. */
function isFraction(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  return (
    COUNT_AFTER.test(after) ||
    PLURAL_AFTER.test(after) ||
    INCHES_AFTER.test(after) ||
    SCORE_BEFORE.test(wordsBefore(text, start, 12))
  );
}

/** Words that make "now", "the day" or "the weekend" a time: "from now", "by the weekend". */
const CASUAL_LEAD =
  /\b(?:by|from|until|till|this|next|starting|before|after|over|of|since|on|during)\s*$/i;

/**
 * "7/10 or above on the scaling question", "from 3/10 to 7/10": a score out of ten, as safety and
 * confidence scales are written, not 7 October.
 */
const OUT_OF_TEN = /^\d{1,2}\/10(?:\s*(?:to|-|–)\s*\d{1,2}\/10)?$/;
const SCORE_AFTER =
  /^\s*(?:or (?:above|higher|more|over|better)|and (?:above|over)|\+|on (?:the|a|his|her|their) (?:[\w-]+ )?scal)/i;
const SCALE_WORDS = /\b(?:scal(?:e|es|ed|ing)|scores?|scored|rat(?:e|es|ed|ing))\b/i;

/** What comes before a date of birth: "born 18 April 2010", "DOB 12/03/2019", "date of birth:". */
export const BIRTH_WORDS = String.raw`\b(?:born(?: on)?|DOB|d\.o\.b\.?|date of birth)[:\s]*`;
const BORN_BEFORE = new RegExp(`${BIRTH_WORDS}$`, 'i');

/** A clock time: "8pm", "7.30 p.m.", "18:30", "12 a.m.", "noon", "midnight". */
const CLOCK = /\d\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d:\d\d|\b(?:noon|midnight|midday)\b/i;

/** "as measured by curriculum-based assessment": the evidence, not a review point. */
const EVIDENCE_BY = /\b(?:measured|assessed|evidenced|tested|judged|scored)\s+$/i;

/**
 * Months that are also given names, written as a name is, with nothing else of a date: a child
 * called April, May, June or August (subjects.ts reads them as the child too).
 */
export const MONTH_NAMED = /^(?:April|May|June|August)$/;
/** A modal, or "to" and a verb, after the name: what makes it the subject. */
const MODAL_AFTER =
  /^\s+(?:will|shall|must|should|can|could|would|is|are|has|needs?|to\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d|the\b|end\b|mid))\b/;

/** A day in local time as YYYY-MM-DD, the form resolved dates are compared in. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Finds every time expression in the text, overlapping ones merged to the widest. */
export function findTimes(text: string, reference: Date): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const pattern of TIME_PATTERNS) {
    if (pattern.gate && !pattern.gate.test(text)) continue;
    // Each match's groups are read, so a pattern that captures keeps /i (case-free.ts).
    const run = caseFreeRunner(pattern.re, text, true);
    const asWritten = run.subject === text;
    run.re.lastIndex = 0;
    for (let m = run.re.exec(run.subject); m; m = run.re.exec(run.subject)) {
      if (!asWritten) m[0] = text.slice(m.index, m.index + m[0].length);
      // "For 10 minutes" is how long a skill lasts ("sit on the carpet for 10 minutes"), not when.
      // "for 15 minutes after the start time" is a window, though.
      if (
        pattern.kind === 'duration' &&
        SKILL_LENGTH.test(m[0]) &&
        !/^\s+(?:after|before|of|from)\b/i.test(text.slice(m.index + m[0].length))
      )
        continue;
      // "80% accuracy across 3 consecutive sessions" is how mastery is judged, not when.
      if (pattern.kind === 'duration' && /sessions$/i.test(m[0]) && MASTERY.test(text)) continue;
      if (/^by\b/i.test(m[0]) && EVIDENCE_BY.test(text.slice(Math.max(0, m.index - 20), m.index)))
        continue;
      if (isAmountNotTime(text, m.index, m.index + m[0].length)) continue;
      if (pattern.date && BORN_BEFORE.test(wordsBefore(text, m.index, 16))) continue;
      const horizonDays = pattern.horizon?.(m);
      const date = pattern.date?.(m);
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: pattern.kind,
        horizonDays,
        ...(date ? { date } : {}),
      });
    }
  }
  if (MAYBE_DATE.test(text)) {
    for (const r of parseDates(text, reference)) {
      const known = r.start;
      const said = r.text.trim();
      // "in 8/10 trials" is a score, not 8 October; "10 minutes" is a skill's length.
      if (/^\d+\/\d+$/.test(said) && isFraction(text, r.index, r.index + r.text.length)) continue;
      // "a review every few months": how often is left open, so it is no date either.
      if (
        /^(?:a )?(?:few|several)\b/i.test(said) &&
        /\b(?:every|each)\s+$/i.test(wordsBefore(text, r.index, 8))
      )
        continue;
      if (
        /^an? (?:day|night|week|fortnight|month|year)$/i.test(said) &&
        COMPOUND_AFTER.test(text.slice(r.index + r.text.length))
      )
        continue;
      // "Skip count in 2s and 5s" counts in twos; no plan sets a timescale in seconds.
      if (/^(?:in |within )?\d+\s*(?:s|secs?|seconds?)\b/i.test(said)) continue;
      // "throughout the day", "it is now expected", "frequent weekend overnights": a word of
      // the calendar read as today, unless a time word leads it ("by the weekend", "from now").
      if (
        /^(?:now|the day|(?:the )?weekend|the week)$/i.test(said) &&
        !CASUAL_LEAD.test(wordsBefore(text, r.index, 12))
      )
        continue;
      if (
        OUT_OF_TEN.test(said) &&
        (SCORE_AFTER.test(text.slice(r.index + r.text.length)) || SCALE_WORDS.test(text))
      )
        continue;
      if (SKILL_LENGTH.test(r.text)) continue;
      if (isAmountNotTime(text, r.index, r.index + r.text.length)) continue;
      // "Leo, born 12 March 2019, will …": who the child is, not when anything is due.
      if (BORN_BEFORE.test(text.slice(Math.max(0, r.index - 16), r.index))) continue;
      // "for 6-8 weeks", "1-2 years": a range of a count of weeks or years, not 6 August.
      if (
        /^\d{1,2}\s?[-–]\s?\d{1,2}$/.test(said) &&
        UNIT_AFTER.test(text.slice(r.index + r.text.length))
      )
        continue;
      // "the day of the week, month, year": calendar words to read, not a date.
      if (
        /\bday of the week\b/i.test(
          text.slice(Math.max(0, r.index - 8), r.index + r.text.length + 12),
        )
      )
        continue;
      // "April will be in bed by 8pm", "June to attend nursery": a child named for a month, where
      // a subject goes, not the month ("April to June" is still the months).
      if (MONTH_NAMED.test(r.text) && MODAL_AFTER.test(text.slice(r.index + r.text.length)))
        continue;
      // "in the past 6 months" counts back from each review; it is not a date six months ago.
      if (/^(?:the )?(?:last|past|previous|preceding)\s+\S+\s+\w+$/i.test(said)) continue;
      // A time of day alone ("in bed by 7.30pm", "screens off by 6:00-6:30 PM") names no day:
      // it holds every day, as a curfew does, and plans' readers take it as their when. Figures
      // alone with no am/pm or colon ("at 5") are too loose to read as a clock.
      if (!known.isCertain('day') && !known.isCertain('month') && !known.isCertain('weekday')) {
        if (CLOCK.test(said))
          found.push({ start: r.index, end: r.index + r.text.length, kind: 'frequency' });
        continue;
      }
      // "2-3 months before their licence expires" counts back from the event named, not from
      // today, so it is a timescale with no calendar date to fall behind.
      // A dash before a count ("PCLP updated ‐ 6 week review") separates: not "6 weeks ago".
      if (
        /^[-‐–—]\s*\d/.test(r.text) ||
        (/\b(?:before|after|prior to|ahead of)$/i.test(said) &&
          !/^\s*(?:now|today)\b/i.test(text.slice(r.index + r.text.length)))
      ) {
        found.push({ start: r.index, end: r.index + r.text.length, kind: 'date' });
        continue;
      }
      // A range ("from 1 June until 30 June 2020") is due by its end.
      const date = (r.end ?? known).date();
      found.push({
        start: r.index,
        end: r.index + r.text.length,
        kind: 'date',
        date: isoDay(date),
      });
    }
  }
  return mergeTimes(found, text);
}

/**
 * A length then how often it recurs: "for 1 hour a week", "for 30 minutes each day", and short
 * breaks counted in nights or days ("for 2 nights a month", "for 3 days a week").
 */
const LENGTH_PER =
  /^for\s+\S+\s+(?:minutes?|mins?|hours?|hrs?|sessions?|periods?|lessons?|nights?|days?|weeks?)\s+(?:a|an|per|each|every)\s/i;

function mergeTimes(times: TimeExpression[], text: string): TimeExpression[] {
  times.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TimeExpression[] = [];
  for (const t of times) {
    const last = merged[merged.length - 1];
    if (last && t.start < last.end) {
      // Keep the widest span, but remember the shortest horizon and any calendar date.
      last.end = Math.max(last.end, t.end);
      if (t.horizonDays !== undefined)
        last.horizonDays = Math.min(last.horizonDays ?? Infinity, t.horizonDays);
      last.date ??= t.date;
      if (last.kind === 'review-point' && t.kind === 'date') last.kind = 'date';
      // "for 1 hour a week", "for 30 minutes every day": a length within a frequency is still
      // how often, and how often is what is counted ("within a week" is no frequency).
      if (t.kind === 'frequency' && LENGTH_PER.test(text.slice(last.start, last.end)))
        last.kind = 'frequency';
      continue;
    }
    // findTimes' own objects, made for this call: widened in place rather than copied.
    merged.push(t);
  }
  return merged;
}

/** Vague time phrases ("ongoing", "as soon as possible") with their spans. */
export function findVagueTimes(text: string): VagueTime[] {
  const out: VagueTime[] = [];
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The shortest relative horizon in days among the expressions, if any says one. */
export function shortestHorizon(times: TimeExpression[]): number | undefined {
  let best: number | undefined;
  for (const t of times) {
    if (t.horizonDays !== undefined) best = Math.min(best ?? Infinity, t.horizonDays);
  }
  return best;
}
