import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../src/testing/demo-database.js';
import type { TestDatabase } from '../src/testing/index.js';
import { antiCorruptionStandard, complianceService, Organization, programmeChecklist } from '../src/index.js';
import { demoActor } from './demo-actor.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await createDemoDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('the standard and compliance service demo', () => {
  it('has the standard adopted and published on the website, the service appointed by the board, 2 items missing', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    const auditor = await demoActor(em, holding, 'auditor');
    const standard = await antiCorruptionStandard(em, auditor);
    expect(standard.current).toMatchObject({ approvedBy: 'first_head', publishedWhere: 'website' });
    expect(standard.warnings).toEqual([]);
    const service = await complianceService(em, auditor);
    expect(service.appointedBy).toBe('board_of_directors');
    expect(service.members.map((m) => m.role)).toEqual(['head', 'staff']);
    expect(service.warnings).toEqual([]);
    const checklist = await programmeChecklist(em, auditor);
    expect(checklist.items.filter((i) => i.status === 'missing').map((i) => i.code)).toEqual([
      'charity_and_sponsorship_procedure',
      'bonus_controls',
    ]);
  });
});
