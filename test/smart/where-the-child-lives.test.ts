/**
 * Where a child lives, and with whom, is so or not: anyone can check it (a reading shared by the
 * tune halves of real sets O, S, V and W, judgments and case plans quoting care plans, and by our
 * own registers). The objectives below are made up in the same shapes; the labelled ones stay in
 * test/corpus and test/fixtures.
 */
import { metOn } from '../helpers/verdict-letters';

const measurable = metOn('measurable');

describe('where the child lives', () => {
  it.each([
    'Maisie will remain in her current placement until the final hearing.',
    'Tom to remain with his current carers long term.',
    'Ellie and Ben will be returned to the care of their father over a period of six weeks.',
    'The children will be reunited with her by the end of March 2027.',
    'Jay will be placed with his aunt under a kinship arrangement by the next review.',
    'Leon will stay in the respite placement for a further week.',
    'If you have gone out, return home by the time agreed with your carer.',
  ])('reads "%s" as measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A place in a programme is a status on the record (measures.ts reads it); looking for one
    // is not.
    'Jay will be helped to look for a programme that suits him.',
    'Mum will take part in a return home interview after every missing episode.',
  ])('still reads "%s" as having nothing to count or check', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
