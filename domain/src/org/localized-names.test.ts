import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../kernel/errors.js';
import { localizedName } from '../kernel/locale.js';
import {
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  createTestDatabase,
  type TestDatabase,
} from '../testing/index.js';
import { OrgUnit } from './org-unit.entity.js';
import { renameOrgUnit } from './org-unit-names.js';
import { directoryPerson } from './people-directory.js';
import { searchPeople } from './people-search.js';
import { updatePerson } from './person-edit.js';
import { Position } from './position.entity.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

const inTransaction = <T>(run: (em: ReturnType<typeof db.orm.em.fork>) => Promise<T>) =>
  db.orm.em.fork().transactional(run);

async function eventsOf(organizationId: string, action: string) {
  return db.orm.em
    .fork()
    .find(AuditEvent, { organization: organizationId, action }, { orderBy: { seq: 'asc' } });
}

/** An organisation with an accounting unit entered in Russian, as a staff file from 1C names it. */
async function accounting() {
  const em = db.orm.em.fork();
  const built = await buildOrganization(em);
  const unit = buildOrgUnit(em, built.organization, built.root, 'Бухгалтерия');
  const dana = buildPerson(em, built.organization, unit, { fullName: 'Дана Омарова' });
  const erlan = buildPerson(em, built.organization, unit, { fullName: 'Ерлан Омаров' });
  await em.flush();
  return { ...built, unit, dana, erlan };
}

describe('the name of a thing an organisation enters, in the reader’s language', () => {
  it('reads the translation kept for the language, else the name as entered, never another translation', () => {
    // Only a Russian translation: Kazakh and English read the name as entered, not the Russian.
    expect(localizedName({ ru: 'Бухгалтерия и отчётность' }, 'Бухгалтерия')).toEqual({
      kk: 'Бухгалтерия',
      ru: 'Бухгалтерия и отчётность',
      en: 'Бухгалтерия',
    });
    expect(localizedName({ kk: '  ', en: 'Accounting' }, 'Бухгалтерия')).toEqual({
      kk: 'Бухгалтерия',
      ru: 'Бухгалтерия',
      en: 'Accounting',
    });
    expect(localizedName(null, 'Бухгалтерия').kk).toBe('Бухгалтерия');
  });
});

