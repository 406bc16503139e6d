/**
 * A phrase put before the subject ("Further to the strategy meeting, ...", "Because of the
 * worries about neglect, ...") says why or when the objective was set; it changes nothing the
 * objective asks of anyone. Real plans open this way often, so every objective of our labelled
 * sets that starts with its subject is checked again behind such phrases, and each letter's
 * verdict must stay as it was.
 */
import { changedVerdicts, ownLabelledTexts } from '../helpers/verdict-letters';

/** Phrases that name no person, time, amount or vague standard of their own. */
const FRONTED = [
  'Further to the strategy meeting,',
  'Because of the worries about neglect,',
  'Alongside this,',
  'As agreed at the core group,',
  'In line with the plan,',
  'With help from the nursery,',
  'At home,',
  'Given the history,',
  'Following the conference,',
  'Due to the history of neglect,',
];

/** Objectives that open with their subject: a name or a family role, then a modal or "to". */
const objectives = ownLabelledTexts().filter((text) =>
  /^(?:[A-Z][a-z]+ )(?:will|to|must|should|is|are|and) /.test(text),
);

describe('a phrase fronted before the subject', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(100);
  });

  it.each(FRONTED)('leaves every verdict as it was behind "%s"', (phrase) => {
    expect(
      changedVerdicts(
        objectives,
        (t) => t,
        (t) => `${phrase} ${t}`,
      ),
    ).toEqual([]);
  });
});

/**
 * A condition put first ("If the baby is unwell, the health visitor will ...") ends at its
 * comma: who acts is the subject after it, not the person the condition is about.
 */
const CONDITIONS = ['If a child is absent from school,', 'When the baby is unwell,'];

describe('a condition fronted before the subject', () => {
  it.each(CONDITIONS)('still finds who acts behind "%s"', (phrase) => {
    expect(
      changedVerdicts(
        objectives,
        (t) => t,
        (t) => `${phrase} ${t}`,
        // "SMRTO -> SMRTO: …": the first letter of each verdict is specific.
      ).filter((change) => change[0] !== change[9]),
    ).toEqual([]);
  });
});
