import type { Rule } from '../../rule';
import { hasWho } from '../../features';

/** Nobody is accountable for an objective that names no person or role. */
const rule: Rule = {
  id: 'specific/no-who',
  criterion: 'specific',
  description: 'The objective names a person or role responsible, not "services" or "the family".',
  why: 'When nobody is named, nobody knows it is theirs to do, and the plan drifts.',
  severity: 'error',
  messages: {
    missing:
      'Say who: name the person or role (for example Mum, Dad, the child, the social worker).',
    collective:
      '"{{words}}" does not say who: name the person or role who will do this (for example the health visitor).',
    passive: 'Say who will do this: "{{words}}" does not name anyone.',
  },
  check({ analysis }) {
    if (hasWho(analysis)) return [];
    const collective = analysis.clauses.find(
      (c) => c.subject.kind === 'collective' || c.subject.kind === 'family',
    );
    if (collective) {
      const { start, end } = collective.subject;
      return [
        { messageId: 'collective', data: { words: analysis.text.slice(start, end) }, start, end },
      ];
    }
    const passive = analysis.clauses.find((c) => c.passive);
    if (passive) {
      const { verbStart: start, verbEnd: end } = passive;
      return [
        { messageId: 'passive', data: { words: analysis.text.slice(start, end) }, start, end },
      ];
    }
    return [{ messageId: 'missing' }];
  },
  examples: {
    valid: [
      // An IEP tool's template field for the child's name names the child, as "[Student]" does.
      '{{studentName}} will read 20 sight words by 1 July 2027.',
      'The health visitor will weigh Lily every two weeks at the clinic.',
      'Mum will take Jamie to the dentist on 3 March 2027.',
      // A child welfare agency named by its own name is accountable ("the department" is not).
      'DFCS will help Mrs Reyes apply for TANF by 1 March 2027.',
      'There will be no police call-outs to the address, checked by the social worker before each core group.',
      "Ava's bedroom will have a cot, seen by the social worker at the next visit.",
      'Complete the housing application by 30 January 2027.',
      'Take your children to the dentist when a check-up is due.',
      // A command about the signer's own life or duties names the signer, dated or not.
      'Pay child support.',
      'Report any change of address to the social worker.',
      // With no subject written, the child the plan is for does what a child can do.
      'To complete his homework every night before 8pm.',
      'Might be able to count up to 20 objects by the end of the spring term.',
      'The care order will be reviewed in three months by the judge.',
      // A name edited out of a quoted plan, as court reports print them.
      '[B] will attend school on at least 4 days a week until the review.',
      // A parent's wish names the child who is to do it.
      'I want my son to brush his teeth twice a day, before school and at bedtime.',
      // The parties and the young person as orders and leaving-care plans name them.
      'By 1 March 2027 the respondent shall pay the school fees in full.',
      'The person must not re-offend during the 12 months of the order.',
      'The young adult will cook a meal for the household once a week by March 2027.',
      // The child's own words: "I" and its verb come before the "to", so "I" is who.
      'I have the chance to see my brother every month at the contact centre.',
      'I know who to call when I feel unsafe at home, by the next core group.',
      // A passive's agent described, not titled, still names who.
      'The baby will be driven to nursery only by a licensed and insured driver each weekday.',
    ],
    invalid: [
      {
        text: 'Services will support the family to engage.',
        errors: [{ messageId: 'collective', marked: 'Services' }],
      },
      {
        text: 'Professionals to work together.',
        errors: [{ messageId: 'collective', marked: 'Professionals' }],
      },
      { text: 'Improve home conditions.', errors: [{ messageId: 'missing' }] },
      { text: 'Refer Maya to CAMHS.', errors: [{ messageId: 'missing' }] },
      // What only the adults do for a child is not the child's to do.
      {
        text: 'To reimburse the foster carers for the cost of school uniform.',
        errors: [{ messageId: 'missing' }],
      },
      {
        text: "Oscar's views will be sought.",
        errors: [{ messageId: 'passive', marked: 'be sought' }],
      },
    ],
  },
};
export default rule;
