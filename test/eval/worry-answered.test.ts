/**
 * The model that decides whether anything answers a worry is data made by a script from the
 * read plans' hand-made links: it must be what the script makes (so a change to the matcher
 * without retraining is caught), never fitted to the blind plans, and it must read its features
 * in the order they were trained.
 */
import { fit } from '../../scripts/train-worry-answered';
import { loadSet, READ_SETS } from '../../scripts/worry-sets';
import {
  ANSWERED_FEATURES,
  chanceUnanswered,
  trainAnswered,
} from '../../src/smart/worries/answered';
import committed from '../../src/smart/worries/answered-weights.json';

describe('the answered model', () => {
  it('is fitted to the read plans only, never to the blind ones', () => {
    expect(committed.trainedOn.sets).toEqual(READ_SETS);
    for (const set of committed.trainedOn.sets) expect(set).not.toMatch(/blind/);
    expect(committed.trainedOn.worries).toBeGreaterThan(400);
  });

  it('keeps one weight per feature, in the order answeredFeatures gives them', () => {
    expect(committed.features).toEqual([...ANSWERED_FEATURES]);
    for (const list of [committed.mean, committed.sd, committed.weights])
      expect(list).toHaveLength(ANSWERED_FEATURES.length);
  });

  it('has the weights `npm run train:worry-answered` makes from the plans as they are', () => {
    const fresh = fit(READ_SETS.map((name) => loadSet(name)));
    expect(fresh.threshold).toBe(committed.threshold);
    expect(Math.abs(fresh.bias - committed.bias)).toBeLessThan(1e-3);
    // Rounded to six places; a last-digit difference in Math.exp across machines is allowed.
    const furthest = Math.max(...fresh.weights.map((w, i) => Math.abs(w - committed.weights[i])));
    expect(furthest).toBeLessThan(1e-3);
  }, 60_000);
});

describe('fitting the answered model', () => {
  // Worries whose best match is weak are the unanswered ones; the rest of the features are noise.
  const rows = Array.from({ length: 200 }, (_, i) => {
    const best = (i % 20) / 10;
    const x = ANSWERED_FEATURES.map((_, k) => (k === 0 ? best : ((i * 7 + k * 13) % 11) / 11));
    return { x, unanswered: best < 0.6 };
  });

  it('learns that a weak best match means nothing answers the worry', () => {
    const model = { ...trainAnswered(rows), threshold: 0.5 };
    const weak = ANSWERED_FEATURES.map((_, k) => (k === 0 ? 0.2 : 0.5));
    const strong = ANSWERED_FEATURES.map((_, k) => (k === 0 ? 1.8 : 0.5));
    expect(chanceUnanswered(model, weak)).toBeGreaterThan(0.8);
    expect(chanceUnanswered(model, strong)).toBeLessThan(0.2);
  });

  it('gives the same weights every time, and none to a feature that never varies', () => {
    const constant = rows.map((r) => ({ ...r, x: r.x.map((v, k) => (k === 3 ? 1 : v)) }));
    const a = trainAnswered(constant);
    expect(trainAnswered(constant)).toEqual(a);
    expect(a.weights[3]).toBe(0);
    expect(a.sd[3]).toBe(1);
  });
});
