/**
 * "Amy will", "Amy is going to", "Amy is to", "Amy to", "Amy will need to": plans say what a child
 * will do in all these ways, and each says the same thing. Every objective of our labelled sets
 * whose subject is a child's name is checked again with each in place of "will", and each
 * letter's verdict must stay as it was; "there must be no …" is read as "there will be no …".
 */
import { childNamed } from '../helpers/child-named';
import { changedVerdicts, ownLabelledTexts } from '../helpers/verdict-letters';

const MODALS = ['is going to', 'is to', 'to', 'will need to', 'shall'];
const objectives = childNamed().filter((o) => o.modal === 'will');
const thereWillBe = ownLabelledTexts().filter((t) => /^There will be /.test(t));

describe('another way of saying "will"', () => {
  it('has objectives to try', () => {
    expect(objectives.length).toBeGreaterThan(50);
    expect(thereWillBe.length).toBeGreaterThan(1);
  });

  it.each(MODALS)('leaves every verdict as it was with "%s" for a child’s "will"', (modal) => {
    expect(
      changedVerdicts(
        objectives,
        (o) => o.text,
        (o) => `${o.name} ${modal} ${o.rest}`,
      ),
    ).toEqual([]);
  });

  it.each(['must', 'shall'])('reads "there %s be" as "there will be"', (modal) => {
    expect(
      changedVerdicts(
        thereWillBe,
        (t) => t,
        (t) => t.replace(/^There will be/, `There ${modal} be`),
      ),
    ).toEqual([]);
  });
});
