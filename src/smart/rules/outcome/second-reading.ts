import type { Rule } from '../../rule';
import { endInsertion } from '../../features';
import { outcomeSettled, readAgain } from '../../second-reading/check';
import { addChange } from './add-change';

/**
 * Real plans say what adults will do in more shapes than any list of patterns holds. Trained on
 * labelled real objectives, the second reading catches actions the rules above let through.
 */
const rule: Rule = {
  id: 'outcome/second-reading',
  criterion: 'outcome',
  description:
    'A second reading, trained on labelled real plans, of whether the objective states a change for the child.',
  why: 'Actions can all be done while the child’s life stays the same; the change is what the plan is for.',
  severity: 'error',
  after: true,
  messages: {
    read: 'This reads as something the adults will do, not a change for the child (from words such as "{{words}}"): add what will be different for the child as a result.',
    readNoWords:
      'This reads as something the adults will do, not a change for the child: add what will be different for the child as a result.',
  },
  check(context) {
    if (outcomeSettled(context.analysis)) return [];
    const report = readAgain('outcome', context);
    if (!report) return [];
    return [{ ...report, suggestion: addChange(endInsertion(context.text)) }];
  },
  examples: {
    valid: [
      'Amy will be in bed by 7.30pm on at least 5 nights a week.',
      'Mum will keep the social worker updated about any changes.',
      // A result the rules found stated is not overruled.
      'Dad was ordered to attend the Caring Dads group so that the children feel safe at contact.',
      // The rules pass it on every letter, so the second reading leaves it alone.
      'Jasmine will work with a teaching assistant for 15 minutes every day on a speech programme until July 2027.',
    ],
    invalid: [
      {
        text: 'Jasmine will work with a teaching assistant on a speech programme.',
        errors: [
          {
            messageId: 'read',
            marked: 'teaching',
            output:
              'Jasmine will work with a teaching assistant on a speech programme, so that [child] will [what will be different].',
          },
        ],
      },
      {
        // "… to make sure he is okay" is no longer marked since the weights were fitted with a
        // larger penalty (which left-out sets chose); "to check" still reads as the adult's task.
        text: 'Leo’s PA will see him to check he is okay.',
        errors: [
          {
            messageId: 'read',
            marked: 'see',
            output:
              'Leo’s PA will see him to check he is okay, so that [child] will [what will be different].',
          },
        ],
      },
    ],
  },
};

export default rule;
