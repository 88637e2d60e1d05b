import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.js';
import {
  endOfKazakhstanDay,
  formatCalendarDay,
  formatKazakhstanDate,
  formatKazakhstanDateTime,
  kazakhstanDay,
  kazakhstanDaySql,
  startOfKazakhstanDay,
  startOfKazakhstanDaySql,
} from './kazakhstan-time.js';

describe('time in Kazakhstan (UTC+5)', () => {
  it('takes the day on the clocks of Kazakhstan, not in UTC', () => {
    expect(kazakhstanDay(new Date('2026-05-08T18:59:00Z'))).toBe('2026-05-08');
    expect(kazakhstanDay(new Date('2026-05-08T19:00:00Z'))).toBe('2026-05-09');
  });

  it('starts and ends a day at its midnights in Kazakhstan', () => {
    expect(startOfKazakhstanDay('2026-05-09').toISOString()).toBe('2026-05-08T19:00:00.000Z');
    expect(endOfKazakhstanDay('2026-05-09').toISOString()).toBe('2026-05-09T19:00:00.000Z');
  });

  it('writes a date and a time as they read on the clocks of Kazakhstan', () => {
    // New Year's night: still 31 December in UTC, already 1 January in Kazakhstan.
    const at = new Date('2025-12-31T19:30:05Z');
    expect(formatKazakhstanDate(at)).toBe('01.01.2026');
    expect(formatKazakhstanDateTime(at)).toBe('01.01.2026 00:30');
    expect(formatKazakhstanDateTime(at, 'seconds')).toBe('01.01.2026 00:30:05');
    expect(formatCalendarDay('2026-06-22')).toBe('22.06.2026');
  });
});

describe('time in Kazakhstan in SQL', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('gives the same days and instants as the code, whatever the session’s time zone', async () => {
    await db.orm.em.fork().transactional(async (em) => {
      await em.execute(`set local time zone 'America/New_York'`);
      const [row] = await em.execute<{ day: string; start: Date }[]>(
        `select to_char(${kazakhstanDaySql(`'2026-05-08T19:00:00Z'::timestamptz`)}, 'YYYY-MM-DD') as day,
                ${startOfKazakhstanDaySql(`'2026-05-09'::date`)} as start`,
      );
      expect(row?.day).toBe(kazakhstanDay(new Date('2026-05-08T19:00:00Z')));
      expect(new Date(row?.start ?? 0).toISOString()).toBe(startOfKazakhstanDay('2026-05-09').toISOString());
    });
  });
});
