import {
  BANK_HOLIDAYS,
  BANK_HOLIDAYS_FROM_YEAR,
  BANK_HOLIDAYS_TO_YEAR,
  REGIONS,
} from '../../src/plans/bank-holidays';
import { addDays, dayOfWeek, isIsoDate } from '../../src/plans/iso-date';

// Gregorian computus (anonymous algorithm): re-derives Easter so a mistyped date in the data fails.
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const years = Array.from(
  { length: BANK_HOLIDAYS_TO_YEAR - BANK_HOLIDAYS_FROM_YEAR + 1 },
  (_, i) => BANK_HOLIDAYS_FROM_YEAR + i,
);

describe('bank holiday data', () => {
  it.each(REGIONS)('%s: every entry is a real weekday, in order, without duplicates', (region) => {
    const dates = BANK_HOLIDAYS[region].map(([date]) => date);
    for (const date of dates) {
      expect(isIsoDate(date)).toBe(true);
      expect([0, 6]).not.toContain(dayOfWeek(date));
    }
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('covers 2024 to at least 2030 in every region', () => {
    expect(BANK_HOLIDAYS_FROM_YEAR).toBeLessThanOrEqual(2024);
    expect(BANK_HOLIDAYS_TO_YEAR).toBeGreaterThanOrEqual(2030);
    for (const region of REGIONS) {
      for (const year of years) {
        expect(
          BANK_HOLIDAYS[region].filter(([d]) => d.startsWith(`${year}-`)).length,
        ).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it.each(years)(
    'England and Wales %i: Good Friday and Easter Monday match the computus',
    (year) => {
      const easter = easterSunday(year);
      const ew = new Map(BANK_HOLIDAYS['england-and-wales']);
      expect(ew.get(addDays(easter, -2))).toBe('Good Friday');
      expect(ew.get(addDays(easter, 1))).toBe('Easter Monday');
      // Scotland keeps Good Friday but not Easter Monday.
      const scot = new Map(BANK_HOLIDAYS.scotland);
      expect(scot.get(addDays(easter, -2))).toBe('Good Friday');
      expect(scot.has(addDays(easter, 1))).toBe(false);
    },
  );

  it('moves weekend holidays to substitute weekdays as GOV.UK lists them', () => {
    const ew = new Map(BANK_HOLIDAYS['england-and-wales']);
    // Boxing Day 2026 is a Saturday.
    expect(ew.get('2026-12-28')).toBe('Boxing Day (substitute day)');
    // Christmas 2027 is a Saturday, Boxing Day a Sunday: Monday and Tuesday instead.
    expect(ew.get('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(ew.get('2027-12-28')).toBe('Boxing Day (substitute day)');
    // New Year's Day 2028 is a Saturday.
    expect(ew.get('2028-01-03')).toBe('New Year’s Day (substitute day)');
    // Known GOV.UK entries for 2025.
    for (const d of [
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]) {
      expect(ew.has(d)).toBe(true);
    }
    const scot = new Map(BANK_HOLIDAYS.scotland);
    expect(scot.get('2024-12-02')).toBe('St Andrew’s Day (substitute day)');
    expect(scot.has('2025-08-04')).toBe(true); // first Monday of August in Scotland
    const ni = new Map(BANK_HOLIDAYS['northern-ireland']);
    expect(ni.get('2024-03-18')).toBe('St Patrick’s Day (substitute day)');
    expect(ni.get('2025-07-14')).toBe('Battle of the Boyne (Orangemen’s Day) (substitute day)');
  });
});
