import { computeKpiValues, forTenant, kpiCatalog, loadActor, openDatabase } from '@adal/domain';
import type { FloorStatement } from './read-cases';

/**
 * The KPI registry already answers any set of codes with one statement (the definitions joined by
 * UNION ALL); its floor is that same statement sent through plain `pg`, which leaves the cost of
 * everything around it: GraphQL, the ORM, the checks, the small-count rule. The statement is taken
 * from the registry as it runs, not written again here.
 */
export async function kpiFloors(
  databaseUrl: string,
  organizationId: string,
  headId: string,
  filters: { holding: Record<string, unknown>; subsidiary: Record<string, unknown> },
  codes: string[] = kpiCatalog().map((kpi) => kpi.code),
): Promise<{ codes: string[]; holding: FloorStatement; subsidiary: FloorStatement }> {
  const orm = await openDatabase({ databaseUrl, migrate: false });
  try {
    const em = forTenant(orm.em.fork(), organizationId);
    const actor = await loadActor(em, headId, organizationId);
    if (!actor) throw new Error('the scale holding has no compliance head');
    const capture = async (filter: Record<string, unknown>): Promise<FloorStatement> => {
      // A fork of its own whose execute notes the UNION ALL statement on its way to the database.
      const spy = forTenant(orm.em.fork(), organizationId);
      const execute = spy.execute.bind(spy);
      let statement: FloorStatement | null = null;
      spy.execute = (async (sql: string, params: unknown[] = [], ...rest: unknown[]) => {
        if (/union all/i.test(sql)) statement = { sql: numbered(sql), params };
        return (execute as (...args: unknown[]) => Promise<unknown>)(sql, params, ...rest);
      }) as typeof spy.execute;
      await computeKpiValues(spy, actor, codes, filter);
      if (!statement) throw new Error('the KPI registry ran no UNION ALL statement');
      return statement;
    };
    return { codes, holding: await capture(filters.holding), subsidiary: await capture(filters.subsidiary) };
  } finally {
    await orm.close(true);
  }
}

/** `?` placeholders (the ORM's) as `$1`, `$2`, … (pg's), outside quoted text. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}
