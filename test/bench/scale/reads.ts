import { percentile, timed, type BenchRow } from '../report/bench-row';
import type { BenchOptions } from '../report/bench-options';
import { kpiFloors } from './kpi-floor';
import { forgetKpiValues } from './kpi-view';
import { readCases, readTargets, yearAgoAtMidnight, type ReadCase } from './read-cases';
import type { ScaleStack } from './scale-stack';

const GOAL_P95_MS = 300;
const GOAL_RATIO = 1.5;

/**
 * Each read the screens make, through GraphQL as a browser asks it, beside its floor through plain
 * `pg`, taken in turns in one run so that the machine's noise falls on both alike. The ratio is of
 * the medians.
 */
export async function runReads(stack: ScaleStack, options: BenchOptions): Promise<BenchRow[]> {
  const targets = await readTargets(stack.pool, stack.organizationId);
  const head = await stack.pool.query<{ id: string }>(
    `select id from person where email = 'head@scale.adal.kz'`,
  );
  const yearAgo = yearAgoAtMidnight();
  const kpi = await kpiFloors(stack.databaseUrl, stack.organizationId, head.rows[0]!.id, {
    holding: { periodFrom: yearAgo },
    subsidiary: { periodFrom: yearAgo, orgUnitId: targets.subsidiary.id },
  });
  const cases = readCases(targets, kpi);
  const tokens = new Map<string, string>();
  for (const c of cases) if (!tokens.has(c.login)) tokens.set(c.login, await stack.login(c.login));
  const rounds = options.smoke ? 2 : 20;
  const rows: BenchRow[] = [];
  for (const c of cases) rows.push(await measure(stack, c, tokens.get(c.login)!, rounds));
  return rows.map((row) => ({ ...row, group: `reads at scale (${stack.people} people)` }));
}

async function measure(stack: ScaleStack, c: ReadCase, token: string, rounds: number): Promise<BenchRow> {
  // The first answers warm the caches and prove both compute the same thing.
  let data: Record<string, unknown>;
  try {
    data = await stack.graphql(token, c.document, c.variables);
  } catch (error) {
    // A read the gateway refuses (its statement timed out) is a finding, reported in its row.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      group: '',
      operation: c.name,
      figure: `failed: ${reason.slice(0, 60)}`,
      goal: `p95 ≤ ${GOAL_P95_MS} ms, ≤ ${GOAL_RATIO}× floor`,
      met: false,
    };
  }
  const floorRows = (await stack.pool.query(c.floor.sql, c.floor.params)).rows as Record<string, unknown>[];
  c.same(data, floorRows);
  const op: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    if (c.cold) await forgetKpiValues(stack);
    op.push(await timed(() => stack.graphql(token, c.document, c.variables)));
    floor.push(await timed(() => stack.pool.query(c.floor.sql, c.floor.params)));
  }
  const p50 = percentile(op, 50);
  const p95 = percentile(op, 95);
  const floorP50 = percentile(floor, 50);
  const ratio = p50 / floorP50;
  return {
    group: '',
    operation: c.name,
    p50,
    p95,
    floor: `${floorP50 < 10 ? floorP50.toFixed(1) : Math.round(floorP50)} ms`,
    ratio,
    goal: c.shows ?? `p95 ≤ ${GOAL_P95_MS} ms, ≤ ${GOAL_RATIO}× floor`,
    met: rounds < 5 || c.shows ? null : p95 <= GOAL_P95_MS && ratio <= GOAL_RATIO,
  };
}
