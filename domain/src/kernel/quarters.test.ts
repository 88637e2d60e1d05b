import { describe, expect, it } from 'vitest';
import {
  currentQuarter,
  lastEndedQuarter,
  quarterDays,
  quarterNumbers,
  quarterOfDay,
  quarterOrNull,
  shiftQuarter,
} from './quarters.js';

describe('quarters', () => {
  it('reads YYYY-Qn and nothing else', () => {
    expect(quarterOrNull(' 2026-Q4 ')).toBe('2026-Q4');
    expect(quarterOrNull('2026-Q5')).toBeNull();
    expect(quarterOrNull('1999-Q1')).toBeNull();
    expect(quarterOrNull('2026Q1')).toBeNull();
  });

  it('names the quarter of a day and its days, February of a leap year included', () => {
    expect(quarterOfDay('2028-03-31')).toBe('2028-Q1');
    expect(quarterOfDay('2028-04-01')).toBe('2028-Q2');
    expect(quarterDays('2028-Q1')).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterNumbers('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
  });

  it('steps across years both ways', () => {
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q2', -6)).toBe('2024-Q4');
  });

  it('turns the quarter at midnight in Kazakhstan (19:00 UTC the day before)', () => {
    expect(currentQuarter(new Date('2026-12-31T18:59:00Z'))).toBe('2026-Q4');
    expect(currentQuarter(new Date('2026-12-31T19:00:00Z'))).toBe('2027-Q1');
    expect(lastEndedQuarter(new Date('2026-12-31T19:00:00Z'))).toBe('2026-Q4');
  });
});
