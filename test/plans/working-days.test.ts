import { addMonths, formatUkDate, isIsoDate } from '../../src/plans/iso-date';
import {
  addWorkingDays,
  isWorkingDay,
  onOrBeforeWorkingDay,
  type WorkingCalendar,
} from '../../src/plans/working-days';

const EW: WorkingCalendar = { region: 'england-and-wales' };

describe('working days', () => {
  it('skips weekends: 10 working days from a Monday is the Monday a fortnight on', () => {
    expect(addWorkingDays('2027-02-01', 10, EW)).toBe('2027-02-15');
    // From a Friday, the count starts on the Monday.
    expect(addWorkingDays('2027-02-05', 1, EW)).toBe('2027-02-08');
  });

  it('skips Christmas, Boxing Day and New Year with their substitute days', () => {
    // Thu 23/12/2027: Fri 24 (1), Mon 27 and Tue 28 are substitutes, Wed 29 (2), Thu 30 (3), Fri 31 (4),
    // Mon 03/01/2028 is New Year's substitute, Tue 04/01 (5).
    expect(addWorkingDays('2027-12-23', 5, EW)).toBe('2028-01-04');
    expect(isWorkingDay('2026-12-28', EW)).toBe(false);
  });

  it('skips Good Friday and Easter Monday in England, only Good Friday in Scotland', () => {
    // Thursday 25/03/2027; Good Friday 26/03, Easter Monday 29/03.
    expect(addWorkingDays('2027-03-25', 1, EW)).toBe('2027-03-30');
    expect(addWorkingDays('2027-03-25', 1, { region: 'scotland' })).toBe('2027-03-29');
  });

  it('uses the chosen jurisdiction: St Patrick’s Day in Northern Ireland, 2 January in Scotland', () => {
    expect(isWorkingDay('2027-03-17', { region: 'northern-ireland' })).toBe(false);
    expect(isWorkingDay('2027-03-17', EW)).toBe(true);
    expect(isWorkingDay('2026-01-02', { region: 'scotland' })).toBe(false);
    expect(isWorkingDay('2026-01-02', EW)).toBe(true);
  });

  it('honours an organisation’s own closure days', () => {
    const closed: WorkingCalendar = {
      region: 'england-and-wales',
      extraClosures: ['2027-12-29', '2027-12-30', '2027-12-31'],
    };
    // Fri 24/12 (1); 27-28 substitutes; 29-31 closed; 03/01 New Year substitute; Tue 04/01 (2).
    expect(addWorkingDays('2027-12-23', 2, closed)).toBe('2028-01-04');
    expect(addWorkingDays('2027-12-23', 2, EW)).toBe('2027-12-29');
  });

  it('pulls a deadline on a weekend or bank holiday back to the working day before', () => {
    expect(onOrBeforeWorkingDay('2027-05-03', EW)).toBe('2027-04-30'); // Early May bank holiday
    expect(onOrBeforeWorkingDay('2027-05-04', EW)).toBe('2027-05-04');
  });

  it('refuses a negative count or a non-date with a clear message', () => {
    expect(() => addWorkingDays('2027-01-01', -1, EW)).toThrow(/whole number/);
    expect(() => addWorkingDays('31/01/2027', 1, EW)).toThrow(/not a date written YYYY-MM-DD/);
  });
});

describe('calendar months', () => {
  it('clamps to the end of shorter months and knows leap years', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2027-10-15', 3)).toBe('2028-01-15');
  });

  it('recognises real dates only and writes them the British way', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(formatUkDate('2027-03-31')).toBe('31/03/2027');
  });
});
