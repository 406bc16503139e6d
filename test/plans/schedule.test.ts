import { DEFAULT_SCHEDULE, mergeSchedule, ScheduleConfigError } from '../../src/plans/schedule';

describe('mergeSchedule', () => {
  it('accepts stricter timescales, in the same unit or another', () => {
    const merged = mergeSchedule({
      planTypes: {
        'child-protection': {
          series: {
            'review-conference': {
              first: { unit: 'weeks', count: 10 },
              then: { unit: 'months', count: 5 },
            },
          },
        },
        'looked-after': {
          series: { 'lac-review': { first: { unit: 'working-days', count: 15 } } },
        },
      },
    });
    const rc = merged.planTypes['child-protection'].series.find(
      (s) => s.kind === 'review-conference',
    );
    expect(rc?.first).toEqual({ unit: 'weeks', count: 10, statutory: true });
    expect(rc?.then).toEqual({ unit: 'months', count: 5, statutory: true });
    // The default is untouched.
    expect(DEFAULT_SCHEDULE.planTypes['child-protection'].series[1].first.count).toBe(3);
  });

  it('refuses looser-than-statutory values, naming the rule, the limit and its source', () => {
    expect(() =>
      mergeSchedule({
        planTypes: {
          'child-protection': {
            series: { 'review-conference': { then: { unit: 'months', count: 7 } } },
          },
        },
      }),
    ).toThrow(
      'The later review conference (child-protection) within 7 months is looser than the statutory 6 months ' +
        '(Working Together to Safeguard Children 2023). An organisation may set stricter timescales, not looser ones.',
    );
    // 14 weeks may be longer than 3 months (89 days at the shortest).
    expect(() =>
      mergeSchedule({
        planTypes: {
          'child-protection': {
            series: { 'review-conference': { first: { unit: 'weeks', count: 14 } } },
          },
        },
      }),
    ).toThrow(ScheduleConfigError);
    expect(() =>
      mergeSchedule({
        planTypes: { ehc: { series: { 'ehcp-review': { then: { unit: 'months', count: 13 } } } } },
      }),
    ).toThrow(/SEND Code of Practice/);
  });

  it('lets local (non-statutory) timescales go either way', () => {
    const merged = mergeSchedule({
      planTypes: {
        'child-in-need': { series: { 'cin-review': { then: { unit: 'months', count: 6 } } } },
      },
    });
    expect(merged.planTypes['child-in-need'].series[0].then.count).toBe(6);
  });

  it('lists every problem at once: bad counts, unknown series, regions and dates', () => {
    try {
      mergeSchedule({
        region: 'wales' as never,
        extraClosures: ['29/12/2027'],
        planTypes: {
          ehc: {
            series: {
              'core-group': { first: { unit: 'weeks', count: 2 } },
              'ehcp-review': { first: { unit: 'months', count: 0 } },
            },
          },
        },
      });
      throw new Error('expected a ScheduleConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ScheduleConfigError);
      expect((err as ScheduleConfigError).problems).toEqual([
        'The first EHC plan annual review (ehc): the count must be a whole number of at least 1; got 0.',
        'Plans of type "ehc" have no "core-group" meetings to reschedule: use ehcp-review.',
        'There is no region "wales": use one of england-and-wales, scotland, northern-ireland.',
        '"29/12/2027" is not a date: write closure days as YYYY-MM-DD.',
      ]);
      // Each problem says where it is, so a form can show it beside its field.
      expect((err as ScheduleConfigError).issues.map((i) => i.path.join('.'))).toEqual([
        'planTypes.ehc.series.ehcp-review.first.count',
        'planTypes.ehc.series.core-group',
        'region',
        'extraClosures.0',
      ]);
    }
  });

  it('selects another jurisdiction and adds closure days', () => {
    const merged = mergeSchedule({ region: 'scotland', extraClosures: ['2027-12-29'] });
    expect(merged.calendar).toEqual({
      region: 'scotland',
      extraClosures: ['2027-12-29'],
      extraBankHolidays: [],
    });
  });
});
