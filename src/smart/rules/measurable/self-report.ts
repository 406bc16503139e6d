import type { Rule } from '../../rule';
import { selfReportOnly } from '../../features';

/** A parent's own word is where checking starts, not what it rests on. */
const rule: Rule = {
  id: 'measurable/self-report',
  criterion: 'measurable',
  description: "Progress is checked by something independent, not only the family's own report.",
  why: 'When the only evidence is what the family says, the core group cannot tell progress from hope.',
  severity: 'error',
  messages: {
    self: 'The only evidence here is {{who}} own report: add something independent (a test, a register, an observation by a named professional).',
  },
  check({ analysis }) {
    if (!selfReportOnly(analysis)) return [];
    const c = analysis.clauses.find((x) =>
      /^(?:confirm|report|tell|say|state|agree|promise|feel)/i.test(x.verb),
    );
    const who = c && c.subject.kind === 'child' ? "the child's" : "the family's";
    return c
      ? [{ messageId: 'self', data: { who }, start: c.verbStart, end: c.verbEnd }]
      : [{ messageId: 'self', data: { who } }];
  },
  examples: {
    valid: [
      // How often she goes is counted apart from what she tells her worker.
      "Ruby will go to the young carers' group every Thursday after school from January, and will tell her social worker how it is going at each visit.",
      'Mum will report that Reggie is sleeping through the night on at least 5 nights a week, as recorded in the sleep diary the health visitor checks fortnightly.',
      'Dad will give a urine sample every Monday, with results sent to the social worker weekly.',
      // Mum's bank statements are a record, not her word.
      "Mum will pay the rent in full every month from January 2027, confirmed by Mum's bank statements shown to the social worker monthly.",
      // "her" before a noun says whose worker it is: the worker's word is independent.
      'Mum will stay off cocaine, as confirmed by her drug worker every month until the review.',
    ],
    invalid: [
      {
        text: 'Mum will confirm to the social worker at each monthly visit that she has stopped using.',
        errors: [{ messageId: 'self', marked: 'confirm' }],
      },
      {
        text: 'Mum will confirm to the allocated social worker at each monthly visit that she has stopped using.',
        errors: [{ messageId: 'self', marked: 'confirm' }],
      },
      {
        text: "Dad will tell Kai's social worker that he is not drinking.",
        errors: [{ messageId: 'self', marked: 'tell' }],
      },
      {
        text: 'Dad will tell the social worker that he is not drinking.',
        errors: [{ messageId: 'self', marked: 'tell' }],
      },
    ],
  },
};
export default rule;
