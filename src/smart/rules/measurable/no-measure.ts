import type { Rule } from '../../rule';
import { openSafetyRule } from '../realistic/absolute';
import { endInsertion, hasMeasure, keptRule, unfilledSlot } from '../../features';
import { COUNTED_TO } from '../../placeholders';

/** Nothing in the objective says how anyone will know it has been done. */
const rule: Rule = {
  id: 'measurable/no-measure',
  criterion: 'measurable',
  description:
    'The objective carries a way to tell it is done: a number, how often, or evidence someone records.',
  why: 'Without a measure, the core group can only argue about progress instead of seeing it.',
  severity: 'error',
  messages: {
    missing:
      'Say how everyone will know it is done: a number or frequency, or who will record or confirm it.',
    fill: 'Fill in {{words}}: say how everyone will know it is done.',
    rule: 'Say how everyone will know the rule is kept: who checks it, how often, and who is told if it is broken.',
    unseen:
      'What "{{label}}" says does not show it is done: name something others can see (a record, a letter, an observation by a named professional) and who keeps it.',
  },
  check({ analysis }) {
    // "read ___% of words, as measured by a probe": the test is named but the bar is a gap.
    // A gap before "%" is the bar itself, whatever else is counted ("___% on two probes").
    const numberGap = unfilledSlot(analysis, ['number']);
    // So is the gap a change is counted to ("from 12 to ___ out of 26").
    const barGap =
      numberGap !== undefined &&
      (/^\s*(?:%|per ?cent\b|percent\b|out of\b)/i.test(analysis.text.slice(numberGap.end)) ||
        COUNTED_TO.test(analysis.text.slice(0, numberGap.start)));
    if (numberGap && (barGap || analysis.quantities.length === 0))
      return [
        {
          messageId: 'fill',
          data: { words: numberGap.text },
          start: numberGap.start,
          end: numberGap.end,
        },
      ];
    if (hasMeasure(analysis)) return [];
    // A number gap was reported above: only who and where are left to ask for.
    const slot = unfilledSlot(analysis, ['who', 'where']);
    if (slot)
      return [{ messageId: 'fill', data: { words: slot.text }, start: slot.start, end: slot.end }];
    // The plan has a "How we will know" cell, but what it says shows nothing others can see
    // ("Mum will tell Dana at the next visit"): the cell needs rewriting, not a clause added.
    const given = analysis.parts.find((p) => p.role === 'measure' && p.end > p.start);
    if (given)
      return [
        {
          messageId: 'unseen',
          data: { label: given.label ?? 'How we will know' },
          start: given.start,
          end: given.end,
        },
      ];
    const at = endInsertion(analysis.text);
    // A rule is kept or broken, never "recorded": the measure is who checks it and how often.
    if (keptRule(analysis) || openSafetyRule(analysis)) {
      const check =
        '; [who] will check this [how often] and tell the social worker the same day if it is broken';
      return [
        {
          messageId: 'rule',
          suggestion: {
            start: at,
            end: at,
            text: check,
            label: 'Say who checks the rule',
            placeholder: { start: at + 2, end: at + 2 + '[who]'.length },
            safe: true,
          },
        },
      ];
    }
    const text = ', as recorded by [who] in [where]';
    return [
      {
        messageId: 'missing',
        suggestion: {
          start: at,
          end: at,
          text,
          label: 'Add how we will know',
          placeholder: {
            start: at + ', as recorded by '.length,
            end: at + ', as recorded by [who]'.length,
          },
          safe: true,
        },
      },
    ];
  },
  examples: {
    valid: [
      // Where a school keeps what it sees: its data, its tracker, its app (probes for this rule).
      'Kai will settle to his work after lunch by Easter 2027, per teacher data.',
      'Kai will settle to his work after lunch by Easter 2027, tracked on ClassDojo.',
      'Kai will settle to his work after lunch by Easter 2027, as monitored by his teacher.',
      'Kai will settle to his work after lunch by Easter 2027, written in the home-school book.',
      // What a named worker sees at each visit is evidence, as "seen by the social worker" is.
      'There will be no cannabis in the house at any visit by the social worker until the review.',
      // A limit in minutes from an event is a threshold, as one in hours is.
      'Dad will phone the school within 15 minutes of any missed pick-up.',
      // A child's status on the record: placed in a programme, allocated a worker.
      'Tyler will be placed in a programme at Oak Tree School.',
      'Mia is allocated a key person before she starts at nursery.',
      // A professional's visit by a deadline is made or not, on record.
      'The social worker will see Kai alone before the next core group.',
      // A short time limit on something done is met or missed on the record.
      "Dad will answer the social worker's texts within 24 hours.",
      // A length within a frequency is how often: counted, as "once a week" is.
      'Dad will have supervised contact at the family centre for 1 hour a week.',
      'Leo will attend school on at least 90% of sessions each half term.',
      'Poppy will be registered with a GP by 8 December 2026.',
      'Dad will complete the Caring Dads programme.',
      // Whose care a child lives in is a fact, as where the child lives is.
      'From 1 February 2027, Mia will live in the day-to-day care of her grandmother.',
      // A clinical standard is a threshold the health visitor's checks show, as a range is.
      "Ella's heart rate and breathing will be within normal limits for her age at each check.",
      // A thing got is there or not: a job, childcare, a copy of a book, a tag worn.
      'Dad will obtain part-time employment by 31 March 2027.',
      'Get daytime childcare for Ruby before your course starts in January 2027.',
      'Dad to provide negative drug tests.',
      // A test taken by a date is taken or not, its result on record.
      'Dean will undertake hair strand testing for alcohol and cocaine by 8 January 2027.',
      'Dad will submit proof of his CPR training.',
      'Kyle will open a savings account.',
      'Both parents will attend all hearings.',
      'Tyler will read at the level of his peers by July 2027.',
      'Mum will take Skye to the practice nurse for her booster by 21 January 2027.',
      'The school will tell the social worker within 24 hours of any new bruise.',
      // A referral or notice passed on within a time limit is made or not, whoever makes it.
      'Allegations will be referred to the LADO within 24 hours.',
      // A paper handed over or a letter written is there or not.
      'Mum will give the school a copy of the safety plan by Friday 11 December 2026.',
      'Kai will write a letter of apology to his neighbour.',
      // A paper given out or brought up to date is done or not, however the sentence is turned.
      'The updated child protection plan will be given to Mum and Dad by 18 December 2026.',
      'A copy of the plan will be provided to Mum and Dad.',
      // Where a child lives under an order is so or not, whichever party it names.
      'Ella shall live with the Respondent.',
      'The social worker will finalise the safety plan with Mum by 8 January 2027.',
      // A document the service names is made or not, as a named programme is completed.
      'The social worker will complete a Family Assessment with Mum and Dad.',
    ],
    invalid: [
      {
        // A rule is kept or broken: who checks it, how often, and who is told.
        text: 'Do not leave the baby alone in the bath.',
        errors: [
          {
            messageId: 'rule',
            output:
              'Do not leave the baby alone in the bath; [who] will check this [how often] and tell the social worker the same day if it is broken.',
          },
        ],
      },
      {
        // The table's measure cell is there, but it shows nothing anyone else can see.
        text: 'Action: Mum to see her GP about her mood. By when: within 2 weeks. How we will know: Mum will tell Dana at the next visit.',
        errors: [{ messageId: 'unseen', marked: 'Mum will tell Dana at the next visit' }],
      },
      // A paper described, a home hoped for and a verb "plan" are no crisp events.
      {
        text: 'Dad will read his signed intake agreement.',
        errors: [
          {
            messageId: 'missing',
            output: 'Dad will read his signed intake agreement, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Mum will help Kai get ready so that he can safely return home.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Mum will help Kai get ready so that he can safely return home, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'The tutor will give each topic a clear goal to plan towards.',
        errors: [
          {
            messageId: 'missing',
            output:
              'The tutor will give each topic a clear goal to plan towards, as recorded by [who] in [where].',
          },
        ],
      },
      // Typed dots that Word has turned into ellipses are a gap, as a row of full stops is.
      {
        text: 'The physiotherapist will visit …… times a year.',
        errors: [{ messageId: 'fill', marked: '……' }],
      },
      // Evidence-based, a test read aloud, a few minutes, an answer given when asked: no record kept.
      {
        text: 'Mum will go to an evidence-based parenting group.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Mum will go to an evidence-based parenting group, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Read tests and directions to Kai.',
        errors: [
          {
            messageId: 'missing',
            output: 'Read tests and directions to Kai, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Kai will walk away for a few minutes when he feels cross.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Kai will walk away for a few minutes when he feels cross, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Kai will name his feelings when asked.',
        errors: [
          {
            messageId: 'missing',
            output: 'Kai will name his feelings when asked, as recorded by [who] in [where].',
          },
        ],
      },
      // A staffing ratio, a section of an Act, an age and a year of birth count nothing.
      {
        text: 'Kai will have 1:1 support with his reading.',
        errors: [
          {
            messageId: 'missing',
            output: 'Kai will have 1:1 support with his reading, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Mum will keep to paragraph 11 of the agreement.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Mum will keep to paragraph 11 of the agreement, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Youth aged 16 and older will learn to cook a meal.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Youth aged 16 and older will learn to cook a meal, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Jay, born in 2012, will feel safer at home.',
        errors: [
          {
            messageId: 'missing',
            output: 'Jay, born in 2012, will feel safer at home, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Aiden will go from 12 to ___ letter sounds right on 4 of 5 weekly probes.',
        errors: [{ messageId: 'fill', marked: '___' }],
      },
      {
        // "A good job" adds a standard to judge, so it is not a crisp event.
        text: 'Dad will get a good job.',
        errors: [
          {
            messageId: 'missing',
            output: 'Dad will get a good job, as recorded by [who] in [where].',
          },
        ],
      },
      {
        // A state reached within a limit still needs its evidence.
        text: 'Amy will be settled at nursery within 5 days.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Amy will be settled at nursery within 5 days, as recorded by [who] in [where].',
          },
        ],
      },
      {
        // A list's first line keeps its closing comma last: never ",, as recorded".
        text: 'Maya will feel happier at home,',
        errors: [
          {
            messageId: 'missing',
            output: 'Maya will feel happier at home, as recorded by [who] in [where],',
          },
        ],
      },
      {
        text: 'Maya will feel happier.',
        errors: [
          {
            messageId: 'missing',
            output: 'Maya will feel happier, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Isla will be toilet trained by Christmas.',
        errors: [
          {
            messageId: 'missing',
            output: 'Isla will be toilet trained by Christmas, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Mum will attend the Freedom Programme.',
        errors: [
          {
            messageId: 'missing',
            output: 'Mum will attend the Freedom Programme, as recorded by [who] in [where].',
          },
        ],
      },
      {
        text: 'Sam will read to an adult, as recorded by [who] in [where].',
        errors: [{ messageId: 'fill', marked: '[who]' }],
      },
      {
        text: 'Sam will read ___% of the words correctly, as measured by a timed probe.',
        errors: [{ messageId: 'fill', marked: '___' }],
      },
      {
        text: 'Sam will name the pictures, scoring ___% or higher on two consecutive probes.',
        errors: [{ messageId: 'fill', marked: '___' }],
      },
    ],
  },
};
export default rule;
