import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { ImportRowError } from '../org/people-import-rows.js';
import {
  actorOf,
  buildOrganization,
  createTestDatabase,
  type BuiltOrganization,
  type TestDatabase,
} from '../testing/index.js';
import { ForbiddenError, ValidationError } from './errors.js';
import { importHolidays, previewHolidayImport } from './public-holiday-import.js';
import { PublicHoliday } from './public-holiday.entity.js';
import { addHoliday, incompleteCalendarYears, loadHolidays, termEnd } from './public-holidays.js';

let db: TestDatabase;
let org: BuiltOrganization;
let other: BuiltOrganization;

const inTx = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => db.orm.em.fork().transactional(work);

function csv(lines: readonly string[]) {
  return { filename: 'calendar.csv', content: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

const HEADER = 'date,name_kk,name_ru,kind';

beforeAll(async () => {
  db = await createTestDatabase();
  org = await buildOrganization(db.orm.em.fork());
  other = await buildOrganization(db.orm.em.fork());
});

afterAll(async () => {
  await db?.drop();
});

describe('a year of the calendar without its Kurban Ait day', () => {
  it('is incomplete until the day is in the national calendar or the organisation’s own', async () => {
    // 2025 and 2026 are seeded with their Kurban Ait; 2027's date is not announced yet.
    expect(await incompleteCalendarYears(db.orm.em.fork(), org.admin, 2025, 2028)).toEqual([2027, 2028]);
    await inTx((em) => addHoliday(em, org.admin, { date: '2027-05-17', name: 'Курбан айт' }));
    expect(await incompleteCalendarYears(db.orm.em.fork(), org.admin, 2025, 2028)).toEqual([2028]);
    expect(await incompleteCalendarYears(db.orm.em.fork(), other.admin, 2027, 2027)).toEqual([2027]);
  });

  it('refuses a range that is reversed or too long', async () => {
    await expect(incompleteCalendarYears(db.orm.em.fork(), org.admin, 2028, 2027)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(incompleteCalendarYears(db.orm.em.fork(), org.admin, 2025, 2060)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('the end of a term in the organisation’s calendar (Civil Code art. 173)', () => {
  it('moves past the organisation’s own days off as well as the national ones', async () => {
    expect(await termEnd(db.orm.em.fork(), other.organization.id, '2027-05-17')).toBe('2027-05-17');
    // Monday 17 May 2027 is Kurban Ait in the first organisation's calendar (added above).
    expect(await termEnd(db.orm.em.fork(), org.organization.id, '2027-05-16')).toBe('2027-05-18');
  });
});

describe('loading the calendar from a file', () => {
  it('previews what each row changes and changes nothing', async () => {
    const before = await db.orm.em.fork().count(PublicHoliday, {});
    const preview = await previewHolidayImport(
      db.orm.em.fork(),
      org.admin,
      csv([
        HEADER,
        '2027-05-17,Құрбан айт,Курбан айт,holiday',
        '2027-01-01,Жаңа жыл,Новый год,holiday',
        '26.06.2027,Ауыстырылған жұмыс күні,Перенесённый рабочий день,transfer-working-day',
      ]),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((row) => [row.date, row.kind, row.change])).toEqual([
      ['2027-05-17', 'day_off', 'updated'],
      ['2027-01-01', 'day_off', 'unchanged'],
      ['2027-06-26', 'working_day', 'added'],
    ]);
    expect(preview).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(preview.rows[0]?.name).toEqual({ kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Курбан айт' });
    expect(await db.orm.em.fork().count(PublicHoliday, {})).toBe(before);
  });

  it('loads an XLSX file into the organisation’s calendar only, and writes it on the audit trail', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('2027');
    sheet.addRow(['Date', 'Name kk', 'Name ru', 'Name en', 'Kind']);
    sheet.addRow(['2027-07-07', 'Қала күні', 'День города', 'City day', 'праздник']);
    sheet.addRow(['2027-07-10', 'Жұмыс сенбісі', 'Рабочая суббота', '', 'рабочий день']);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await inTx((em) => importHolidays(em, org.admin, { filename: 'calendar.xlsx', content }));
    expect(report).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    const ours = await loadHolidays(db.orm.em.fork(), org.organization.id, 2027, 2027);
    expect(ours.holidays.has('2027-07-07')).toBe(true);
    expect(ours.workedWeekendDays.has('2027-07-10')).toBe(true);
    const theirs = await loadHolidays(db.orm.em.fork(), other.organization.id, 2027, 2027);
    expect(theirs.holidays.has('2027-07-07')).toBe(false);
    const [event] = await db.orm.em.fork().find(AuditEvent, { action: 'calendar.imported' });
    expect(event?.data).toEqual({ filename: 'calendar.xlsx', added: 2, updated: 0, unchanged: 0 });
  });

  it('refuses the whole file when one row is wrong, naming every problem, and changes nothing', async () => {
    const before = await db.orm.em.fork().count(PublicHoliday, {});
    const error = await inTx((em) =>
      importHolidays(
        em,
        org.admin,
        csv([
          HEADER,
          '2027-09-01,Білім күні,День знаний,holiday',
          '2027-02-30,Жоқ күн,Несуществующий,holiday',
          '2027-09-02,,День без имени,holiday',
          '2027-09-03,Жұмыс күні,Рабочий,transfer-working-day',
          '2027-09-01,Қайта,Снова,holiday',
          '2027-01-02,Жаңа жыл,Новый год,transfer-working-day',
          '2027-09-06,Бір күн,Один день,festival',
        ]),
      ),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const errors = ((error as ValidationError).details?.['errors'] ?? []) as ImportRowError[];
    expect(errors.map((e) => `${e.row}:${e.column ?? ''}:${e.messageKey}`)).toEqual([
      '3:date:calendar.import.notDate',
      '4:name_kk:calendar.nameRequired',
      '5:kind:calendar.alreadyWorkingDay',
      '6:date:calendar.import.sameDateAsRow',
      '7:kind:calendar.inNationalCalendar',
      '8:kind:calendar.import.kindUnknown',
    ]);
    expect(await db.orm.em.fork().count(PublicHoliday, {})).toBe(before);
  });

  it('is for the administrator only', async () => {
    const head = actorOf(org.adminPerson, ['employee', 'compliance_head']);
    await expect(
      previewHolidayImport(
        db.orm.em.fork(),
        head,
        csv([HEADER, '2027-09-01,Білім күні,День знаний,holiday']),
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
