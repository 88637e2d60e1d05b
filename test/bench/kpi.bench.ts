import { computeKpiValues, findLoginByEmail, forTenant, kpiCatalog, loadActor, seedDemo } from '@adal/domain';
import type { Actor, EntityManager } from '@adal/domain';
import { createTestDatabase, type TestDatabase } from '@adal/domain/testing';
import { afterAll, beforeAll, test } from 'vitest';

// The KPI registry answers any set of codes in one SQL round trip (UNION ALL). This compares
// it, in one run, with asking for the same codes one query at a time on the demo holding.
let database: TestDatabase;
let em: EntityManager;
let actor: Actor;
const codes = kpiCatalog().map((kpi) => kpi.code);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.orm);
  const login = await findLoginByEmail(database.orm.em.fork(), 'head@demo.adal.kz');
  if (!login) throw new Error('the demo seed has no compliance head');
  em = forTenant(database.orm.em.fork(), login.organizationId);
  const loaded = await loadActor(em, login.personId, login.organizationId);
  if (!loaded) throw new Error('the compliance head cannot act');
  actor = loaded;
});

afterAll(() => database?.drop());

test(`kpiValues for all ${codes.length} registered KPIs`, async ({ bench }) => {
  const results = await bench.compare(
    bench('one round trip', async () => {
      await computeKpiValues(em, actor, codes, {});
    }),
    bench('one query per KPI', async () => {
      for (const code of codes) await computeKpiValues(em, actor, [code], {});
    }),
    { time: 2000 },
  );
  const single = results.get('one round trip').latency.mean;
  const perKpi = results.get('one query per KPI').latency.mean;
  console.log(`one round trip is ${(perKpi / single).toFixed(2)}× as fast as one query per KPI`);
});
