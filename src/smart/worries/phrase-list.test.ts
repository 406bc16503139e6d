import { list } from './phrase-list';

describe('a phrase list written as prose', () => {
  it('reads each brace of alternatives as phrases of their own', () => {
    expect(list(`life story,\n  why {she|he} {could not|couldn't} stay, memory box`)).toEqual([
      'life story',
      'why she could not stay',
      "why she couldn't stay",
      'why he could not stay',
      "why he couldn't stay",
      'memory box',
    ]);
  });
});
