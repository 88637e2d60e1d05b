import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import {
  actorOf,
  buildOrganization,
  createTestDatabase,
  type BuiltOrganization,
  type TestDatabase,
} from '../testing/index.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from './errors.js';
import { KAZAKHSTAN_CALENDAR_YEARS, kazakhstanHolidays } from './kazakhstan-holidays.js';
import { PublicHoliday } from './public-holiday.entity.js';
import { addHoliday, listHolidays, loadHolidays, removeHoliday } from './public-holidays.js';
import { addWorkingDays } from './working-days.js';

let db: TestDatabase;
let org: BuiltOrganization;
let other: BuiltOrganization;

const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

beforeAll(async () => {
  db = await createTestDatabase();
  org = await buildOrganization(db.orm.em.fork());
  other = await buildOrganization(db.orm.em.fork());
});

afterAll(async () => {
  await db?.drop();
});

describe('the holiday calendar', () => {
  it('holds the national calendar of every seeded year, as kazakhstanHolidays gives it', async () => {
    const rows = await db.orm.em
      .fork()
      .find(PublicHoliday, { organization: null }, { orderBy: { date: 'asc' } });
    const expected = KAZAKHSTAN_CALENDAR_YEARS.flatMap((year) => kazakhstanHolidays(year));
    expect(rows.map((row) => ({ date: row.date, kind: row.kind, name: row.name }))).toEqual(expected);
  });

  it('adds an organisation’s own day off to the national ones for that organisation only', async () => {
    const day = await inTx((em) =>
      addHoliday(em, org.admin, { date: '2026-06-10', name: '  Day of the  city ' }),
    );
    expect(day).toMatchObject({
      date: '2026-06-10',
      kind: 'day_off',
      national: false,
      name: { en: 'Day of the city' },
    });

    const ours = await loadHolidays(db.orm.em.fork(), org.organization.id, 2026, 2026);
    const theirs = await loadHolidays(db.orm.em.fork(), other.organization.id, 2026, 2026);
    expect(ours.holidays.has('2026-06-10')).toBe(true);
    expect(ours.holidays.has('2026-05-27')).toBe(true);
    expect(theirs.holidays.has('2026-06-10')).toBe(false);
    expect(addWorkingDays('2026-06-09', 1, ours.holidays)).toBe('2026-06-11');

    const listed = await listHolidays(db.orm.em.fork(), org.admin, 2026);
    expect(listed.find((d) => d.date === '2026-06-10')?.national).toBe(false);
    expect(listed.find((d) => d.date === '2026-05-27')).toMatchObject({
      national: true,
      name: { kk: 'Құрбан айт' },
    });
    expect((await listHolidays(db.orm.em.fork(), other.admin, 2026)).map((d) => d.date)).not.toContain(
      '2026-06-10',
    );

    const [event] = await db.orm.em
      .fork()
      .find(AuditEvent, { action: 'calendar.day_added', entityId: day.id });
    expect(event?.data).toEqual({ date: '2026-06-10', kind: 'day_off', name: 'Day of the city' });
  });

  it('records a weekend day the organisation works', async () => {
    await inTx((em) =>
      addHoliday(em, org.admin, { date: '2026-06-13', name: 'Worked Saturday', kind: 'working_day' }),
    );
    const calendar = await loadHolidays(db.orm.em.fork(), org.organization.id, 2026, 2026);
    expect(calendar.workedWeekendDays.has('2026-06-13')).toBe(true);
  });

  it('refuses a day already in the calendar and days that would change nothing', async () => {
    const add = (date: string, kind?: 'day_off' | 'working_day') =>
      inTx((em) => addHoliday(em, org.admin, { date, name: 'Extra', ...(kind ? { kind } : {}) }));
    await expect(add('2026-05-27')).rejects.toBeInstanceOf(ConflictError);
    await expect(add('2026-06-10')).rejects.toBeInstanceOf(ConflictError);
    await expect(add('2026-06-14')).rejects.toBeInstanceOf(ValidationError);
    await expect(add('2026-06-15', 'working_day')).rejects.toBeInstanceOf(ValidationError);
    await expect(add('2026-13-01')).rejects.toBeInstanceOf(ValidationError);
  });

  it('removes an organisation’s own day but never a national one', async () => {
    const day = await inTx((em) => addHoliday(em, org.admin, { date: '2026-06-17', name: 'Founders day' }));
    await inTx((em) => removeHoliday(em, org.admin, day.id));
    expect(await db.orm.em.fork().count(PublicHoliday, { id: day.id })).toBe(0);
    expect(
      await db.orm.em.fork().count(AuditEvent, { action: 'calendar.day_removed', entityId: day.id }),
    ).toBe(1);

    const national = await db.orm.em
      .fork()
      .findOneOrFail(PublicHoliday, { organization: null, date: '2026-12-16' });
    await expect(inTx((em) => removeHoliday(em, org.admin, national.id))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const theirs = await inTx((em) => addHoliday(em, other.admin, { date: '2026-06-18', name: 'Theirs' }));
    await expect(inTx((em) => removeHoliday(em, org.admin, theirs.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets only the administrator and the compliance head change the calendar', async () => {
    const employee = actorOf(org.adminPerson, ['employee']);
    await expect(
      inTx((em) => addHoliday(em, employee, { date: '2026-06-19', name: 'Mine' })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const head = actorOf(org.adminPerson, ['compliance_head']);
    await expect(
      inTx((em) => addHoliday(em, head, { date: '2026-06-19', name: 'Ours' })),
    ).resolves.toMatchObject({
      date: '2026-06-19',
    });
  });
});
