import type { Rule } from '../../rule';
import { wordsBefore } from '../../text';

/** "[State names of parent(s)/guardian(s)]": an instruction, not a choice among options. */
const INSTRUCTION = /\b(?:state|insert|enter|name|specify|add|write)\b/i;
/**
 * A bare gap ("______", "……") in the middle of a task is a detail (a place, a count, a kind of
 * classroom) that leaves what happens clear, and the plan check still lists it; after "tell" or
 * "go to" it is who or where to turn, and before "must" or "will" it is who acts.
 */
const BARE = /^[_.…\s]+$/;
const SUBJECT_GAP = /^\s*(?:must|will|shall|should|to|can|may)\b/i;
const TOLD =
  /\b(?:tell|tells|ask|call|ring|phone|text|go to|stay with|(?:speak|talk|report|send|give it|show it) (?:to|with))\s*$/i;

/** Gaps for who checks it belong to measurable: "as recorded by [who]". */
const MEASURE_CONTEXT =
  /\b(?:recorded|checked|measured|observed|reported|confirmed|seen|monitored)\s+(?:by|in|on)\s*$/i;

/**
 * A gap left in a template ("[named service]", "tell ______") says nothing yet: the objective is
 * not specific until someone fills it in.
 */
const rule: Rule = {
  id: 'specific/unfilled-slot',
  criterion: 'specific',
  description: 'Every gap left in a template ("[named service]", "______") is filled in.',
  why: 'A gap tells the family nothing about what will happen or who will do it.',
  severity: 'error',
  messages: {
    fill: 'Fill in {{words}}: say exactly who, what or where.',
  },
  check({ analysis }) {
    const text = analysis.text;
    return analysis.placeholders
      .filter(
        (p) =>
          !p.person &&
          (p.kind === 'who' ||
            p.kind === 'where' ||
            (p.kind === 'what' &&
              (!BARE.test(p.text) ||
                TOLD.test(wordsBefore(text, p.start, 12)) ||
                SUBJECT_GAP.test(text.slice(p.end, p.end + 12))))) &&
          // "[ANY / ANY FEMALE / ANY MALE]": the template gives the choices (an instruction to
          // "State names of parent(s)/guardian(s)" still asks for them).
          !(p.text.includes('/') && !INSTRUCTION.test(p.text)) &&
          // "___________ County DFCS Case Manager": the role is named; only its place is not.
          !analysis.roles.some((r) => r.start >= p.end && r.start <= p.end + 30) &&
          // "[specific situation, e.g., a classroom activity]": the writer gave the detail.
          !/\be\.?g\.?[,\s]/i.test(p.text) &&
          !MEASURE_CONTEXT.test(text.slice(Math.max(0, p.start - 20), p.start)),
      )
      .map((p) => ({
        messageId: 'fill',
        data: { words: p.text },
        start: p.start,
        end: p.start + p.text.length,
      }));
  },
  examples: {
    valid: [
      // A gap for a detail leaves what happens clear (the plan check still lists it).
      'Kai will draw ___ lines and ___ shapes using the magnifier by the end of term.',
      'Kai will read in a ____ classroom setting for 10 minutes a day.',
      'Jay will send a copy of his diploma to the ___________ County case manager by 1 July 2027.',
      // The template gives the choices.
      'Kai will decode words with [vowel teams / r-controlled vowels] with 80% accuracy.',
      '[Student] will read 20 words by the end of term.',
      'Sam will read to an adult, as recorded by [who] in the reading log.',
      // A missing number is for measurable to ask for; the "what" is there.
      'Sam will write [number of] paragraphs by the end of term.',
      'Sam will name three feelings during a [specific situation, e.g., circle time].',
    ],
    invalid: [
      {
        text: 'If I feel unsafe I will talk with ______ about it.',
        errors: [{ messageId: 'fill', marked: '______' }],
      },
      {
        text: 'Mum and ………… must also attend the meetings.',
        errors: [{ messageId: 'fill', marked: '…………' }],
      },
      {
        text: 'If I am hurt I will tell ______.',
        errors: [{ messageId: 'fill', marked: '______' }],
      },
      {
        text: 'Mum will attend [named service] every week.',
        errors: [{ messageId: 'fill', marked: '[named service]' }],
      },
    ],
  },
};
export default rule;
