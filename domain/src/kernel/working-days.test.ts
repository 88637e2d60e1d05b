import { describe, expect, it } from 'vitest';
import { kazakhstanHolidays } from './kazakhstan-holidays.js';
import {
  addCalendarDays,
  addWorkingDays,
  addYears,
  endOnWorkingDay,
  isWorkingDay,
  parseCalendarDay,
} from './working-days.js';

const NONE = new Set<string>();

function calendarOf(year: number): { holidays: Set<string>; worked: Set<string> } {
  const days = kazakhstanHolidays(year);
  return {
    holidays: new Set(days.filter((d) => d.kind === 'day_off').map((d) => d.date)),
    worked: new Set(days.filter((d) => d.kind === 'working_day').map((d) => d.date)),
  };
}

describe('the end of a term on a non-working day (Civil Code art. 173)', () => {
  it('keeps a last day that is a working day', () => {
    expect(endOnWorkingDay('2026-05-13', NONE)).toBe('2026-05-13');
  });

  it('moves a Saturday end to Monday', () => {
    expect(endOnWorkingDay('2026-06-06', NONE)).toBe('2026-06-08');
  });

  it('moves an end past the holidays and their substitute day off', () => {
    const { holidays } = calendarOf(2026);
    // Nauryz 2026: 21–22 March fall on a weekend, so 23–25 March are days off; Thursday 26 March.
    expect(endOnWorkingDay('2026-03-21', holidays)).toBe('2026-03-26');
  });

  it('ends on a weekend day that the government made a working day', () => {
    const { holidays, worked } = calendarOf(2025);
    expect(endOnWorkingDay('2025-01-04', holidays, worked)).toBe('2025-01-05');
  });
});

describe('working days', () => {
  it('counts three working days from a Friday over the weekend to Wednesday', () => {
    expect(addWorkingDays('2026-02-13', 3, NONE)).toBe('2026-02-18');
  });

  it('skips a holiday Monday after a Friday decision', () => {
    // 9 May 2026 is a Saturday, so Monday 11 May is the day off in its place.
    const { holidays } = calendarOf(2026);
    expect(addWorkingDays('2026-05-08', 3, holidays)).toBe('2026-05-14');
  });

  it('skips the whole Nauryz break', () => {
    const { holidays } = calendarOf(2026);
    expect(addWorkingDays('2026-03-20', 3, holidays)).toBe('2026-03-30');
  });

  it('counts a weekend day that the government made a working day', () => {
    const { holidays, worked } = calendarOf(2025);
    // 3 January 2025 was a day off in exchange for Sunday 5 January.
    expect(isWorkingDay('2025-01-03', holidays, worked)).toBe(false);
    expect(isWorkingDay('2025-01-05', holidays, worked)).toBe(true);
    expect(addWorkingDays('2024-12-31', 1, holidays, worked)).toBe('2025-01-05');
    expect(addWorkingDays('2024-12-31', 1, holidays)).toBe('2025-01-06');
  });

  it('counts zero working days as the same day and refuses negative counts', () => {
    expect(addWorkingDays('2026-05-08', 0, NONE)).toBe('2026-05-08');
    expect(() => addWorkingDays('2026-05-08', -1, NONE)).toThrow(RangeError);
  });

  it('adds calendar days across month ends', () => {
    expect(addCalendarDays('2026-01-15', 30)).toBe('2026-02-14');
    expect(addCalendarDays('2026-02-20', 30)).toBe('2026-03-22');
  });

  it('ends a period in years on the same day, or on 28 February for one that starts on 29 February', () => {
    expect(addYears('2025-03-10', 3)).toBe('2028-03-10');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('reads days as written in Kazakhstan and refuses impossible ones', () => {
    expect(parseCalendarDay('2026-05-08')).toBe('2026-05-08');
    expect(parseCalendarDay(' 08.05.2026 ')).toBe('2026-05-08');
    expect(parseCalendarDay('2026-02-30')).toBeNull();
    expect(parseCalendarDay('8 May 2026')).toBeNull();
  });
});

describe("Kazakhstan's national calendar", () => {
  const daysOff = (year: number): string[] =>
    kazakhstanHolidays(year)
      .filter((d) => d.kind === 'day_off')
      .map((d) => d.date);

  it('gives the days off of 2026 as the published production calendar', () => {
    expect(daysOff(2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-09',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-08-30',
      '2026-08-31',
      '2026-10-25',
      '2026-10-26',
      '2026-12-16',
    ]);
  });

  it('moves no day off for Orthodox Christmas falling on a weekend', () => {
    // 7 January 2023 was a Saturday; Monday 9 January was worked.
    const days2023 = kazakhstanHolidays(2023).map((d) => d.date);
    expect(days2023).toContain('2023-01-07');
    expect(days2023).not.toContain('2023-01-09');
  });

  it('seeds the 2025 calendar with the moved day off and the worked Sunday', () => {
    const days = kazakhstanHolidays(2025);
    expect(days.find((d) => d.date === '2025-01-05')).toMatchObject({ kind: 'working_day' });
    expect(days.find((d) => d.date === '2025-06-06')?.name.en).toBe('Kurban Ait');
    expect(daysOff(2025)).toEqual(
      expect.arrayContaining(['2025-01-03', '2025-03-10', '2025-09-01', '2025-10-27']),
    );
  });
});
