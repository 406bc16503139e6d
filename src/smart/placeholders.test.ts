/** Each example in the placeholders' own table is found exactly as written, and nothing more. */
import { findPlaceholders, maskSlots, PLACEHOLDER_EXAMPLES } from './placeholders';

describe.each(PLACEHOLDER_EXAMPLES.map((e) => [e.text, e] as const))('%s', (text, example) => {
  const found = findPlaceholders(text);

  it('finds the stand-ins for a person', () => {
    expect(found.filter((p) => p.person).map((p) => p.text)).toEqual(example.person);
  });

  it('finds the gaps left to fill', () => {
    expect(found.filter((p) => !p.person).map((p) => p.text)).toEqual(example.slots);
    if (example.kinds)
      expect(found.filter((p) => !p.person).map((p) => p.kind)).toEqual(example.kinds);
  });

  it('masks only the gaps, keeping every offset', () => {
    const masked = maskSlots(text, found);
    expect(masked).toHaveLength(text.length);
    for (const p of found.filter((x) => !x.person))
      expect(masked.slice(p.start, p.end)).toMatch(/^#+$/);
  });
});
