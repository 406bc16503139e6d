import { overlapping, overlaps, sentenceBefore } from './text';

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

test('sentenceBefore reads back to the start of the sentence or clause, within its limit', () => {
  const text = 'Mum was not home. Maya said her wish is "for Daddy to come".';
  const at = text.indexOf('"');
  expect(sentenceBefore(text, at).trimStart()).toBe('Maya said her wish is ');
  expect(sentenceBefore('Is it? Yes; Leo said ', 21).trimStart()).toBe('Leo said ');
  expect(sentenceBefore(text, at, 10)).toBe('r wish is ');
});
