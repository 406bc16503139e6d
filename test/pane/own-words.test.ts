/**
 * The pane's family panel says how often the plan quotes who it is for, in the plan's own words
 * for them: a care leaver's pathway plan quotes "the young person", any other plan the child.
 */
import { ownWordsLine } from '../../src/ui/strings';

describe("the pane's line about the plan's own words", () => {
  it('names the young person in a pathway plan and the child in any other', () => {
    expect(ownWordsLine(1, 'pathway')).toBe("The young person's own words are quoted once.");
    expect(ownWordsLine(0, 'pathway')).toBe("The young person's own words are not quoted yet.");
    expect(ownWordsLine(3, 'other')).toBe("The child's own words are quoted 3 times.");
    expect(ownWordsLine(0, 'send')).toBe("The child's own words are not quoted yet.");
  });
});
