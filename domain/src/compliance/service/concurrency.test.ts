import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.js';
import { concurrently, createTestDatabase, outcomes, type TestDatabase } from '../../testing/index.js';
import { complianceOfficers } from '../compliance-fixtures.js';
import { AntiCorruptionStandard } from './standard.entity.js';
import { ComplianceChecklistItem } from './checklist-item.entity.js';
import { ComplianceService } from './compliance-service.entity.js';
import { recordComplianceServiceAppointment, setComplianceServiceSizing } from './compliance-service.js';
import { updateChecklistItem } from './policy-checklist.js';
import { recordAntiCorruptionStandard } from './standard.js';

// The writes fired at once on the real PostgreSQL: one service row per organisation whatever
// races to make it, no write lost on it, one act in force, one checklist row per item.

const N = 6;
const NOW = new Date('2026-12-06T06:00:00Z');
let db: TestDatabase;
let officers: Actor[];

beforeAll(async () => {
  db = await createTestDatabase();
  officers = await complianceOfficers(db, N);
});

afterAll(async () => {
  await db?.drop();
});

describe('the compliance service under concurrent requests', () => {
  it('appointments and sizings racing on a new service make one row, and none of the writes is lost', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently<unknown>(db.orm, N, (em, i) =>
        i % 2 === 0
          ? recordComplianceServiceAppointment(
              em,
              officers[i]!,
              {
                appointedBy: 'board_of_directors',
                appointedOn: '2025-03-01',
                members: [{ personId: officers[i]!.personId, role: 'head' }],
              },
              NOW,
            )
          : setComplianceServiceSizing(
              em,
              officers[i]!,
              { rows: [{ process: `P${i}`, automation: 'full' }] },
              NOW,
            ),
      ),
    );
    expect(rejected).toEqual([]);
    expect(fulfilled).toHaveLength(N);
    const services = await db.orm.em.fork().find(ComplianceService, {});
    expect(services).toHaveLength(1);
    // The last appointment and the last sizing both stand: neither overwrote the other's fields.
    expect(services[0]!.appointedBy).toBe('board_of_directors');
    expect(services[0]!.members).toHaveLength(1);
    expect(services[0]!.sizing).toHaveLength(1);
  });

  it('adoptions racing leave exactly one act in force, the others superseded in a chain', async () => {
    await concurrently(db.orm, N, (em, i) =>
      recordAntiCorruptionStandard(
        em,
        officers[i]!,
        { actNumber: `A-${i}`, adoptedOn: '2025-02-10', approvedBy: 'first_head', approverName: 'Head' },
        NOW,
      ),
    );
    const acts = await db.orm.em.fork().find(AntiCorruptionStandard, {});
    expect(acts).toHaveLength(N);
    expect(acts.filter((a) => !a.supersededBy)).toHaveLength(1);
    expect(new Set(acts.flatMap((a) => (a.supersededBy ? [a.supersededBy.id] : [])))).toHaveProperty(
      'size',
      N - 1,
    );
  });

  it('first changes of one checklist item racing make one row', async () => {
    const { rejected } = outcomes(
      await concurrently(db.orm, N, (em, i) =>
        updateChecklistItem(
          em,
          officers[i]!,
          { code: 'business_ethics_code', status: 'draft', documentName: `D${i}` },
          NOW,
        ),
      ),
    );
    expect(rejected).toEqual([]);
    expect(await db.orm.em.fork().count(ComplianceChecklistItem, { code: 'business_ethics_code' })).toBe(1);
  });
});
