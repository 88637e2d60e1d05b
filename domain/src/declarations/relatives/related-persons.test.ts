import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  outcomes,
  type TestDatabase,
} from '../../testing/index.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { binProblem } from './bin.js';
import { isFamilyMember, isRelativeBySection13, relationClassOf } from './relation.js';
import { RelatedPerson } from './related-person.entity.js';
import {
  MAX_RELATED_PERSONS,
  myRelatedPersons,
  ownRelatedPerson,
  removeRelatedPerson,
  saveRelatedPerson,
} from './related-persons.js';

let db: TestDatabase;
let employee: Actor;
let colleague: Actor;
const OWN_IIN = '900101300017';

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await buildOrganization(em);
  employee = actorOf(buildPerson(em, org.organization, org.root, { iin: OWN_IIN }), ['employee']);
  colleague = actorOf(buildPerson(em, org.organization, org.root), ['employee']);
  await em.flush();
});

afterAll(async () => {
  await db?.drop();
});

const inTransaction = <T>(run: (em: ReturnType<TestDatabase['orm']['em']['fork']>) => Promise<T>) =>
  db.orm.em.fork().transactional(run);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'fulfilled',
    (error: unknown) => error,
  );
}

describe('the relation classes', () => {
  it('keeps close relatives, the spouse and in-laws (§13) apart from family members (§4.8) and linked persons (Annex 2)', () => {
    expect(relationClassOf('sibling_half')).toBe('close_relative');
    expect(relationClassOf('spouse')).toBe('spouse');
    expect(relationClassOf('spouse_parent')).toBe('in_law');
    expect(relationClassOf('classmate')).toBe('linked_person');
    // §4.8: a grandparent is a close relative but no family member; a dependant is family but no relative.
    expect([isRelativeBySection13('grandparent'), isFamilyMember('grandparent')]).toEqual([true, false]);
    expect([isRelativeBySection13('dependant'), isFamilyMember('dependant')]).toEqual([false, true]);
    expect([isRelativeBySection13('friend'), isFamilyMember('friend')]).toEqual([false, false]);
    expect(isFamilyMember('child')).toBe(true);
  });
});

describe('binProblem', () => {
  it('accepts a BIN whose check digit matches and names what is wrong otherwise', () => {
    expect(binProblem('180340021791')).toBeNull();
    expect(binProblem('180340021792')).toMatch(/check digit/);
    expect(binProblem('181340021791')).toMatch(/month/);
    expect(binProblem('18034002179')).toMatch(/12 digits/);
  });
});

