import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { HotlineRecommendation } from '../src/hotline/recommendations/hotline-recommendation.entity.js';
import { HotlineReport } from '../src/hotline/cases/hotline-report.entity.js';
import { generateHotlineKeyring } from '../src/hotline/crypto/keyring.js';
import { getHotlineCase } from '../src/hotline/cases/case-view.js';
import { listHotlineCases } from '../src/hotline/cases/case-list.js';
import type { Actor } from '../src/kernel/actor.js';
import type { RoleCode } from '../src/kernel/roles.js';
import { Organization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { verifyAuditChain } from '../src/audit/verify-audit-chain.js';
import { seedDemo } from './seed-demo.js';

let db: TestDatabase;
const keyring = generateHotlineKeyring('demo');

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('hotline demo cases', () => {
  it('are skipped without the hotline keyring', async () => {
    const result = await seedDemo(db.orm);
    expect(result.created).toBe(true);
    expect(await db.orm.em.fork().count(HotlineReport, {})).toBe(0);
  });

  it('are added to the parent company once the keyring is given, in every status, sealed and on the audit trail', async () => {
    await seedDemo(db.orm, { hotlineKeyring: keyring });
    await seedDemo(db.orm, { hotlineKeyring: keyring });
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    const reports = await em.find(
      HotlineReport,
      { organization: holding.id },
      { orderBy: { number: 'asc' } },
    );
    expect(reports).toHaveLength(7);
    // Each subsidiary has seven of its own (subsidiaries-demo.ts).
    expect(await em.count(HotlineReport, {})).toBe(21);
    expect(new Set(reports.map((r) => r.status))).toEqual(
      new Set(['received', 'acknowledged', 'in_progress', 'closed']),
    );
    expect(reports.some((r) => r.channel === 'phone' && !r.anonymous)).toBe(true);
    expect(await em.count(HotlineRecommendation, { organization: holding.id, doneAt: null })).toBe(1);
    expect((await verifyAuditChain(em, holding.id)).ok).toBe(true);

    const investigator = await em.findOneOrFail(Person, { email: 'investigator@demo.adal.kz' });
    const closed = reports.find((r) => r.status === 'closed' && r.outcome === 'substantiated');
    const view = await getHotlineCase(
      em,
      { personId: investigator.id, organizationId: holding.id, roles: ['hotline_investigator'] },
      keyring,
      closed?.id ?? '',
    );
    expect(view.content.what).toMatch(/Сатып алу маманы/);
    expect(view.involvedPersons).toHaveLength(1);
    expect(view.recommendations).toHaveLength(2);
  });

  it('has a case about the compliance head that the board member runs and the head sees only in the queue', async () => {
    const em = db.orm.em.fork();
    const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
    const actor = async (email: string, role: RoleCode): Promise<Actor> => ({
      personId: (await em.findOneOrFail(Person, { email })).id,
      organizationId: holding.id,
      roles: ['employee', role],
    });
    const head = await actor('head@demo.adal.kz', 'compliance_head');
    const board = await actor('board@demo.adal.kz', 'board_member');
    const queue = await listHotlineCases(em, head, { limit: 100 });
    const withheld = queue.items.filter((item) => item.withheld);
    expect(withheld).toHaveLength(1);
    expect(withheld[0]?.handledBy).toBe('alternate');
    const [mine] = (await listHotlineCases(em, board)).items;
    expect(mine?.id).toBe(withheld[0]?.id);
    const view = await getHotlineCase(em, board, keyring, mine?.id ?? '');
    expect(view.involvedPersons.map((p) => p.id)).toEqual([head.personId]);
    expect(view.status).toBe('in_progress');
  });
});
