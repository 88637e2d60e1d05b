import { describe, expect, it } from 'vitest';
import { kazakhstanDay, kazakhstanYear } from './calendar-day';

describe('kazakhstanYear', () => {
  it('turns the year at midnight in Kazakhstan (UTC+5), not in the browser', () => {
    expect(kazakhstanYear(new Date('2026-12-31T18:59:59Z'))).toBe(2026);
    expect(kazakhstanYear(new Date('2026-12-31T19:00:00Z'))).toBe(2027);
  });
});

describe('kazakhstanDay', () => {
  it('turns the day at midnight in Kazakhstan, 19:00 UTC the day before', () => {
    expect(kazakhstanDay(new Date('2026-06-30T18:59:59Z'))).toBe('2026-06-30');
    expect(kazakhstanDay(new Date('2026-06-30T19:00:00Z'))).toBe('2026-07-01');
  });
});
