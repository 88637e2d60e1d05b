import { computeKpiValues, findLoginByEmail, forTenant, kpiCatalog, loadActor, seedDemo } from '@adal/domain';
import { createTestDatabase } from '@adal/domain/testing';
import { percentile, timed, type BenchRow } from '../report/bench-row';
import type { BenchOptions } from '../report/bench-options';

/**
 * The KPI registry answers any set of codes in one SQL round trip (UNION ALL). This compares it, in
 * one run and in turns, with asking for the same codes one query at a time, on the demo holding:
 * the floor here is the design it replaced.
 */
export async function runMicro(options: BenchOptions): Promise<BenchRow[]> {
  const database = await createTestDatabase();
  try {
    await seedDemo(database.orm);
    const login = await findLoginByEmail(database.orm.em.fork(), 'head@demo.adal.kz');
    if (!login) throw new Error('the demo seed has no compliance head');
    const em = forTenant(database.orm.em.fork(), login.organizationId);
    const actor = await loadActor(em, login.personId, login.organizationId);
    if (!actor) throw new Error('the compliance head cannot act');
    const codes = kpiCatalog().map((kpi) => kpi.code);
    const rounds = options.smoke ? 3 : 60;
    const single: number[] = [];
    const perKpi: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      single.push(await timed(() => computeKpiValues(em, actor, codes, {})));
      perKpi.push(
        await timed(async () => {
          for (const code of codes) await computeKpiValues(em, actor, [code], {});
        }),
      );
    }
    const p50 = percentile(single, 50);
    const floor = percentile(perKpi, 50);
    return [
      {
        group: 'micro (demo holding)',
        operation: `kpiValues, ${codes.length} KPIs in one round trip`,
        p50,
        p95: percentile(single, 95),
        floor: `${floor.toFixed(1)} ms (one query per KPI)`,
        ratio: p50 / floor,
        goal: 'faster than one query per KPI (< 1×)',
        met: options.smoke ? null : p50 < floor,
      },
    ];
  } finally {
    await database.drop();
  }
}
