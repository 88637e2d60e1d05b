import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../src/testing/demo-database.js';
import type { TestDatabase } from '../src/testing/index.js';
import { ConflictOfInterestCase, Organization, Person, conflictMatches } from '../src/index.js';
import { demoActor } from './demo-actor.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createDemoDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('the conflict-of-interest demo (§15)', () => {
  it('has a notification at each step, the demo employee’s own waiting for the manager', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    const cases = await em.find(
      ConflictOfInterestCase,
      { organization: holding.id },
      { orderBy: { number: 'asc' } },
    );
    expect(cases.map((c) => c.status)).toEqual([
      'settled',
      'awaiting_decision',
      'awaiting_conclusion',
      'awaiting_forward',
    ]);
    const employee = await em.findOneOrFail(Person, { email: 'employee@demo.adal.kz' });
    expect(cases[3]?.notifier.id).toBe(employee.id);
    expect(cases[0]?.settledInTime).toBe(true);
  });

  it('opens the quarterly analysis on the employee’s brother who directs a supplier', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    const officer = await demoActor(em, holding, 'compliance_officer');
    const { matches } = await conflictMatches(em, officer, '2026-Q1');
    const supplier = matches.filter((m) => m.source === 'supplier');
    expect(supplier.map((m) => [m.relatedPersonName, m.kind, m.listed?.companyName])).toEqual([
      // Found as its director; that he works there is not said twice.
      ['Нұржан Бекұлы Жұмабаев', 'same_name_and_birth_date', 'ТОО «Дала Сервис»'],
    ]);
  });
});
