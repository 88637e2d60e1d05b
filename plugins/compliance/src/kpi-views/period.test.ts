import { describe, expect, it } from 'vitest';
import { dateOfDay } from '@adal/sdk';
import { drillPeriod, periodComplete, periodInput } from './period';

describe("a KPI view's period", () => {
  it('is sent as a year and its part, or as two days', () => {
    expect(periodInput({ kind: 'quarter', year: 2026, part: 3, from: null, to: null })).toEqual({
      kind: 'quarter',
      year: 2026,
      part: 3,
    });
    expect(periodInput({ kind: 'year', year: 2026, part: 2, from: null, to: null })).toEqual({
      kind: 'year',
      year: 2026,
    });
    const custom = {
      kind: 'custom' as const,
      year: 2026,
      part: 1,
      from: dateOfDay('2026-01-05'),
      to: dateOfDay('2026-03-31'),
    };
    expect(periodInput(custom)).toEqual({ kind: 'custom', from: '2026-01-05', to: '2026-03-31' });
    expect(periodComplete({ ...custom, to: dateOfDay('2026-01-04') })).toBe(false);
  });

  it('drills a KPI by day from the starts of its days in Kazakhstan, and a KPI of instants to its last day’s end', () => {
    expect(drillPeriod('2026-07-01', '2026-09-30', 'day')).toEqual({
      periodFrom: '2026-06-30T19:00:00.000Z',
      periodTo: '2026-09-29T19:00:00.000Z',
    });
    expect(drillPeriod('2026-07-01', '2026-09-30', 'instant').periodTo).toBe('2026-09-30T18:59:59.999Z');
  });
});
