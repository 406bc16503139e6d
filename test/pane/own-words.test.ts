/**
 * The pane's family panel says how often the plan quotes who it is for, in the plan's own words
 * for them: a care leaver's pathway plan quotes "the young person", any other plan the child.
 */
import { ownWordsLine, pairedHow } from '../../src/ui/strings';

describe("the pane's line about the plan's own words", () => {
  it('names the young person in a pathway plan and the child in any other', () => {
    expect(ownWordsLine(1, 'pathway')).toBe("The young person's own words are quoted once.");
    expect(ownWordsLine(0, 'pathway')).toBe("The young person's own words are not quoted yet.");
    expect(ownWordsLine(3, 'other')).toBe("The child's own words are quoted 3 times.");
    expect(ownWordsLine(0, 'send')).toBe("The child's own words are not quoted yet.");
  });
});

describe('how the pane says an answer was paired with its worry', () => {
  it('names a table row only when the answer is in a table', () => {
    expect(pairedHow('table', true)).toBe(' (same table row)');
    // "Worry 2": its danger statement, then its safety goal, in a section of their own.
    expect(pairedHow('table', false)).toBe(' (set out with it in the plan)');
    expect(pairedHow('hand', false)).toBe(' (linked by hand)');
    expect(pairedHow('meaning', false)).toBe('');
  });
});
