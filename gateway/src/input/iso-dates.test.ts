import { describe, expect, it } from 'vitest';
import { hasIsoDateShape, readIsoDate } from './iso-dates.js';

const instant = (text: string) => {
  const reading = readIsoDate(text);
  return reading.ok ? reading.instant.toISOString() : reading.problem;
};

describe('ISO 8601 dates as the API reads them', () => {
  it('reads days as midnight UTC and instants with their offset', () => {
    expect(instant('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(instant('2026-01-31T09:30:00Z')).toBe('2026-01-31T09:30:00.000Z');
    expect(instant('2026-01-31T09:30:00.123456+05:00')).toBe('2026-01-31T04:30:00.123Z');
    expect(instant('2026-01-31T09:30-0130')).toBe('2026-01-31T11:00:00.000Z');
    expect(instant('1900-01-01T00:00:00Z')).toBe('1900-01-01T00:00:00.000Z');
    expect(instant('2200-12-31T23:59:59.999Z')).toBe('2200-12-31T23:59:59.999Z');
  });

  it('names what is wrong with a day or a time that does not exist', () => {
    expect(instant('2026-02-29')).toMatch(/2026-02-29, a day that does not exist/);
    expect(instant('2026-02-30T00:00:00Z')).toMatch(/does not exist/);
    expect(instant('2026-04-31')).toMatch(/does not exist/);
    expect(instant('2026-00-10')).toMatch(/does not exist/);
    expect(instant('2026-01-01T24:00:00Z')).toMatch(/24:00, a time that does not exist/);
    expect(instant('2026-01-01T12:60:00Z')).toMatch(/time that does not exist/);
    expect(instant('2026-01-01T12:00:00+15:00')).toMatch(/offset/);
  });

  it('accepts years 1900 to 2200 only, offsets included', () => {
    expect(instant('0000-01-01')).toMatch(/year 0000/);
    expect(instant('1899-12-31T23:59:59Z')).toMatch(/year 1899/);
    expect(instant('2201-01-01')).toMatch(/year 2201/);
    expect(instant('2200-12-31T23:00:00-05:00')).toMatch(/outside the years/);
  });

  it('tells a text laid out as a date from one that only begins with one', () => {
    expect(hasIsoDateShape('2026-02-30')).toBe(true);
    expect(hasIsoDateShape('2026-02-30T10:00:00Z')).toBe(true);
    expect(hasIsoDateShape('2026-02-30 meeting')).toBe(false);
    expect(hasIsoDateShape('31.01.2026')).toBe(false);
    expect(readIsoDate('Jan 31 2026')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not an ISO 8601/),
    });
  });
});
