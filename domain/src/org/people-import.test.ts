import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, buildOrganization, craftXlsx, type TestDatabase } from '../testing/index.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ForbiddenError, ValidationError } from '../kernel/errors.js';
import { localizedName } from '../kernel/locale.js';
import { importPeople } from './people-import.js';
import { OrgUnit } from './org-unit.entity.js';
import { Person } from './person.entity.js';
import { Position } from './position.entity.js';
import type { ImportRowError } from './people-import-rows.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const HEADER = 'email,full_name,iin,org_unit_path,position,risk_exposed,manager_email,hired_at,locale';
const GOOD_ROWS = [
  'A.Nurlanova@Corp.kz,Айгерім Сейітқызы Нұрланова,900101400013,Head office / Finance,Finance director,yes,,2020-03-01,kk',
  'e.zhumabaev@corp.kz,Ерлан Бекұлы Жұмабаев,,Head office / Finance / Procurement,Procurement specialist,yes,a.nurlanova@corp.kz,15.01.2024,ru',
  'd.kasymov@corp.kz,Данияр Асқарұлы Қасымов,,Head office / Finance / Procurement,Procurement specialist,,e.zhumabaev@corp.kz,,',
];

function csv(lines: readonly string[]): Uint8Array {
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

async function errorsOf(promise: Promise<unknown>): Promise<ImportRowError[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return ((error as ValidationError).details?.['errors'] ?? []) as ImportRowError[];
}

describe('importing people from an HR export', () => {
  it('creates the units along each path, the positions and the people, with managers', async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    const report = await em.transactional((tx) =>
      importPeople(tx, admin, { filename: 'staff.csv', content: csv([HEADER, ...GOOD_ROWS]) }),
    );
    expect(report).toEqual({ rows: 3, orgUnitsCreated: 2, peopleCreated: 3, peopleUpdated: 0 });

    const read = db.orm.em.fork();
    const units = await read.find(OrgUnit, { organization }, { orderBy: { path: 'asc' } });
    expect(units.map((u) => u.name)).toEqual(['Head office', 'Finance', 'Procurement']);
    const kasymov = await read.findOneOrFail(
      Person,
      { email: 'd.kasymov@corp.kz', organization },
      { populate: ['manager', 'position'] },
    );
    expect(kasymov.orgUnit.id).toBe(units[2]?.id);
    expect(kasymov.manager?.email).toBe('e.zhumabaev@corp.kz');
    expect(kasymov.position?.exposedToCorruptionRisk).toBe(true);
    expect(kasymov.locale).toBe('kk');
    const zhumabaev = await read.findOneOrFail(Person, { email: 'e.zhumabaev@corp.kz', organization });
    expect(zhumabaev.hiredAt).toBe('2024-01-15');
    expect(zhumabaev.locale).toBe('ru');
    expect(await read.count(Position, { organization })).toBe(2);
    const [event] = await read.find(AuditEvent, { organization, action: 'org.people_imported' });
    expect(event?.data).toMatchObject({ filename: 'staff.csv', peopleCreated: 3 });
  });

  it("keeps a unit's and a post's names in kk, ru and en when the file gives them, the single name standing in for the rest", async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    const header = `${HEADER},org_unit_kk,org_unit_ru,position_kk,position_ru,position_en`;
    const row =
      'a.sadykova@corp.kz,Әлия Садықова,,Head office / Finance,Finance director,yes,,,kk,' +
      'Қаржы департаменті,Департамент финансов,Қаржы директоры,Финансовый директор,Chief financial officer';
    await em.transactional((tx) =>
      importPeople(tx, admin, { filename: 'names.csv', content: csv([header, row]) }),
    );
    const read = db.orm.em.fork();
    const finance = await read.findOneOrFail(OrgUnit, { organization, name: 'Finance' });
    expect(finance.names).toEqual({ kk: 'Қаржы департаменті', ru: 'Департамент финансов' });
    expect(localizedName(finance.names, finance.name)).toEqual({
      kk: 'Қаржы департаменті',
      ru: 'Департамент финансов',
      en: 'Finance',
    });
    const head = await read.findOneOrFail(OrgUnit, { organization, name: 'Head office' });
    expect(head.names).toBeNull();
    const post = await read.findOneOrFail(Position, { organization, title: 'Finance director' });
    expect(post.titles).toEqual({
      kk: 'Қаржы директоры',
      ru: 'Финансовый директор',
      en: 'Chief financial officer',
    });
  });

  it('updates people matched by email, whatever its case, instead of duplicating them', async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    await em.transactional((tx) =>
      importPeople(tx, admin, { filename: 'a.csv', content: csv([HEADER, ...GOOD_ROWS]) }),
    );
    const moved = 'E.ZHUMABAEV@corp.kz,Ерлан Жұмабаев,,Head office / Legal,Lawyer,no,,,en';
    const report = await db.orm.em
      .fork()
      .transactional((tx) => importPeople(tx, admin, { filename: 'b.csv', content: csv([HEADER, moved]) }));
    expect(report).toEqual({ rows: 1, orgUnitsCreated: 1, peopleCreated: 0, peopleUpdated: 1 });
    const read = db.orm.em.fork();
    const person = await read.findOneOrFail(
      Person,
      { email: 'e.zhumabaev@corp.kz', organization },
      { populate: ['orgUnit'] },
    );
    expect(person.fullName).toBe('Ерлан Жұмабаев');
    expect(person.orgUnit.name).toBe('Legal');
    expect(person.locale).toBe('en');
    expect(await read.count(Person, { organization })).toBe(4);
  });

  it('marks the posts that take part in procurement from the procurement_staff column (§52.3), a blank cell keeping the mark', async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    const header = `${HEADER},procurement_staff`;
    const first = [
      `${GOOD_ROWS[0]},нет`,
      `${GOOD_ROWS[1]},иә`,
      `${GOOD_ROWS[2]},`,
      'a.seitova@corp.kz,Асель Сейітова,,Head office / Legal,Lawyer,no,,,kk,',
    ];
    await em.transactional((tx) =>
      importPeople(tx, admin, { filename: 'a.csv', content: csv([header, ...first]) }),
    );
    const procurementOf = async () => {
      const positions = await db.orm.em
        .fork()
        .find(Position, { organization }, { orderBy: { title: 'asc' } });
      return Object.fromEntries(positions.map((p) => [p.title, p.procurementStaff]));
    };
    expect(await procurementOf()).toEqual({
      'Finance director': false,
      Lawyer: false,
      'Procurement specialist': true,
    });

    // A later file moves the lawyer's post into procurement and says nothing about the others.
    const later = ['a.seitova@corp.kz,Асель Сейітова,,Head office / Legal,Lawyer,no,,,kk,yes'];
    await db.orm.em
      .fork()
      .transactional((tx) =>
        importPeople(tx, admin, { filename: 'b.csv', content: csv([header, ...later]) }),
      );
    expect(await procurementOf()).toEqual({
      'Finance director': false,
      Lawyer: true,
      'Procurement specialist': true,
    });
  });

  it('refuses a procurement_staff cell that is not yes or no, and one post marked both ways', async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    const header = `${HEADER},procurement_staff`;
    const errors = await errorsOf(
      em.transactional((tx) =>
        importPeople(tx, admin, {
          filename: 'staff.csv',
          content: csv([
            header,
            `${GOOD_ROWS[0]},no`,
            `${GOOD_ROWS[1]},yes`,
            `${GOOD_ROWS[2]},no`,
            'a.seitova@corp.kz,Асель Сейітова,,Head office / Legal,Lawyer,no,,,kk,sometimes',
          ]),
        }),
      ),
    );
    expect(errors).toEqual([
      {
        row: 4,
        column: 'procurement_staff',
        messageKey: 'org.import.positionProcurementDiffers',
        params: { position: 'Procurement specialist', firstRow: 3 },
        message:
          'Row 3 marks differently whether the position “Procurement specialist” takes part in procurement.',
      },
      { row: 5, column: 'procurement_staff', messageKey: 'org.import.yesOrNo', message: 'Write yes or no.' },
    ]);
    expect(await db.orm.em.fork().count(Position, { organization })).toBe(0);
  });

  it('reads an XLSX file, including IINs that the spreadsheet turned into numbers', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Staff');
    sheet.addRow([
      'Email',
      'Full name',
      'IIN',
      'Org unit path',
      'Position',
      'Risk exposed',
      'Manager email',
      'Hired at',
    ]);
    sheet.addRow([
      's.omarova@corp.kz',
      'Сәуле Болатқызы Омарова',
      50101600017,
      'Head office / HR',
      'HR specialist',
      'yes',
      '',
      new Date(Date.UTC(2023, 5, 1)),
    ]);
    sheet.addRow([
      { text: 'a.akhmetov@corp.kz', hyperlink: 'mailto:a.akhmetov@corp.kz' },
      'Асхат Ахметов',
      '',
      'Head office / HR',
      'HR specialist',
      '',
      's.omarova@corp.kz',
      '',
    ]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await em.transactional((tx) =>
      importPeople(tx, admin, { filename: 'STAFF.XLSX', content }),
    );
    expect(report).toEqual({ rows: 2, orgUnitsCreated: 1, peopleCreated: 2, peopleUpdated: 0 });
    const read = db.orm.em.fork();
    const omarova = await read.findOneOrFail(Person, { email: 's.omarova@corp.kz' });
    expect(omarova.iin).toBe('050101600017');
    expect(omarova.hiredAt).toBe('2023-06-01');
    const akhmetov = await read.findOneOrFail(Person, { email: 'a.akhmetov@corp.kz' });
    expect(akhmetov.manager?.id).toBe(omarova.id);
  });

  it('refuses an import when one row has an invalid IIN and writes nothing', async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    const bad = 'b.bad@corp.kz,Bad Iin,12345,Head office / Finance,Accountant,yes,,,';
    const errors = await errorsOf(
      em.transactional((tx) =>
        importPeople(tx, admin, { filename: 'staff.csv', content: csv([HEADER, ...GOOD_ROWS, bad]) }),
      ),
    );
    expect(errors).toEqual([
      {
        row: 5,
        column: 'iin',
        messageKey: 'org.import.iinInvalid',
        message: 'This is not a valid IIN: 12 digits, the first six the date of birth, and the check digit.',
      },
    ]);
    const read = db.orm.em.fork();
    expect(await read.count(Person, { organization })).toBe(1);
    expect(await read.count(OrgUnit, { organization })).toBe(1);
    expect(await read.count(Position, { organization })).toBe(0);
    expect(await read.count(AuditEvent, { organization })).toBe(0);
  });

  it('reports every problem of every row at once', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    const rows = [
      HEADER,
      'not-an-email,,,Head office,Clerk,maybe,,2099-01-01,de',
      'x@corp.kz,X,,Head office,Clerk,,ghost@corp.kz,31.02.2020,',
      'x@corp.kz,X again,,,Clerk,,x@corp.kz,,',
    ];
    const errors = await errorsOf(
      em.transactional((tx) => importPeople(tx, admin, { filename: 'staff.csv', content: csv(rows) })),
    );
    expect(errors.map((e) => `${e.row}:${e.column}`)).toEqual([
      '2:email',
      '2:full_name',
      '2:risk_exposed',
      '2:hired_at',
      '2:locale',
      '3:hired_at',
      '4:org_unit_path',
      '4:manager_email',
    ]);
    const twice = await errorsOf(
      em.transactional((tx) =>
        importPeople(tx, admin, {
          filename: 'staff.csv',
          content: csv([
            HEADER,
            'x@corp.kz,X,,Head office,Clerk,,ghost@corp.kz,,',
            'X@corp.kz,X2,,Head office,Clerk,,,,',
          ]),
        }),
      ),
    );
    expect(twice).toEqual([
      {
        row: 2,
        column: 'manager_email',
        messageKey: 'org.import.unknownManager',
        params: { email: 'ghost@corp.kz' },
        message: 'Nobody with the e-mail ghost@corp.kz is in this file or in the organisation.',
      },
      {
        row: 3,
        column: 'email',
        messageKey: 'org.import.duplicateEmail',
        params: { email: 'x@corp.kz', firstRow: 2 },
        message: 'x@corp.kz already appears in row 2.',
      },
    ]);
  });

  it('names the missing columns and refuses other file types', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    const errors = await errorsOf(
      em.transactional((tx) =>
        importPeople(tx, admin, { filename: 'staff.csv', content: csv(['email;full_name', 'a@b.kz;A']) }),
      ),
    );
    expect(errors).toEqual([
      {
        row: 1,
        column: 'org_unit_path',
        messageKey: 'org.import.missingColumn',
        params: { found: 'email, full_name' },
        message: 'This column is missing from the first row. Columns found: email, full_name.',
      },
      {
        row: 1,
        column: 'position',
        messageKey: 'org.import.missingColumn',
        params: { found: 'email, full_name' },
        message: 'This column is missing from the first row. Columns found: email, full_name.',
      },
    ]);
    await expect(importPeople(em, admin, { filename: 'staff.pdf', content: csv(['x']) })).rejects.toThrow(
      /\.csv or \.xlsx/,
    );
  });

  it('refuses a 6 KB file with a cell at column XFD in under a second, and writes nothing', async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    const content = craftXlsx({
      dimension: 'A1:XFD1048576',
      cells: {
        A1: 'email',
        B1: 'full_name',
        C1: 'org_unit_path',
        D1: 'position',
        XFD1048576: 'x'.repeat(6000),
      },
    });
    const started = performance.now();
    const error = await em
      .transactional((tx) => importPeople(tx, admin, { filename: 'staff.xlsx', content }))
      .catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      'The file declares 16 384 columns; the import reads 16. Save only the table and try again.',
    );
    const read = db.orm.em.fork();
    expect(await read.count(Person, { organization })).toBe(1);
    expect(await read.count(AuditEvent, { organization })).toBe(0);
  });

  it('is allowed to org_admin only', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await expect(
      importPeople(
        em,
        { ...admin, roles: ['employee', 'compliance_head'] },
        { filename: 's.csv', content: csv([HEADER]) },
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
