import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicationCategory } from './declarant.entity.js';
import { registerDeclarant } from './declarants.js';
import { createFinancialWorld, type FinancialWorld } from './financial-fixtures.js';
import { recordDeclarationPublication } from './publications.js';
import { FINANCIAL_DECLARATION_WORK } from './work-items.js';

// §29: HR publishes the declaration data of the six publication categories by 31 December of the
// year after the reporting year; My work counts what is still to publish, per reporting year.

let w: FinancialWorld;
const NOW = new Date('2026-06-10T04:00:00Z');
const people: Record<'judge' | 'manager' | 'uncategorised', string> = {
  judge: '',
  manager: '',
  uncategorised: '',
};

beforeAll(async () => {
  w = await createFinancialWorld();
  const declarant = async (obligedFrom: string, publicationCategory: PublicationCategory | null) => {
    const { person } = await w.person();
    await w.inTx((tx) =>
      registerDeclarant(tx, w.hr, {
        personId: person.id,
        category: 'official',
        publicationCategory,
        obligedFrom,
      }),
    );
    return person.id;
  };
  // The judge declared for 2024 and 2025; the manager for 2025 only; the third is published by no one.
  people.judge = await declarant('2024-03-01', 'judge');
  people.manager = await declarant('2025-02-03', 'quasi_public_manager');
  people.uncategorised = await declarant('2024-03-01', null);
});

afterAll(async () => {
  await w?.db.drop();
});

const publicationItems = async (actor = w.hr, now = NOW) =>
  (await FINANCIAL_DECLARATION_WORK.items(w.db.orm.em.fork(), actor, now))
    .filter((item) => item.kind === 'financial_publications_due')
    .map((item) => ({ year: item.subject?.en, count: item.count, dueOn: item.dueOn, urgency: item.urgency }));

const publish = (personId: string, year: number) =>
  w.inTx((tx) =>
    recordDeclarationPublication(
      tx,
      w.hr,
      { personId, year, publishedOn: '2026-05-04', url: `https://gov.kz/declarations/${year}/${personId}` },
      NOW,
    ),
  );

describe('My work: the declaration data to publish (§29)', () => {
  it('gives HR the count still to publish per reporting year, due 31 December of the next one', async () => {
    expect(await publicationItems()).toEqual([
      { year: '2024', count: 1, dueOn: '2025-12-31', urgency: 'overdue' },
      { year: '2025', count: 2, dueOn: '2026-12-31', urgency: 'upcoming' },
    ]);
    // Two weeks before the deadline it is due soon.
    expect(await publicationItems(w.hr, new Date('2026-12-20T04:00:00Z'))).toContainEqual({
      year: '2025',
      count: 2,
      dueOn: '2026-12-31',
      urgency: 'due_soon',
    });
  });

  it('is not shown to anyone but HR', async () => {
    expect(await publicationItems(w.firstHead)).toEqual([]);
    expect(await publicationItems((await w.person()).actor)).toEqual([]);
  });

  it('counts down as publications are recorded and is gone once all of a year are', async () => {
    await publish(people.judge, 2025);
    expect(await publicationItems()).toEqual([
      { year: '2024', count: 1, dueOn: '2025-12-31', urgency: 'overdue' },
      { year: '2025', count: 1, dueOn: '2026-12-31', urgency: 'upcoming' },
    ]);
    await publish(people.manager, 2025);
    await publish(people.judge, 2024);
    expect(await publicationItems()).toEqual([]);
  });
});
