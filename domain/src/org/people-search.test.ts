import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  type BuiltOrganization,
  type TestDatabase,
} from '../testing/index.js';
import { ForbiddenError, ValidationError } from '../kernel/errors.js';
import type { Actor } from '../kernel/actor.js';
import { searchPeople } from './people-search.js';

let db: TestDatabase;
let org: BuiltOrganization;
let investigator: Actor;
let employee: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await buildOrganization(em);
  const finance = buildOrgUnit(em, org.organization, org.root, 'Finance');
  buildPerson(em, org.organization, finance, { fullName: 'Дана Омарова', email: 'd.omarova@corp.kz' });
  buildPerson(em, org.organization, org.root, {
    fullName: 'Болат Омаров',
    email: 'b.omarov@corp.kz',
    iin: '900101300017',
  });
  buildPerson(em, org.organization, org.root, { fullName: 'Анна 100%_Смирнова', email: 'anna@corp.kz' });
  buildPerson(em, org.organization, org.root, {
    fullName: 'Дана Омарова-Уволенная',
    email: 'gone@corp.kz',
    active: false,
  });
  const searcher = buildPerson(em, org.organization, org.root, { fullName: 'Нұрлан Тергеуші' });
  const colleague = buildPerson(em, org.organization, org.root, { fullName: 'Ерлан Қызметкер' });
  const other = await buildOrganization(em);
  buildPerson(em, other.organization, other.root, { fullName: 'Дана Омарова', email: 'dana@other.kz' });
  await em.flush();
  investigator = actorOf(searcher, ['employee', 'hotline_investigator']);
  employee = actorOf(colleague, ['employee']);
});

afterAll(async () => {
  await db?.drop();
});

const names = (people: { fullName: string }[]) => people.map((person) => person.fullName);

describe('searchPeople', () => {
  it('finds active people of the own organisation by every word of the name, in any order and case', async () => {
    const em = db.orm.em.fork();
    const found = await searchPeople(em, investigator, { search: '  омар ДАНА ' });
    expect(found.map(({ orgUnit, ...person }) => ({ ...person, orgUnit: orgUnit.name }))).toEqual([
      {
        id: expect.any(String),
        fullName: 'Дана Омарова',
        email: 'd.omarova@corp.kz',
        orgUnit: 'Finance',
      },
    ]);
  });

  it('orders the matches by name and stops at the limit', async () => {
    const em = db.orm.em.fork();
    expect(names(await searchPeople(em, investigator, { search: 'омаров' }))).toEqual([
      'Болат Омаров',
      'Дана Омарова',
    ]);
    expect(names(await searchPeople(em, investigator, { search: 'омаров', limit: 1 }))).toEqual([
      'Болат Омаров',
    ]);
  });

  it('finds a person by e-mail, and by the exact IIN only', async () => {
    const em = db.orm.em.fork();
    expect(names(await searchPeople(em, investigator, { search: 'B.OMAROV@' }))).toEqual(['Болат Омаров']);
    expect(names(await searchPeople(em, investigator, { search: '900101300017' }))).toEqual(['Болат Омаров']);
    expect(await searchPeople(em, investigator, { search: '9001013000' })).toEqual([]);
  });

  it('takes % and _ as letters, not as wildcards', async () => {
    const em = db.orm.em.fork();
    expect(names(await searchPeople(em, investigator, { search: '100%_' }))).toEqual(['Анна 100%_Смирнова']);
    expect(await searchPeople(em, investigator, { search: '%%' })).toEqual([]);
    expect(await searchPeople(em, investigator, { search: '__' })).toEqual([]);
  });

  it('refuses fewer than 2 characters and a limit outside 1 to 50 as VALIDATION', async () => {
    const em = db.orm.em.fork();
    await expect(searchPeople(em, investigator, { search: ' д ' })).rejects.toBeInstanceOf(ValidationError);
    await expect(searchPeople(em, investigator, { search: 'дана', limit: 51 })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { field: 'limit' },
    });
    await expect(searchPeople(em, investigator, { search: 'дана', limit: 0 })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('gives an employee without a staff role no directory of colleagues', async () => {
    const em = db.orm.em.fork();
    await expect(searchPeople(em, employee, { search: 'дана' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(names(await searchPeople(em, org.admin, { search: 'дана' }))).toEqual(['Дана Омарова']);
  });
});