describe('naming an org unit in each language', () => {
  it('keeps what the administrator typed, drops blanks and repeats of the name, and audits the languages changed', async () => {
    const { organization, admin, unit } = await accounting();
    const renamed = await inTransaction((em) =>
      renameOrgUnit(em, admin, unit.id, { kk: ' Бухгалтерлік   есеп ', ru: 'Бухгалтерия', en: '' }),
    );
    expect(renamed.name).toBe('Бухгалтерия');
    const read = await db.orm.em.fork().findOneOrFail(OrgUnit, unit.id);
    expect(read.names).toEqual({ kk: 'Бухгалтерлік есеп' });
    expect(localizedName(read.names, read.name)).toEqual({
      kk: 'Бухгалтерлік есеп',
      ru: 'Бухгалтерия',
      en: 'Бухгалтерия',
    });

    // The form sends every language's current text back: nothing changed, nothing recorded.
    await inTransaction((em) =>
      renameOrgUnit(em, admin, unit.id, { kk: 'Бухгалтерлік есеп', ru: 'Бухгалтерия', en: 'Бухгалтерия' }),
    );
    await inTransaction((em) =>
      renameOrgUnit(em, admin, unit.id, { kk: 'Бухгалтерлік есеп', en: 'Accounting' }),
    );
    const events = await eventsOf(organization.id, 'org.org_unit_renamed');
    expect(events.map((event) => [event.entityId, event.data])).toEqual([
      [unit.id, { languages: ['kk'] }],
      [unit.id, { languages: ['en'] }],
    ]);
  });

  it('names the field of a text too long, hides another organisation’s unit, and refuses anyone but the administrator', async () => {
    const { organization, admin, adminPerson, unit } = await accounting();
    const other = await accounting();
    const tooLong = await inTransaction((em) =>
      renameOrgUnit(em, admin, unit.id, { en: 'x'.repeat(301) }),
    ).catch((e: unknown) => e);
    expect(tooLong).toBeInstanceOf(ValidationError);
    expect((tooLong as ValidationError).details).toEqual({ field: 'names.en', max: 300, reason: 'too_long' });
    await expect(
      inTransaction((em) => renameOrgUnit(em, admin, other.unit.id, { en: 'Accounting' })),
    ).rejects.toBeInstanceOf(NotFoundError);
    const employee = {
      personId: adminPerson.id,
      organizationId: organization.id,
      roles: ['employee'] as const,
    };
    await expect(
      inTransaction((em) => renameOrgUnit(em, employee, unit.id, { en: 'Accounting' })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await eventsOf(organization.id, 'org.org_unit_renamed')).toEqual([]);
  });
});

describe('titling a post in each language from a person’s form', () => {
  it('titles the post for everyone holding it, and leaves the titles alone when the form sends none', async () => {
    const { organization, admin, unit, dana, erlan } = await accounting();
    const edit = { fullName: 'Дана Омарова', email: dana.email, orgUnitId: unit.id, position: 'Бухгалтер' };
    await inTransaction((em) =>
      updatePerson(em, admin, erlan.id, { ...edit, email: erlan.email, fullName: 'Ерлан Омаров' }),
    );
    const row = await inTransaction(async (em) => {
      const { id } = await updatePerson(em, admin, dana.id, {
        ...edit,
        positionTitles: { kk: 'Есепші', ru: 'Бухгалтер', en: 'Accountant' },
      });
      return directoryPerson(em, admin, id);
    });
    expect(row.person.position?.titles).toEqual({ kk: 'Есепші', en: 'Accountant' });
    expect(row.person.orgUnit.name).toBe('Бухгалтерия');

    await inTransaction((em) => updatePerson(em, admin, dana.id, edit));
    const post = await db.orm.em.fork().findOneOrFail(Position, { organization, title: 'Бухгалтер' });
    expect(localizedName(post.titles, post.title)).toEqual({
      kk: 'Есепші',
      ru: 'Бухгалтер',
      en: 'Accountant',
    });
    const events = await eventsOf(organization.id, 'org.position_renamed');
    expect(events.map((event) => [event.entityType, event.entityId, event.data])).toEqual([
      ['Position', post.id, { languages: ['kk', 'en'] }],
    ]);
    const erlanRow = await inTransaction((em) => directoryPerson(em, admin, erlan.id));
    expect(erlanRow.person.position?.id).toBe(post.id);
  });

  it('names the language of a title too long', async () => {
    const { admin, unit, dana } = await accounting();
    const error = await inTransaction((em) =>
      updatePerson(em, admin, dana.id, {
        fullName: 'Дана Омарова',
        email: dana.email,
        orgUnitId: unit.id,
        position: 'Бухгалтер',
        positionTitles: { ru: 'б'.repeat(301) },
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details?.['field']).toBe('positionTitles.ru');
  });
});

describe('marking a post as under the anti-corruption restrictions from a person’s form (§74.3)', () => {
  it('marks the post for everyone holding it, on the trail, and leaves it alone when the form says nothing', async () => {
    const { organization, admin, unit, dana, erlan } = await accounting();
    const edit = {
      fullName: 'Дана Омарова',
      email: dana.email,
      orgUnitId: unit.id,
      position: 'Бас бухгалтер',
    };
    await inTransaction((em) =>
      updatePerson(em, admin, erlan.id, { ...edit, email: erlan.email, fullName: 'Ерлан Омаров' }),
    );
    await inTransaction((em) =>
      updatePerson(em, admin, dana.id, { ...edit, positionUnderRestrictions: true }),
    );
    const marked = async () =>
      (await db.orm.em.fork().findOneOrFail(Position, { organization, title: 'Бас бухгалтер' }))
        .underRestrictions;
    expect(await marked()).toBe(true);
    // Saving the form again without the mark keeps it; the same mark again is no change.
    await inTransaction((em) =>
      updatePerson(em, admin, erlan.id, { ...edit, email: erlan.email, fullName: 'Ерлан Омаров' }),
    );
    await inTransaction((em) =>
      updatePerson(em, admin, dana.id, { ...edit, positionUnderRestrictions: true }),
    );
    expect(await marked()).toBe(true);
    await inTransaction((em) =>
      updatePerson(em, admin, dana.id, { ...edit, positionUnderRestrictions: false }),
    );
    expect(await marked()).toBe(false);
    const events = await eventsOf(organization.id, 'org.position_restrictions_marked');
    expect(events.map((event) => event.data)).toEqual([
      { underRestrictions: true },
      { underRestrictions: false },
    ]);
  });
});

describe('a person found for a picker', () => {
  it('comes with the unit read alongside, so its name is there in every language', async () => {
    const { admin, unit } = await accounting();
    await inTransaction((em) => renameOrgUnit(em, admin, unit.id, { kk: 'Бухгалтерлік есеп' }));
    const searcher = { ...admin, roles: ['employee', 'hotline_investigator'] as const };
    const [found] = await searchPeople(db.orm.em.fork(), searcher, { search: 'Дана Омарова' });
    expect(localizedName(found?.orgUnit.names, found?.orgUnit.name ?? '').kk).toBe('Бухгалтерлік есеп');
  });
});
