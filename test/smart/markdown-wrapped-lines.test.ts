import { checkPlan } from '../../src/smart';
import { findWorries } from '../../src/smart/worries/find-worries';
import { objectivesOf, planOf } from '../helpers/plan-of';

/**
 * Plans written in Markdown wrap their paragraphs at a line's width, as Markdown allows: the
 * lines after the first are the same paragraph. Read one line at a time (fictional plans, found
 * on the labelled worries plans), "Her father has had no contact" and "for six years, and Nain …"
 * were two worries, and an objective's date on its second line was not its date.
 */
describe('a Markdown plan wrapped at a line width', () => {
  it('reads a wrapped worry as one sentence, not two worries', () => {
    const worries = findWorries(
      planOf(
        [
          '## What we are worried about',
          '',
          'There is no agreed plan for who will care for Cerys when her mother dies. Her father has had no contact',
          'for six years, and Nain has said she would love to have Cerys but is worried about her own health.',
        ],
        'markdown',
      ),
    ).map((w) => w.text);
    expect(worries.some((w) => /^for six years/.test(w))).toBe(false);
    expect(worries.some((w) => /Her father has had no contact for six years/.test(w))).toBe(true);
  });

  it("reads a wrapped objective's date on its second line", () => {
    const item =
      'Mum will take Ava to the dentist at Oakfield Surgery and keep the appointment, as the';
    const verdicts = checkPlan(
      planOf(
        ['## What needs to happen', '', `- ${item}`, '  surgery will confirm, by 31/01/2027.'],
        'markdown',
      ),
      { today: new Date(2026, 11, 1) },
    ).objectives;
    expect(verdicts.map((v) => v.objective.text)).toEqual([
      `${item} surgery will confirm, by 31/01/2027.`,
    ]);
    expect(verdicts[0].criteria.timely.met).toBe(true);
  });

  it('keeps lines that each start a sentence of their own apart', () => {
    expect(
      objectivesOf(
        [
          '## What needs to happen',
          '',
          'Mum will take Ava to every dentist appointment at Oakfield Surgery.',
          'Dad will collect Ava from school on Tuesdays and Thursdays.',
        ],
        'markdown',
      ),
    ).toHaveLength(2);
  });

  it('still reads the actions under a longer numbered title among numbered sections', () => {
    const found = objectivesOf(
      [
        '1. Background',
        '',
        'Sana spoke to her Head of Year on 7 March 2025, and a strategy meeting was held on',
        '11/03/2025 with the police and the school.',
        '',
        '2. Keeping Sana safe from being forced to marry',
        '',
        'Need: The family has booked flights overseas for 22 July 2025.',
        '',
        'Action: Social worker to notify the Forced Marriage Unit by 21/03/2025.',
        '',
        '3. Safety at home',
        '',
        'Need: Sana says her brother checks her phone every night.',
        '',
        'Action: Sana to be given a school mobile phone by 21/03/2025.',
      ],
      'markdown',
    );
    expect(found).toEqual([
      'Social worker to notify the Forced Marriage Unit by 21/03/2025.',
      'Sana to be given a school mobile phone by 21/03/2025.',
    ]);
  });
});
