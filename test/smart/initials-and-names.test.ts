/**
 * Plans shared beyond the family write a child as initials ("AB", "A.B.", "J."), as "Child A" or
 * as a de-identified code ("S001", "C1"), and a parent as a name with the role beside it ("Sarah
 * (Mum)"). Every objective of our labelled sets whose subject is a child's name, or that opens
 * "Mum will/to/must/should", is checked again written so, and each letter's verdict must stay as
 * it was.
 */
import { childNamed } from '../helpers/child-named';
import { changedVerdicts, ownLabelledTexts } from '../helpers/verdict-letters';

const children = childNamed();
const mums = ownLabelledTexts().filter((text) => /^Mum (?:will|to|must|should)\b/.test(text));

const INITIALS = ['AB', 'JB', 'A.B.', 'A. B.', 'J.', 'Child A', 'S001', 'C1'];
const PARENTS = ['Sarah (Mum)', 'Sarah (mother)', 'Ms Sarah Hill (Mum)', 'Mum (Sarah)'];

describe('initials and names with roles', () => {
  it('has objectives to try', () => {
    expect(children.length).toBeGreaterThan(90);
    expect(mums.length).toBeGreaterThan(40);
  });

  it.each(INITIALS)('leaves every verdict as it was with the child written "%s"', (initials) => {
    const rewrite = (o: { text: string; name: string }) =>
      o.text.replace(new RegExp(`\\b${o.name}\\b`, 'g'), initials);
    expect(changedVerdicts(children, (o) => o.text, rewrite)).toEqual([]);
  });

  it.each(PARENTS)('leaves every verdict as it was with Mum written "%s"', (parent) => {
    expect(
      changedVerdicts(
        mums,
        (t) => t,
        (t) => t.replace(/^Mum\b/, parent),
      ),
    ).toEqual([]);
  });
});
