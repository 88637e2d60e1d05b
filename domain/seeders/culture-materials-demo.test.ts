import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../src/testing/demo-database.js';
import type { TestDatabase } from '../src/testing/index.js';
import { cultureMaterials, myCultureMaterials, Organization } from '../src/index.js';
import { demoActor } from './demo-actor.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createDemoDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('the materials library demo', () => {
  it('gives the planners a draft and three published materials, and the employee the published ones to read', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    const officer = await demoActor(em, holding, 'compliance_officer');
    const library = await cultureMaterials(em, officer, {});
    expect(library.rows.map((m) => [m.kind, m.status]).sort()).toEqual([
      ['booklet', 'published'],
      ['memo', 'published'],
      ['presentation', 'draft'],
      ['short_guide', 'published'],
    ]);
    const employee = await demoActor(em, holding, 'employee');
    const mine = await myCultureMaterials(em, employee);
    // The memo's term has passed, the guide's has not; the booklet asks for nothing.
    expect(mine.map((m) => [m.kind, m.acknowledgement])).toEqual([
      ['memo', null],
      ['short_guide', null],
      ['booklet', null],
    ]);
  });
});