describe('a person’s related persons', () => {
  it('are kept once, corrected in place and listed only to their own declarer', async () => {
    const saved = await inTransaction((em) =>
      saveRelatedPerson(em, employee, {
        relation: 'spouse_sibling_full',
        fullName: '  Асқар Нұрланұлы Серікбаев ',
        iin: '850615300129',
        birthDate: '1985-06-15',
        workplace: 'ТОО «Сауда Сервис»',
        workplaceBin: '180340021791',
      }),
    );
    expect(saved).toMatchObject({
      relation: 'spouse_sibling_full',
      relationClass: 'in_law',
      familyMember: false,
      fullName: 'Асқар Нұрланұлы Серікбаев',
      birthDate: '1985-06-15',
    });
    const corrected = await inTransaction((em) =>
      saveRelatedPerson(em, employee, {
        id: saved.id,
        relation: 'spouse_sibling_full',
        fullName: 'Асқар Серікбаев',
        jobTitle: 'Директор',
      }),
    );
    expect(corrected).toMatchObject({ id: saved.id, jobTitle: 'Директор', iin: null, workplace: null });
    expect((await myRelatedPersons(db.orm.em.fork(), employee)).map((row) => row.id)).toEqual([saved.id]);
    expect(await myRelatedPersons(db.orm.em.fork(), colleague)).toEqual([]);
    expect(await rejection(ownRelatedPerson(db.orm.em.fork(), colleague, saved.id))).toBeInstanceOf(
      NotFoundError,
    );
    expect(
      await rejection(
        inTransaction((em) =>
          saveRelatedPerson(em, colleague, { id: saved.id, relation: 'friend', fullName: 'X' }),
        ),
      ),
    ).toBeInstanceOf(NotFoundError);
  });

  it('refuses an IIN failing its check digit, one’s own IIN, a bad BIN and an unknown relation, and stores nothing', async () => {
    const before = await db.orm.em.fork().count(RelatedPerson, {});
    const attempts = [
      { relation: 'child', fullName: 'Ана', iin: '900101300018' },
      { relation: 'child', fullName: 'Ана', iin: OWN_IIN },
      { relation: 'child', fullName: 'Ана', workplaceBin: '180340021792' },
      { relation: 'cousin', fullName: 'Ана' },
      { relation: 'child', fullName: '   ' },
    ];
    const keys = [];
    for (const input of attempts) {
      const error = await rejection(inTransaction((em) => saveRelatedPerson(em, employee, input)));
      expect(error).toBeInstanceOf(ValidationError);
      keys.push((error as ValidationError).messageKey);
    }
    expect(keys).toEqual([
      'declarations.iinInvalid',
      'declarations.relatedIsSelf',
      'declarations.binInvalid',
      'declarations.unknownRelation',
      'declarations.relatedNameRequired',
    ]);
    expect(await db.orm.em.fork().count(RelatedPerson, {})).toBe(before);
  });

  it('leaves a removed person out of the list but keeps the row for what named them', async () => {
    const saved = await inTransaction((em) =>
      saveRelatedPerson(em, colleague, { relation: 'friend', fullName: 'Дос' }),
    );
    await inTransaction((em) => removeRelatedPerson(em, colleague, saved.id));
    expect(await myRelatedPersons(db.orm.em.fork(), colleague)).toEqual([]);
    const row = await db.orm.em.fork().findOneOrFail(RelatedPerson, saved.id);
    expect(row.removedAt).toBeInstanceOf(Date);
    expect(
      await rejection(inTransaction((em) => removeRelatedPerson(em, colleague, saved.id))),
    ).toBeInstanceOf(NotFoundError);
  });

  it('removes a person once when the removal is sent twice at once', async () => {
    const saved = await inTransaction((em) =>
      saveRelatedPerson(em, employee, { relation: 'classmate', fullName: 'Сыныптас' }),
    );
    const result = outcomes(
      await concurrently(db.orm, 2, (tx) => removeRelatedPerson(tx, employee, saved.id)),
    );
    expect(result.fulfilled).toEqual([true]);
    expect(result.rejected).toEqual([expect.any(NotFoundError)]);
    const removals = await db.orm.em
      .fork()
      .count(AuditEvent, { action: 'declarations.related_person.removed', entityId: saved.id });
    expect(removals).toBe(1);
  });

  it('holds the cap when the last places are taken at once', async () => {
    const em = db.orm.em.fork();
    const kept = await em.count(RelatedPerson, { person: colleague.personId, removedAt: null });
    for (let i = kept; i < MAX_RELATED_PERSONS - 1; i += 1) {
      em.create(RelatedPerson, {
        organization: colleague.organizationId,
        person: colleague.personId,
        relation: 'colleague',
        fullName: `Әріптес ${i}`,
      });
    }
    await em.flush();
    const settled = await concurrently(db.orm, 3, (tx, i) =>
      saveRelatedPerson(tx, colleague, { relation: 'friend', fullName: `Дос ${i}` }),
    );
    const result = outcomes(settled);
    expect(result.fulfilled).toHaveLength(1);
    expect(result.rejected.map((error) => (error as ValidationError).messageKey)).toEqual([
      'declarations.tooManyRelated',
      'declarations.tooManyRelated',
    ]);
    expect(await db.orm.em.fork().count(RelatedPerson, { person: colleague.personId, removedAt: null })).toBe(
      MAX_RELATED_PERSONS,
    );
  });
});
