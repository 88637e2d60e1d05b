import { percentile, timed, type BenchRow } from '../report/bench-row';
import { yearAgoAtMidnight } from './read-cases';
import type { BenchOptions } from '../report/bench-options';
import { kpiFloors } from './kpi-floor';
import { operationDocument } from './operation-document';
import type { ScaleStack } from './scale-stack';

const GOAL_P95_MS = 300;

/** A KPI view of 12 widgets across the contexts, as a programme dashboard shows them (issue 16 §6). */
export const KPI_VIEW_CODES = [
  'training.coverage',
  'training.passed_share',
  'training.compliance_staff_trained',
  'hotline.reports_count',
  'hotline.acknowledged_in_time',
  'hotline.processed_in_time',
  'culture.material_ack_share',
  'culture.survey_participation',
  'compliance.measures_on_time',
  'compliance.risks_with_measures',
  'declarations.conflicts_identified',
  'declarations.financial_filed_on_time',
];

/**
 * Empties the gateway's KPI cache as a committed write to a table a KPI reads would: the same
 * notice on the same channel (see Migration20261220130000_kpi_change_notices). The gateway hears
 * of it before it answers its next request.
 */
export async function forgetKpiValues(stack: ScaleStack): Promise<void> {
  await stack.pool.query(`select pg_notify('adal_kpi_changed', '')`);
}

/**
 * One kpiValues request of 12 codes, as the view sends it (titles included), computed each time
 * (cold: the cache emptied before each request) and answered from the cache (warm), beside its
 * floor: the registry's one UNION ALL statement for the same 12 codes through plain `pg`.
 */
export async function runKpiView(stack: ScaleStack, options: BenchOptions): Promise<BenchRow[]> {
  const head = await stack.pool.query<{ id: string; email: string }>(
    `select id, email from person where email = 'head@scale.adal.kz'`,
  );
  const yearAgo = yearAgoAtMidnight();
  const { holding: floor } = await kpiFloors(
    stack.databaseUrl,
    stack.organizationId,
    head.rows[0]!.id,
    { holding: { periodFrom: yearAgo }, subsidiary: { periodFrom: yearAgo } },
    KPI_VIEW_CODES,
  );
  const token = await stack.login(head.rows[0]!.email);
  const document = operationDocument('hotline', 'list_hotline_kpis.query.graphql');
  const variables = { codes: KPI_VIEW_CODES, filter: { periodFrom: yearAgo.toISOString() } };
  const view = () => stack.graphql<{ kpiValues: { code: string }[] }>(token, document, variables);
  const first = await view();
  if (first.kpiValues.map((value) => value.code).join() !== KPI_VIEW_CODES.join())
    throw new Error('the view answers other KPIs than it asked');
  if ((await stack.pool.query(floor.sql, floor.params)).rows.length < KPI_VIEW_CODES.length)
    throw new Error('the floor computes other KPIs');
  const rounds = options.smoke ? 2 : 30;
  const cold: number[] = [];
  const warm: number[] = [];
  const floors: number[] = [];
  // In turns, so that the machine's noise falls on all three alike.
  for (let i = 0; i < rounds; i += 1) {
    await forgetKpiValues(stack);
    cold.push(await timed(view));
    warm.push(await timed(view));
    floors.push(await timed(() => stack.pool.query(floor.sql, floor.params)));
  }
  const floorP50 = percentile(floors, 50);
  const floorText = `${floorP50 < 10 ? floorP50.toFixed(1) : Math.round(floorP50)} ms`;
  const row = (operation: string, sample: number[]): BenchRow => ({
    group: `reads at scale (${stack.people} people)`,
    operation,
    p50: percentile(sample, 50),
    p95: percentile(sample, 95),
    floor: floorText,
    ratio: percentile(sample, 50) / floorP50,
    goal: `p95 ≤ ${GOAL_P95_MS} ms`,
    met: rounds < 5 ? null : percentile(sample, 95) <= GOAL_P95_MS,
  });
  return [
    row('a KPI view of 12 widgets, computed (cache emptied)', cold),
    row('a KPI view of 12 widgets, from the cache', warm),
  ];
}
