import { overlapping, overlaps } from './text';

describe('overlapping', () => {
  // Spans as findTimes returns them: sorted, none overlapping another.
  const spans = [
    { start: 0, end: 3 },
    { start: 5, end: 9 },
    { start: 9, end: 12 },
    { start: 20, end: 30 },
  ];

  it('finds the same spans as testing each one', () => {
    for (let start = 0; start < 32; start++)
      for (let end = start + 1; end <= 33; end++) {
        const span = { start, end };
        expect(overlapping(spans, span)).toEqual(spans.filter((s) => overlaps(s, span)));
      }
  });

  it('finds nothing in an empty list', () => {
    expect(overlapping([], { start: 0, end: 5 })).toEqual([]);
  });
});
