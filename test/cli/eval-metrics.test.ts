import {
  computeMetrics,
  findDisagreements,
  parseLabelledJsonl,
  type CriterionFlags,
  type Scored,
} from '../../src/cli/eval-metrics';

const all = (met: boolean): CriterionFlags => ({
  specific: met,
  measurable: met,
  realistic: met,
  timely: met,
  outcome: met,
});

function scored(
  id: string,
  labels: Partial<CriterionFlags>,
  predicted: Partial<CriterionFlags>,
): Scored {
  return {
    item: { id, line: 1, text: id, labels: { ...all(true), ...labels } },
    predicted: { ...all(true), ...predicted },
  };
}

describe('computeMetrics', () => {
  it('scores the not-met class: precision, recall and F1 per criterion', () => {
    // specific: labels not met on a, b; checker says not met on a, c.
    const data = [
      scored('a', { specific: false }, { specific: false }),
      scored('b', { specific: false }, {}),
      scored('c', {}, { specific: false }),
      scored('d', {}, {}),
    ];
    const m = computeMetrics(data).perCriterion.specific;
    expect(m).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 1,
      support: 2,
    });
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(0.5);
  });

  it('averages F1 over the five criteria, counting a criterion nobody failed and nobody flagged as perfect', () => {
    const data = [scored('a', { timely: false }, {}), scored('b', {}, {})];
    const metrics = computeMetrics(data);
    expect(metrics.perCriterion.timely.f1).toBe(0);
    expect(metrics.perCriterion.specific.f1).toBe(1);
    expect(metrics.macro.f1).toBeCloseTo(4 / 5);
  });

  it('measures agreement on whole-objective verdicts, not on each letter', () => {
    const data = [
      // Both say "not SMART", for different reasons: that is agreement on the whole verdict.
      scored('a', { specific: false }, { timely: false }),
      scored('b', {}, {}),
      scored('c', {}, { outcome: false }),
    ];
    expect(computeMetrics(data).wholeObjective).toEqual({ agreed: 2, agreement: 2 / 3 });
  });
});

describe('findDisagreements', () => {
  it('lists each criterion where the checker and the label differ, in order', () => {
    const data = [scored('a', { specific: false }, { timely: false }), scored('b', {}, {})];
    expect(findDisagreements(data)).toEqual([
      { id: 'a', line: 1, criterion: 'specific', expected: false, predicted: true },
      { id: 'a', line: 1, criterion: 'timely', expected: true, predicted: false },
    ]);
  });
});

describe('parseLabelledJsonl', () => {
  it('reads labelled lines and reports bad ones by line number without quoting them', () => {
    const content = [
      '{"id": "x-1", "text": "Mum will attend.", "specific": true, "measurable": false, "realistic": true, "timely": false, "outcome": false}',
      '',
      '{"text": "Secret child name", "specific": true}',
      'not json',
      '{"text": "No id", "specific": true, "measurable": true, "realistic": true, "timely": true, "outcome": true}',
    ].join('\n');
    const { items, errors } = parseLabelledJsonl(content);
    expect(items.map((i) => [i.id, i.line, i.labels.measurable])).toEqual([
      ['x-1', 1, false],
      ['line 5', 5, true],
    ]);
    expect(errors).toEqual([
      { line: 3, message: 'needs true/false labels for measurable, realistic, timely, outcome' },
      { line: 4, message: 'is not valid JSON' },
    ]);
    expect(JSON.stringify(errors)).not.toContain('Secret');
  });
});
