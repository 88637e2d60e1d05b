import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../kernel/errors.js';
import {
  buildOrganization,
  concurrently,
  createTestDatabase,
  outcomes,
  type TestDatabase,
} from '../testing/index.js';
import { OrgUnit } from './org-unit.entity.js';
import { importPeople } from './people-import.js';
import { Person } from './person.entity.js';
import { Position } from './position.entity.js';

// Each rule of the organisation's structure that reads and then writes, fired many times at
// once on PostgreSQL (`concurrently` releases the transactions together).

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const STAFF = [
  'email,full_name,org_unit_path,position,manager_email',
  'a.nurlanova@corp.kz,Айгерім Нұрланова,Head office / Finance,Finance director,',
  'e.zhumabaev@corp.kz,Ерлан Жұмабаев,Head office / Finance / Procurement,Buyer,a.nurlanova@corp.kz',
  'd.kasymov@corp.kz,Данияр Қасымов,Head office / Legal,Lawyer,a.nurlanova@corp.kz',
];

describe('people imported from many requests at once', () => {
  it('creates each unit, post and person once when the same staff list is imported four times at once', async () => {
    const { organization, admin } = await buildOrganization(db.orm.em.fork());
    const content = new TextEncoder().encode(`${STAFF.join('\n')}\n`);
    const settled = await concurrently(db.orm, 4, (em) =>
      importPeople(em, admin, { filename: 'staff.csv', content }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(rejected).toEqual([]);
    expect(fulfilled.map((report) => report.peopleCreated).sort()).toEqual([0, 0, 0, 3]);

    const read = db.orm.em.fork();
    const units = await read.find(OrgUnit, { organization });
    expect(units.map((unit) => unit.name).sort()).toEqual(['Finance', 'Head office', 'Legal', 'Procurement']);
    expect(await read.count(Position, { organization })).toBe(3);
    // The organisation's admin and the three of the list.
    expect(await read.count(Person, { organization })).toBe(4);
  });

  it('gives an IIN to one person only when two imports name it for different people at once', async () => {
    const { organization, admin } = await buildOrganization(db.orm.em.fork());
    const iin = '050101600017';
    const files = ['a.omarova@corp.kz,Айнұр Омарова', 'b.sadykov@corp.kz,Бауыржан Садықов'].map((person) =>
      new TextEncoder().encode(
        `email,full_name,iin,org_unit_path,position\n${person},${iin},Head office,Lawyer\n`,
      ),
    );
    const settled = await concurrently(db.orm, 2, (em, index) =>
      importPeople(em, admin, { filename: 'staff.csv', content: files[index] as Uint8Array }),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    // The second import reads the first one's person, after its lock: the IIN is already taken.
    const refusal = rejected[0] as ValidationError;
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal.messageKey).toBe('import.rowProblems');
    expect(refusal.details?.['errors']).toEqual([
      expect.objectContaining({ column: 'iin', messageKey: 'org.import.iinTaken' }),
    ]);
    const holders = await db.orm.em.fork().find(Person, { organization, iin });
    expect(holders).toHaveLength(1);
  });
});
