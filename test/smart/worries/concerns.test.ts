import { CONCERNS } from '../../../src/smart/worries/concerns';
import { concernsOf } from '../../../src/smart/worries/pair';

describe('each concern is found in its own examples', () => {
  for (const concern of CONCERNS) {
    it(`${concern.id}: the worry and its answer touch it, the unrelated objective does not`, () => {
      const { worry, answer, unrelated } = concern.examples;
      expect(concernsOf(worry)).toContain(concern.id);
      expect(concernsOf(answer)).toContain(concern.id);
      expect(concernsOf(unrelated)).not.toContain(concern.id);
    });
  }
});

describe('concern entries are well formed', () => {
  it('has unique ids and no phrase listed twice in one concern', () => {
    expect(new Set(CONCERNS.map((c) => c.id)).size).toBe(CONCERNS.length);
    for (const c of CONCERNS) expect(new Set(c.phrases).size).toBe(c.phrases.length);
  });
});

describe('words that mean something else in one concern', () => {
  it('hide only from that concern: clean clothes are no home-conditions worry, but are basic care', () => {
    const found = concernsOf('Leo will wear clean clothes to school every day.');
    expect(found).toContain('basic-care');
    expect(found).not.toContain('home-conditions');
  });

  it('reads sofa surfing as a worry about where the family lives', () => {
    expect(
      concernsOf('Chloe does not have a stable home; she is sofa surfing with friends.'),
    ).toContain('money-housing');
    expect(
      concernsOf('Ryan has no fixed abode and nowhere to live when he leaves prison.'),
    ).toContain('money-housing');
  });
});

describe('grammar words that share a stem with a concern word', () => {
  it('reads "told us" and "use the calendar" as no drug use, and "using again" as drug use', () => {
    // "using" and "us" stem alike, as "ate" and "at" do.
    expect(concernsOf('Kiri has told us she is tired.')).not.toContain('drugs');
    expect(concernsOf('Mum will use the calendar to plan the week.')).not.toContain('drugs');
    expect(concernsOf('Dad is using again and the children see it.')).toContain('drugs');
  });
});
