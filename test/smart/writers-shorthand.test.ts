/**
 * Plans are typed fast: "within 2 wks", "24hrs", "each night", "no later than", "the kids", "3 or
 * more", "in order that", "Mum & Dad", "95 %", "95 per cent", a date as "5.3.27",
 * an objective in quotation marks, the child's full name ("Jaxon Brown will …"), an American
 * date ("until May 31, 2027"). Each is the same objective to its reader, so every objective of
 * our labelled sets that can be written so is checked again written so, and each letter's
 * verdict must stay as it was.
 */
import { changedVerdicts, letters, ownLabelledTexts, today } from '../helpers/verdict-letters';
import { checkObjectiveText } from '../../src/smart';
import { readText } from '../../src/smart/reading';

const texts = ownLabelledTexts();
const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const LONG_DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) 20(\\d\\d)\\b`, 'g');
const monthNumber = (month: string) => MONTHS.indexOf(month) + 1;

const REWRITES: [string, (text: string) => string][] = [
  [
    'units abbreviated ("2 wks", "3 mths", "2 hrs")',
    (t) =>
      t
        .replace(/\bweeks\b/g, 'wks')
        .replace(/\bweek\b/g, 'wk')
        .replace(/\bmonths\b/g, 'mths')
        .replace(/\bhours\b/g, 'hrs')
        .replace(/\byears\b/g, 'yrs'),
  ],
  [
    'units typed against the number ("24hrs", "6wks")',
    (t) =>
      t.replace(
        /\b(\d+) (hours|weeks|months|years)\b/g,
        (_, n: string, unit: string) =>
          `${n}${{ hours: 'hrs', weeks: 'wks', months: 'mths', years: 'yrs' }[unit]}`,
      ),
  ],
  [
    '"each" for "every"',
    (t) => t.replace(/\bevery (day|night|morning|evening|week)\b/g, 'each $1'),
  ],
  [
    '"no later than" for "by"',
    (t) => t.replace(/\bby (the end of|the next)\b/g, 'no later than $1'),
  ],
  [
    '"within a 4-week period"',
    (t) => t.replace(/\bwithin (\d+) weeks\b/g, 'within a $1-week period'),
  ],
  ['"kids" for "children"', (t) => t.replace(/\bchildren\b/g, 'kids')],
  ['"3 or more" for "at least 3"', (t) => t.replace(/\bat least (\d+)/g, '$1 or more')],
  ['"in order that" for "so that"', (t) => t.replace(/\bso that\b/g, 'in order that')],
  ['"&" for "and"', (t) => t.replace(/ and /g, ' & ')],
  ['a space before "%"', (t) => t.replace(/(\d)%/g, '$1 %')],
  ['"per cent" for "%"', (t) => t.replace(/(\d)%/g, '$1 per cent')],
  ['quotation marks around it', (t) => `“${t.replace(/\.$/, '')}”.`],
  [
    'a date as "5.3.27"',
    (t) =>
      t.replace(LONG_DATE, (_, d: string, m: string, y: string) => `${d}.${monthNumber(m)}.${y}`),
  ],
  [
    "the child's full name",
    (t) =>
      t.replace(/^(Jaxon|Rosie|Amir|Lexi|Oskar|Tiana|Alfie|Bailey) (will|to) /, '$1 Brown $2 '),
  ],
];

describe("a writer's shorthand", () => {
  it.each(REWRITES)('leaves every verdict as it was with %s', (_, rewrite) => {
    const tried = texts.filter((t) => rewrite(t) !== t);
    expect(tried.length).toBeGreaterThan(4);
    expect(changedVerdicts(tried, (t) => t, rewrite)).toEqual([]);
  });

  it('reads "16 or more" as "at least 16", and "in order that" as "so that"', () => {
    // "hours/week" with "or more" between had been no frequency, so no time either.
    expect(letters('Work 16 or more hours/week.')).toBe(letters('Work at least 16 hours/week.'));
    // A purpose is the reason, whichever words open it: its words are not the task's.
    expect(
      letters(
        'Kai will take part in the lunchtime Lego club in order that he can show appropriate play skills with peers.',
      ),
    ).toBe(
      letters(
        'Kai will take part in the lunchtime Lego club so that he can show appropriate play skills with peers.',
      ),
    );
  });

  it('reads a bound written "or more" whole: its currency, its thousands and its decimals', () => {
    const read = (text: string) => readText(text)?.text;
    expect(read('Dad will save £1,000 or more by June 2027.')).toBe(
      'Dad will save at least £1,000 by June 2027.',
    );
    expect(read('Kai will walk 1.5 or more miles a day.')).toBe(
      'Kai will walk at least 1.5 miles a day.',
    );
    expect(read('Kai will have 2 or fewer late nights a week.')).toBe(
      'Kai will have no more than 2 late nights a week.',
    );
  });

  it('reads "May" before a day as the month, not "may"', () => {
    // Read as the modal, "May" had opened a clause of its own ("… until May" doing "as recorded").
    const uk =
      'Kai will attend the Rainbow Group every Tuesday until 31 May 2027, as recorded on the register.';
    const us =
      'Kai will attend the Rainbow Group every Tuesday until May 31, 2027, as recorded on the register.';
    // Attending a group is an input: with "May" read as the month, both say so.
    expect(letters(uk)).toBe('SMRT.');
    expect(letters(us)).toBe('SMRT.');
  });

  it('reads "70 per cent" and "100 per cent" as "70%" and "100%"', () => {
    const rules = (text: string) =>
      checkObjectiveText(text, { today }).findings.map((f) => f.ruleId);
    const goal =
      'Ava will summarise a story, naming its main events with %s accuracy by July 2027.';
    expect(rules(goal.replace('%s', '70 per cent'))).toEqual(rules(goal.replace('%s', '70%')));
    // A command about a thing "100 per cent" is made of, as "Limit 100% fruit juice" is.
    const juice = 'Limit %s fruit juice to one small glass a day.';
    expect(letters(juice.replace('%s', '100 per cent'))).toBe(letters(juice.replace('%s', '100%')));
  });

  it('reads "100 %" as "100%"', () => {
    // The same finding, on the same words: an absolute, not only a change too soon.
    const rules = (text: string) =>
      checkObjectiveText(text, { today }).findings.map((f) => f.ruleId);
    expect(rules('Kai will attend school 100 % of the time from Monday.')).toEqual(
      rules('Kai will attend school 100% of the time from Monday.'),
    );
  });

  it('keeps "HR" and "Yr 6" as they are meant', () => {
    // In capitals an abbreviation is another word; "Yr 6" is a school year either way.
    expect(letters('Mum will complete the HR form within 2 wks.')).toBe(
      letters('Mum will complete the HR form within 2 weeks.'),
    );
    expect(letters('Kai will read 20 words by the end of Yr 6, as assessed by his teacher.')).toBe(
      'SMRTO',
    );
  });
});
