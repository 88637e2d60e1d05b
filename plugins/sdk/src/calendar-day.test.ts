import { describe, expect, it } from 'vitest';
import { kazakhstanYear } from './calendar-day';

describe('kazakhstanYear', () => {
  it('turns the year at midnight in Kazakhstan (UTC+5), not in the browser', () => {
    expect(kazakhstanYear(new Date('2026-12-31T18:59:59Z'))).toBe(2026);
    expect(kazakhstanYear(new Date('2026-12-31T19:00:00Z'))).toBe(2027);
  });
});
