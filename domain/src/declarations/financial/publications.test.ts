import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { concurrently, outcomes } from '../../testing/index.js';
import { saveRelatedPerson } from '../relatives/related-persons.js';
import type { PublicationCategory } from './declarant.entity.js';
import { recordDeclarantDeparture, registerDeclarant } from './declarants.js';
import { createFinancialWorld, type FinancialWorld } from './financial-fixtures.js';
import { DeclarationPublication } from './publication.entity.js';
import { declarationPublications, recordDeclarationPublication } from './publications.js';

let w: FinancialWorld;
const NOW = new Date('2026-06-10T04:00:00Z');

beforeAll(async () => {
  w = await createFinancialWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

async function declarant(
  obligedFrom: string,
  publicationCategory: PublicationCategory | null = 'administrative_corps_a',
) {
  const { person, actor } = await w.person();
  await w.inTx((tx) =>
    registerDeclarant(tx, w.hr, {
      personId: person.id,
      category: 'official',
      publicationCategory,
      obligedFrom,
    }),
  );
  return { person, actor };
}

const rowOf = async (personId: string, year: number, now = NOW) =>
  (await declarationPublications(em(), w.hr, year, now)).find((row) => row.personId === personId);

describe('publication of declaration data (§29)', () => {
  it('lists the declarants of a publication category obliged in the year, with their spouses and the deadline', async () => {
    const { person, actor } = await declarant('2024-03-01', 'judge');
    await w.inTx((tx) => saveRelatedPerson(tx, actor, { relation: 'spouse', fullName: 'Әлия Серікқызы' }));
    const uncategorised = await declarant('2024-03-01', null);
    const later = await declarant('2026-02-02');
    const left = await declarant('2023-01-09');
    await w.inTx((tx) =>
      recordDeclarantDeparture(tx, w.hr, { personId: left.person.id, leftOn: '2024-12-31' }),
    );
    const rows = await declarationPublications(em(), w.hr, 2025, NOW);
    const ids = rows.map((row) => row.personId);
    expect(ids).toContain(person.id);
    expect(ids).not.toContain(uncategorised.person.id);
    expect(ids).not.toContain(later.person.id);
    expect(ids).not.toContain(left.person.id);
    expect(rows.find((row) => row.personId === person.id)).toEqual({
      personId: person.id,
      fullName: person.fullName,
      publicationCategory: 'judge',
      spouses: ['Әлия Серікқызы'],
      deadline: '2026-12-31',
      publishedOn: null,
      url: null,
      overdue: false,
    });
    // The first head reads the list too (§29's annual event).
    expect((await declarationPublications(em(), w.firstHead, 2025, NOW)).length).toBe(rows.length);
  });

  it('is overdue once 31 December of the next year has passed in Kazakhstan, unless published', async () => {
    const { person } = await declarant('2024-05-04');
    // 31 Dec 2026 19:30 UTC is already 1 January 2027 in Kazakhstan.
    expect((await rowOf(person.id, 2025, new Date('2026-12-31T18:30:00Z')))?.overdue).toBe(false);
    expect((await rowOf(person.id, 2025, new Date('2026-12-31T19:30:00Z')))?.overdue).toBe(true);
    await w.inTx((tx) =>
      recordDeclarationPublication(
        tx,
        w.hr,
        { personId: person.id, year: 2025, publishedOn: '2026-05-20', url: 'https://gov.kz/decl/2025' },
        NOW,
      ),
    );
    expect(await rowOf(person.id, 2025, new Date('2027-02-01T00:00:00Z'))).toMatchObject({
      publishedOn: '2026-05-20',
      url: 'https://gov.kz/decl/2025',
      overdue: false,
    });
  });

  it('refuses a bad address, a day to come or a person not listed, writing nothing', async () => {
    const { person } = await declarant('2024-05-04');
    const uncategorised = await declarant('2024-05-04', null);
    const publications = await em().count(DeclarationPublication, {});
    const events = await em().count(AuditEvent, {});
    const attempts: [Partial<Parameters<typeof recordDeclarationPublication>[2]>, string][] = [
      [{ url: 'ftp://gov.kz/decl' }, 'url'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ url: '' }, 'url'],
      [{ url: `https://gov.kz/${'a'.repeat(1000)}` }, 'url'],
      [{ publishedOn: '2026-06-11' }, 'publishedOn'],
      [{ publishedOn: 'someday' }, 'publishedOn'],
      [{ personId: uncategorised.person.id }, 'personId'],
      [{ personId: 'not-an-id' }, 'personId'],
      [{ year: 2023 }, 'personId'],
    ];
    for (const [change, field] of attempts) {
      const input = {
        personId: person.id,
        year: 2025,
        publishedOn: '2026-06-10',
        url: 'https://gov.kz/decl',
        ...change,
      };
      const failure = await w
        .inTx((tx) => recordDeclarationPublication(tx, w.hr, input, NOW))
        .catch((error: unknown) => error);
      expect(failure, JSON.stringify(change)).toBeInstanceOf(ValidationError);
      expect((failure as ValidationError).details, JSON.stringify(change)).toMatchObject({ field });
    }
    expect(await em().count(DeclarationPublication, {})).toBe(publications);
    expect(await em().count(AuditEvent, {})).toBe(events);
  });

  it('is recorded by HR only', async () => {
    const { person, actor } = await declarant('2024-05-04');
    const input = { personId: person.id, year: 2025, publishedOn: '2026-06-01', url: 'http://gov.kz/d' };
    for (const who of [actor, w.firstHead]) {
      await expect(w.inTx((tx) => recordDeclarationPublication(tx, who, input, NOW))).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    const { actor: stranger } = await w.person();
    await expect(declarationPublications(em(), stranger, 2025, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await em().count(DeclarationPublication, { person: person.id })).toBe(0);
  });

  it('is recorded once when sent twice at the same time', async () => {
    const { person } = await declarant('2024-05-04');
    const settled = await concurrently(w.db.orm, 4, (tx) =>
      recordDeclarationPublication(
        tx,
        w.hr,
        { personId: person.id, year: 2025, publishedOn: '2026-06-02', url: 'https://gov.kz/p' },
        NOW,
      ),
    );
    const { fulfilled, rejected } = outcomes(settled);
    expect(fulfilled).toHaveLength(1);
    expect(rejected.every((reason) => reason instanceof ConflictError)).toBe(true);
    expect(await em().count(DeclarationPublication, { person: person.id })).toBe(1);
    expect(
      await em().count(AuditEvent, { action: 'financial.publication_recorded', entityId: fulfilled[0]!.id }),
    ).toBe(1);
  });
});
