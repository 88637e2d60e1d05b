import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ForbiddenError, ValidationError } from '../kernel/errors.js';
import { buildOrganization, buildPerson, createTestDatabase, type TestDatabase } from '../testing/index.js';
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

const HEADER = 'email,full_name,iin,org_unit_path,position';

function file(lines: readonly string[]) {
  return { filename: 'staff.csv', content: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

async function refusal(promise: Promise<unknown>): Promise<ImportRowError[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return ((error as ValidationError).details?.['errors'] ?? []) as ImportRowError[];
}

describe('previewing an import of people', () => {
  it('says per row who would be created or updated and which units, and writes nothing', async () => {
    const em = db.orm.em.fork();
    const { organization, root, admin } = await buildOrganization(em);
    buildPerson(em, organization, root, { email: 'known@corp.kz', fullName: 'Known Person' });
    await em.flush();

    const preview = await previewPeopleImport(
      db.orm.em.fork(),
      admin,
      file([
        HEADER,
        'KNOWN@corp.kz,Known Person,,Head office,Clerk',
        'new@corp.kz,New Person,,Head office / Legal,Lawyer',
      ]),
      { createOrgUnits: true },
    );
    expect(preview).toEqual({
      rows: 2,
      peopleToCreate: 1,
      peopleToUpdate: 1,
      orgUnitsToCreate: ['Head office / Legal'],
      people: [
        {
          row: 2,
          email: 'known@corp.kz',
          fullName: 'Known Person',
          orgUnitPath: 'Head office',
          position: 'Clerk',
          outcome: 'update',
        },
        {
          row: 3,
          email: 'new@corp.kz',
          fullName: 'New Person',
          orgUnitPath: 'Head office / Legal',
          position: 'Lawyer',
          outcome: 'create',
        },
      ],
      errors: [],
    });
    const read = db.orm.em.fork();
    expect(await read.count(Person, { organization })).toBe(2);
    expect(await read.count(OrgUnit, { organization })).toBe(1);
    expect(await read.count(AuditEvent, { organization })).toBe(0);
  });

  it('reports an unknown org unit, a duplicate e-mail and another person’s IIN row by row', async () => {
    const em = db.orm.em.fork();
    const { organization, root, admin } = await buildOrganization(em);
    buildPerson(em, organization, root, { email: 'holder@corp.kz', iin: '900101400013' });
    await em.flush();
    const lines = [
      HEADER,
      'good@corp.kz,Good Person,,Head office,Clerk',
      'ghost@corp.kz,Ghost Unit,,Head office / Nowhere,Clerk',
      'twice@corp.kz,First,,Head office,Clerk',
      'TWICE@corp.kz,Second,,Head office,Clerk',
      'iin@corp.kz,Borrowed Iin,900101400013,Head office,Clerk',
    ];

    const preview = await previewPeopleImport(db.orm.em.fork(), admin, file(lines), {
      createOrgUnits: false,
    });
    expect(preview.errors.map(({ row, column, messageKey }) => ({ row, column, messageKey }))).toEqual([
      { row: 3, column: 'org_unit_path', messageKey: 'org.import.unknownOrgUnit' },
      { row: 5, column: 'email', messageKey: 'org.import.duplicateEmail' },
      { row: 6, column: 'iin', messageKey: 'org.import.iinTaken' },
    ]);
    expect(preview.errors[0]?.params).toEqual({ path: 'Head office / Nowhere' });
    expect(preview.errors[2]?.params).toEqual({ email: 'holder@corp.kz' });

    // The import refuses the same file with the same report, and writes nothing.
    const errors = await refusal(
      db.orm.em.fork().transactional((tx) => importPeople(tx, admin, file(lines), { createOrgUnits: false })),
    );
    expect(errors).toEqual(preview.errors);
    const read = db.orm.em.fork();
    expect(await read.count(Person, { organization })).toBe(2);
    expect(await read.count(OrgUnit, { organization })).toBe(1);
    expect(await read.count(AuditEvent, { organization })).toBe(0);
  });

  it('reports the wrong columns with the columns it found', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    const preview = await previewPeopleImport(em, admin, file(['mail,name,unit,position', 'a@b.kz,A,X,Y']));
    expect(preview.rows).toBe(0);
    expect(preview.errors.map((error) => [error.row, error.column, error.messageKey, error.params])).toEqual([
      [1, 'email', 'org.import.missingColumn', { found: 'mail, name, unit, position' }],
      [1, 'full_name', 'org.import.missingColumn', { found: 'mail, name, unit, position' }],
      [1, 'org_unit_path', 'org.import.missingColumn', { found: 'mail, name, unit, position' }],
    ]);
  });

  it('is allowed to org_admin only', async () => {
    const em = db.orm.em.fork();
    const { admin } = await buildOrganization(em);
    await expect(
      previewPeopleImport(em, { ...admin, roles: ['employee', 'auditor'] }, file([HEADER])),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
