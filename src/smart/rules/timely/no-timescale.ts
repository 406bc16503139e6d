import type { Rule } from '../../rule';
import { openSafetyRule } from '../realistic/absolute';
import { contingency, endInsertion, hasTimescale, keptRule, unfilledSlot } from '../../features';

/** The objective ends on who does something ("… as required by the Act", "… by the parent"). */
const AGENT_LAST = /\bby (?![[(])(?:[\p{L}\p{N}'’./-]+ ?){1,6}$/iu;

/** No date, no deadline, no frequency, no review point: the objective can drift for ever. */
const rule: Rule = {
  id: 'timely/no-timescale',
  criterion: 'timely',
  description: 'The objective has a date, a deadline, a frequency or a named review point.',
  why: 'Without a date nobody can say the objective is late, so drift goes unnoticed.',
  severity: 'error',
  messages: {
    missing:
      'Add when: a date, a deadline ("within 6 weeks") or a review point ("by the next core group").',
    fill: 'Fill in {{words}}: the date or review point by which this will be done.',
    soon: 'Say how soon this is done once it happens, for example "straight away" or "the same day".',
    rule: 'This is a rule to keep, not a target to reach by a date: say how long it holds, for example "while this plan is in place".',
  },
  check({ analysis, sectionTimed }) {
    // "Short-term steps (by July 2027)" over the items: their heading says when.
    if (sectionTimed || hasTimescale(analysis) || analysis.vagueTimes.length > 0) return [];
    const slot = unfilledSlot(analysis, ['time']);
    if (slot)
      return [{ messageId: 'fill', data: { words: slot.text }, start: slot.start, end: slot.end }];
    const at = endInsertion(analysis.text);
    // "If Gary drinks, Kelly will ring the police by [date]": what is done when something happens
    // is due when it happens. The condition opens the sentence, so the end is the action's.
    if (contingency(analysis)) {
      return [
        {
          messageId: 'soon',
          suggestion: {
            start: at,
            end: at,
            text: ' straight away',
            label: 'Say how soon',
            safe: true,
          },
        },
      ];
    }
    // "Dad will not hit the children by [date]" would read as leave to hit them until then.
    if (keptRule(analysis) || openSafetyRule(analysis)) {
      const window = ', while this plan is in place';
      return [
        {
          messageId: 'rule',
          suggestion: {
            start: at,
            end: at,
            text: window,
            label: 'Keep the rule while the plan is in place',
            safe: true,
          },
        },
      ];
    }
    // "…an essay on the topic given by the judge": a second "by" would read as another agent.
    const text = AGENT_LAST.test(analysis.text.slice(0, at))
      ? ' no later than [date]'
      : ' by [date]';
    const gap = at + text.indexOf('[date]');
    return [
      {
        messageId: 'missing',
        suggestion: {
          start: at,
          end: at,
          text,
          label: 'Add a date',
          placeholder: { start: gap, end: gap + '[date]'.length },
          safe: true,
        },
      },
    ];
  },
  examples: {
    valid: [
      // A point in brackets in an outcome's label dates what it labels (an EHC plan's outcomes).
      'Long-term outcome (end of Key Stage 2): Finn will be able to take part in a conversation with a familiar adult, as recorded by his teacher.',
      // A school year named by its years ends in the summer of the second.
      'Kai will read 40 sight words by the end of the 2026–27 school year.',
      // A day and month before a short word is still a date, not a count of things.
      'Mum will move house by 3/4 as agreed with the housing officer.',
      // A curfew's hours, and a rule against going out before a time, hold every night.
      'Jay will keep to a curfew from 9 p.m. to 6 a.m.',
      'Jay is not to leave his flat before 6 a.m. except to go to college.',
      // "everyday" written for "every day" is how often, as "every day" is.
      'Leo will brush his teeth everyday.',
      // A plan table's When column may name the review point alone, with no "by the" before it.
      'Ada will tell us she has time to see her friends. Who: Ada. By when: Next review',
      // A point in every day, as "after dinner" is in a house rule.
      'Leo will make his bed when he gets up.',
      // A period named by its kind ("a 6-month treatment period") is a duration, as "a 6-month period" is.
      'Sam will use three-word sentences at snack time within a 6-month therapy period.',
      // An IEP's reporting period is its review point; lunch is a meal, a time each day.
      'By the end of the reporting period, Sam will name 10 feelings words, as his teacher records.',
      'At snack and lunch time, the teaching assistant will check that Amy eats only her own food.',
      // A rate within each session, and the end of each session or day, recur as "weekly" does.
      'Ellie will ask for help twice per lesson, as her teaching assistant records.',
      'Peter will play alongside a peer for 5 minutes by the end of the session, as his keyworker records.',
      // The first term, year or month of a plan or placement is a window, fronted or not.
      'Within the first term, Kai will read 20 sight words, checked by his class teacher.',
      // A stay extended by a further week is a duration, as "for two weeks" is.
      'Kai will stay with his nan for at least a further week, seen there by his social worker.',
      // The plan's own period is its window, as "until the plan ends" is.
      'I will pass English and maths in Year 12 within my plan period.',
      // A meeting named by its initials alone, and nights named by kind, are times too.
      'Mum will take Kai to the GP by the next TAF.',
      'Kai will be in bed by 8pm on school nights.',
      // A year is a deadline, and so is a school or financial year written by its years.
      'Mum will complete her nursing course by the end of 2027.',
      'Kai will sit at least 5 GCSEs in 2027-28.',
      // A time of day with no day named holds every day, as a curfew does.
      'Dim the lights and stop all screens by 6:00-6:30 PM.',
      'If you are not coming home for the evening, text your parents by 12 a.m.',
      // At every one of the plan's own visits, as "at each visit" is.
      'Mum will keep the stair gate closed, checked by the social worker at unannounced visits.',
      // The school year or term now running ends it.
      'This year, Pete will name all 26 letters of the alphabet when shown them.',
      'Precious will go to the homework club at the library this term.',
      // A staged plan: the stage is set by the months it covers.
      'Months 3–6: Dad will cut down to no more than 14 units a week.',
      'Mum will show the social worker the medication chart at the next meeting.',
      // US case plans count business days, and a stay can be bounded by its longest length.
      'Mum will register Amy with a GP within 10 business days.',
      'Each overnight stay with Dad will last no longer than fourteen (14) calendar days.',
      // A period the plan names: the young person's time in school, in care.
      'Youth will have at least one work experience placement in the community while in high school.',
      'Poppy will be registered with a GP by 8 December 2026.',
      'Dad will bid weekly on Homechoice.',
      'Ruby will arrive at school before 8.50am by half term.',
      'The social worker will see Kayden alone before each core group meeting.',
      'Dad will stop drinking immediately.',
      'Jacob will travel on his own to his work placement by the end of his first year at college.',
      // A court order's way with numbers.
      'The father shall file his statement within fourteen (14) days of this order.',
    ],
    invalid: [
      {
        // A rule to keep: a deadline would read as leave to break it until then.
        text: 'Shannon will not allow Craig into the family home.',
        errors: [
          {
            messageId: 'rule',
            output:
              'Shannon will not allow Craig into the family home, while this plan is in place.',
          },
        ],
      },
      {
        // Something stored out of reach stays there: a safety plan's rule, not a target.
        text: "I will keep my blades in the box in Mum's room.",
        errors: [
          {
            messageId: 'rule',
            output: "I will keep my blades in the box in Mum's room, while this plan is in place.",
          },
        ],
      },
      {
        // What is done when something happens is due when it happens.
        text: 'If Gary drinks while caring for the children, Kelly will ask him to leave and ring the police.',
        errors: [
          {
            messageId: 'soon',
            output:
              'If Gary drinks while caring for the children, Kelly will ask him to leave and ring the police straight away.',
          },
        ],
      },
      {
        // A change still to reach keeps its date.
        text: 'Ruby will no longer wet the bed.',
        errors: [{ messageId: 'missing', output: 'Ruby will no longer wet the bed by [date].' }],
      },
      {
        // "everyday skills" is a kind of skill, not how often.
        text: 'Leo will practise everyday skills such as cooking.',
        errors: [
          {
            messageId: 'missing',
            output: 'Leo will practise everyday skills such as cooking by [date].',
          },
        ],
      },
      {
        // A score out of ten on a scaling question is no date (not 7 October).
        text: 'Mum will rate the home at 7/10 or above on the scaling question.',
        errors: [
          {
            messageId: 'missing',
            output: 'Mum will rate the home at 7/10 or above on the scaling question by [date].',
          },
        ],
      },
      {
        // Counts, scores and lengths written as two numbers are no dates (not 2 March).
        text: 'Taylor will answer questions on 2/3 topics with 80% accuracy.',
        errors: [
          {
            messageId: 'missing',
            output: 'Taylor will answer questions on 2/3 topics with 80% accuracy by [date].',
          },
        ],
      },
      {
        text: 'Ava will cut around shapes within 1/8" of the line.',
        errors: [
          {
            messageId: 'missing',
            output: 'Ava will cut around shapes within 1/8" of the line by [date].',
          },
        ],
      },
      {
        // A year of birth says who the child is, not when anything is due.
        text: 'Leo, born in 2019, will read 40 sight words.',
        errors: [
          {
            messageId: 'missing',
            output: 'Leo, born in 2019, will read 40 sight words by [date].',
          },
        ],
      },
      {
        // Counting in twos and fives is no timescale in seconds.
        text: 'Ava will skip count in 2s and 5s to 50.',
        errors: [
          { messageId: 'missing', output: 'Ava will skip count in 2s and 5s to 50 by [date].' },
        ],
      },
      {
        // "by assisting" says how; "throughout the day" and "now known as" are no timescale.
        text: 'Gran will help Leo keep in touch with his family by assisting with visits.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Gran will help Leo keep in touch with his family by assisting with visits no later than [date].',
          },
        ],
      },
      {
        text: 'Leo will use his PECS book throughout the day with 80% accuracy.',
        errors: [
          {
            messageId: 'missing',
            output: 'Leo will use his PECS book throughout the day with 80% accuracy by [date].',
          },
        ],
      },
      // "daily planners", "less often than weekly", "every few months" and "after hearing a story" set no time.
      {
        text: 'Kai will use daily planners to organise his homework.',
        errors: [
          {
            messageId: 'missing',
            output: 'Kai will use daily planners to organise his homework by [date].',
          },
        ],
      },
      {
        text: 'Mum will have a review every few months.',
        errors: [
          { messageId: 'missing', output: 'Mum will have a review every few months by [date].' },
        ],
      },
      {
        text: 'Contact less often than weekly will happen only for a good reason.',
        errors: [
          {
            messageId: 'missing',
            output: 'Contact less often than weekly will happen only for a good reason by [date].',
          },
        ],
      },
      {
        text: 'After hearing a story, Kai will answer 3 questions about it.',
        errors: [
          {
            messageId: 'missing',
            output: 'After hearing a story, Kai will answer 3 questions about it by [date].',
          },
        ],
      },
      {
        text: 'Mum will attend a parenting course.',
        errors: [{ messageId: 'missing', output: 'Mum will attend a parenting course by [date].' }],
      },
      {
        // Ending on who gives it, a second "by" would read as another agent.
        text: 'Leo will write an essay on the topic set by his youth justice worker.',
        errors: [
          {
            messageId: 'missing',
            output:
              'Leo will write an essay on the topic set by his youth justice worker no later than [date].',
          },
        ],
      },
      {
        text: 'Ruby to be ready for school on time.',
        errors: [
          { messageId: 'missing', output: 'Ruby to be ready for school on time by [date].' },
        ],
      },
      {
        text: 'Mum will attend all 10 sessions by [date].',
        errors: [{ messageId: 'fill', marked: '[date]' }],
      },
    ],
  },
};
export default rule;
