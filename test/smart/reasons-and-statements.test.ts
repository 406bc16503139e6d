import { objectivesOf } from '../helpers/plan-of';

/**
 * What a plan says around its objectives, found on fictional plans: a Scottish Child's Plan's
 * "Why Jamie needs a Child's Plan" tells the worries (its apostrophe hid the heading's meaning),
 * and a US case plan's "Parent / caregiver statement:" and "Child statement:" are views. Neither
 * is an objective to be checked.
 */
describe('reasons for the plan and statements beside it', () => {
  it.each(["Why Jamie needs a Child's Plan", 'Why Jamie needs a plan'])(
    'reads the prose under "%s" as the reasons, not objectives',
    (heading) => {
      expect(
        objectivesOf(
          [
            '# Getting it right for every child',
            '',
            "## CHILD'S PLAN",
            '',
            '**Child:** Jamie Donaldson   **Next review:** 14/01/2027',
            '',
            `### ${heading}`,
            '',
            'The Named Person shared a Wellbeing Concern in October after Jamie came back to school after the summer having missed six weeks.',
            '',
            '### What will happen',
            '',
            '- Jamie will be at school every day he is in the area, as the register will show, by 31/03/2027.',
          ],
          'markdown',
        ),
      ).toEqual([
        'Jamie will be at school every day he is in the area, as the register will show, by 31/03/2027.',
      ]);
    },
  );

  it.each([
    'PARENT / CAREGIVER STATEMENT: "I want him to finish school and I will help him get there."',
    'Child statement: "I will go to school if they stop riding me about the vape."',
    "Parent's statement: I will keep the house clean.",
  ])('reads "%s" as a view, not an objective', (line) => {
    expect(
      objectivesOf(
        ['## Case plan', '', 'Mother will take Kaden to school every day by 31/03/2027.', '', line],
        'markdown',
      ),
    ).toEqual(['Mother will take Kaden to school every day by 31/03/2027.']);
  });

  it('still reads a danger statement as a worry, not a view', () => {
    expect(
      objectivesOf(
        [
          '## Case plan',
          '',
          'Danger statement: Dad will hit Mum when he has been drinking.',
          '',
          '- Dad will not drink when caring for the children.',
        ],
        'markdown',
      ),
    ).toEqual(['Dad will not drink when caring for the children.']);
  });
});
