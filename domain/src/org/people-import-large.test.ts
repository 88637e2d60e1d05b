import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ValidationError } from '../kernel/errors.js';
import { buildOrganization, createTestDatabase, type TestDatabase } from '../testing/index.js';
import { OrgUnit } from './org-unit.entity.js';
import { importPeople, previewPeopleImport } from './people-import.js';
import type { ImportRowError } from './people-import-rows.js';
import { Person } from './person.entity.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

// More rows than the reader sends at once and than one statement stages, so that the file is
// read, checked and written over several batches.
const PEOPLE = 4500;
const HEADER = 'email,full_name,org_unit_path,position,risk_exposed,manager_email';

function staffLine(index: number): string {
  const manager = index < 10 ? '' : `p${index % 10}@corp.kz`;
  return `p${index}@corp.kz,Person ${index},Head office / Unit ${index % 7},Post ${index % 5},${index % 5 === 0 ? 'yes' : 'no'},${manager}`;
}

function staff(lines: readonly string[]) {
  return { filename: 'staff.csv', content: new TextEncoder().encode(`${[HEADER, ...lines].join('\n')}\n`) };
}

describe('importing a large staff list', () => {
  it('creates every person of a file read and written in several batches, with their managers', async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    const lines = Array.from({ length: PEOPLE }, (_, i) => staffLine(i));
    const report = await em.fork().transactional((tx) => importPeople(tx, admin, staff(lines)));
    expect(report).toEqual({ rows: PEOPLE, orgUnitsCreated: 7, peopleCreated: PEOPLE, peopleUpdated: 0 });

    const read = db.orm.em.fork();
    expect(await read.count(Person, { organization })).toBe(PEOPLE + 1);
    expect(await read.count(OrgUnit, { organization })).toBe(8);
    const last = await read.findOneOrFail(
      Person,
      { organization, email: `p${PEOPLE - 1}@corp.kz` },
      { populate: ['manager', 'orgUnit', 'position'] },
    );
    expect(last.manager?.email).toBe(`p${(PEOPLE - 1) % 10}@corp.kz`);
    expect(last.orgUnit.name).toBe(`Unit ${(PEOPLE - 1) % 7}`);
    expect(last.position?.title).toBe(`Post ${(PEOPLE - 1) % 5}`);
    expect(await read.count(AuditEvent, { organization, action: 'org.people_imported' })).toBe(1);

    // The same file again: everyone matched by e-mail, nobody duplicated.
    const again = await em.fork().transactional((tx) => importPeople(tx, admin, staff(lines)));
    expect(again).toEqual({ rows: PEOPLE, orgUnitsCreated: 0, peopleCreated: 0, peopleUpdated: PEOPLE });
    expect(await db.orm.em.fork().count(Person, { organization })).toBe(PEOPLE + 1);
  });

  it('reports the problems of a large file by row, wherever they stand, and writes nothing', async () => {
    const em = db.orm.em.fork();
    const { organization, admin } = await buildOrganization(em);
    const lines = Array.from({ length: PEOPLE }, (_, i) => staffLine(i));
    // Data rows start at spreadsheet row 2: person i stands in row i + 2.
    lines[11] = 'not-an-email,Person 11,Head office,Post 1,no,';
    lines[2600] = staffLine(5);
    lines[3998] = 'p3998@corp.kz,Person 3998,Head office,Post 3,no,nobody@corp.kz';
    lines[4499] = 'p4499@corp.kz,Person 4499,Head office,Post 0,no,';

    const error = await em
      .fork()
      .transactional((tx) => importPeople(tx, admin, staff(lines)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const errors = ((error as ValidationError).details?.['errors'] ?? []) as ImportRowError[];
    expect(errors.map((e) => [e.row, e.column, e.messageKey])).toEqual([
      [13, 'email', 'org.import.notEmail'],
      [2602, 'email', 'org.import.duplicateEmail'],
      [4000, 'manager_email', 'org.import.unknownManager'],
      [4501, 'risk_exposed', 'org.import.positionRiskDiffers'],
    ]);
    expect(errors[1]?.params).toEqual({ email: 'p5@corp.kz', firstRow: 7 });
    // The preview finds the same problems by the same checks.
    const preview = await previewPeopleImport(db.orm.em.fork(), admin, staff(lines));
    expect(preview.errors).toEqual(errors);
    expect(preview.rows).toBe(PEOPLE - 1);

    const read = db.orm.em.fork();
    expect(await read.count(Person, { organization })).toBe(1);
    expect(await read.count(OrgUnit, { organization })).toBe(1);
    expect(await read.count(AuditEvent, { organization })).toBe(0);
  });
});
