import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../src/testing/demo-database.js';
import type { TestDatabase } from '../src/testing/index.js';
import {
  computeKpiValuesByOrganization,
  findLoginByEmail,
  kpiBenchmark,
  loadActor,
  Organization,
  SUBSIDIARY_DEMO_LOGINS,
  type Actor,
} from '../src/index.js';
import { forTenant } from '../src/database/tenant-filter.js';
import { verifyAuditChain } from '../src/audit/verify-audit-chain.js';
import { Person } from '../src/org/person.entity.js';

let db: TestDatabase;
let parentHead: Actor;
let energyHead: Actor;

beforeAll(async () => {
  db = await createDemoDatabase({ hotline: true });
  const em = db.orm.em.fork();
  const holding = await em.findOneOrFail(Organization, { bin: '050140000017' });
  const head = await em.findOneOrFail(Person, { email: 'head@demo.adal.kz' });
  parentHead = { personId: head.id, organizationId: holding.id, roles: ['employee', 'compliance_head'] };
  const identity = await findLoginByEmail(em, 'head@energy.demo.adal.kz');
  const loaded = await loadActor(em, identity?.personId ?? '', identity?.organizationId ?? '');
  if (!loaded) throw new Error('the energy head cannot sign in');
  energyHead = loaded;
}, 180_000);

afterAll(async () => {
  await db?.drop();
});

const FIGURES = [
  'training.coverage',
  'training.passed_share',
  'hotline.reports_count',
  'hotline.substantiation_rate',
  'hotline.days_to_close',
];

describe('subsidiaries demo', () => {
  it('signs the energy subsidiary’s compliance head in to her own company', async () => {
    expect(SUBSIDIARY_DEMO_LOGINS.map((login) => login.email)).toEqual(['head@energy.demo.adal.kz']);
    const em = db.orm.em.fork();
    const energy = await em.findOneOrFail(Organization, { bin: '080540000029' });
    expect(energyHead.organizationId).toBe(energy.id);
    expect(energyHead.roles).toEqual(expect.arrayContaining(['employee', 'compliance_head']));
    expect((await verifyAuditChain(em, energy.id)).ok).toBe(true);
  });

  it('gives each subsidiary training and hotline figures that the small-count rule leaves visible', async () => {
    const { organizations } = await computeKpiValuesByOrganization(
      forTenant(db.orm.em, parentHead.organizationId),
      parentHead,
      FIGURES,
      {},
    );
    expect(organizations.map((o) => o.name.en)).toEqual([
      'Adal Holding JSC',
      'Adal Energo JSC',
      'Adal Logistics LLP',
    ]);
    for (const subsidiary of organizations.slice(1)) {
      const shown = Object.fromEntries(
        subsidiary.values.map((v) => [v.code, v.suppressed ? 'withheld' : v.value]),
      );
      expect(shown['hotline.reports_count']).toBe(7);
      // Five checked and closed: two substantiated, one partly.
      expect(shown['hotline.substantiation_rate']).toBe(60);
      // Closed after 9, 12, 6, 14 and 8 days.
      expect(shown['hotline.days_to_close']).toBe(9);
      expect(shown['training.coverage']).toBeGreaterThan(10);
      expect(shown['training.passed_share']).toBeGreaterThan(0);
    }
  });

  it('lets the subsidiary head compare her company with two unnamed peers', async () => {
    const benchmark = await kpiBenchmark(forTenant(db.orm.em, energyHead.organizationId), energyHead, {});
    expect(benchmark.companies).toBe(3);
    const coverage = benchmark.measures.find((m) => m.code === 'training.coverage');
    expect(coverage?.own.value).toBeGreaterThan(0);
    expect(coverage?.peers).toHaveLength(2);
    expect(coverage?.rank).not.toBeNull();
  });
});
