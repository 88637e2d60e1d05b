import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { ForbiddenError } from '../kernel/errors.js';
import {
  computeForOrganizations,
  organizationPlans,
  organizationValues,
  readableDefinitions,
  SCOPE_ORG,
  type KpiPeriod,
} from './compute-kpi-values.js';
import type { KpiDefinition, KpiValue } from './kpi-definition.js';
import { mayReadKpi } from './kpi-readers.js';
import { findKpi } from './kpi-registry.js';

/**
 * The measures a holding's companies compare themselves on (issue 16): how much is reported to
 * the hotline for the staff it serves, how often a checked report holds, how fast cases close,
 * and how much of the staff training reaches.
 */
export const BENCHMARK_KPI_CODES = [
  'hotline.reports_per_100_staff',
  'hotline.substantiation_rate',
  'hotline.days_to_close',
  'training.coverage',
] as const;

/**
 * With a single peer, any figure of "the peers" is that company's, named by elimination: its
 * figures, the spread and the rank are shown from two peers on.
 */
export const MIN_BENCHMARK_PEERS = 2;

/** Another company's figure: no id, no name, no parts (a headcount would tell which it is). */
export interface KpiPeerFigure {
  value: number | null;
  suppressed: boolean;
}

export interface KpiBenchmarkMeasure {
  code: string;
  /** The viewer's own organisation's figure, in full. */
  own: KpiValue;
  /**
   * The other companies of the holding (the parent company and every subsidiary but the viewer's
   * own), by value from lowest to highest, those without a figure last: the order says nothing
   * of which company is which. Withheld (each suppressed) below MIN_BENCHMARK_PEERS.
   */
  peers: KpiPeerFigure[];
  /** Over every company with a figure, the viewer's own included; null below MIN_BENCHMARK_PEERS peers. */
  min: number | null;
  median: number | null;
  max: number | null;
  /** The viewer's place, 1 the best by the KPI's direction, ties sharing it; null without a figure. */
  rank: number | null;
  /** How many companies have a figure (the rank is out of these). */
  ranked: number;
}

export interface KpiBenchmark {
  /** The companies of the holding, the viewer's own included. */
  companies: number;
  measures: KpiBenchmarkMeasure[];
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? sorted[middle]! : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}

function measure(def: KpiDefinition, own: KpiValue, others: readonly KpiValue[]): KpiBenchmarkMeasure {
  const shown = (value: KpiValue) => !value.suppressed && value.value !== null;
  const figures = [own, ...others]
    .filter(shown)
    .map((value) => value.value as number)
    .sort((a, b) => a - b);
  const enough = others.length >= MIN_BENCHMARK_PEERS;
  const peers: KpiPeerFigure[] = enough
    ? others
        .map((value) => ({ value: shown(value) ? value.value : null, suppressed: value.suppressed }))
        .sort((a, b) =>
          a.value === null
            ? b.value === null
              ? Number(a.suppressed) - Number(b.suppressed)
              : 1
            : b.value === null
              ? -1
              : a.value - b.value,
        )
    : others.map(() => ({ value: null, suppressed: true }));
  const better = (value: number) =>
    def.direction === 'at_least' ? value > (own.value as number) : value < (own.value as number);
  return {
    code: def.code,
    own,
    peers,
    min: enough ? (figures[0] ?? null) : null,
    median: enough ? median(figures) : null,
    max: enough ? (figures[figures.length - 1] ?? null) : null,
    rank: enough && shown(own) ? 1 + figures.filter(better).length : null,
    ranked: enough ? figures.length : 0,
  };
}

/**
 * The viewer's organisation against the other companies of its holding on the benchmark
 * measures it may read, in one SQL round trip (each measure's query joined to every company of
 * the holding). No other company is named or identified, to a subsidiary's head or to the
 * parent's: the parent company's compliance head compares named subsidiaries in
 * computeKpiValuesByOrganization. A measure the viewer's roles may not read is left out; none
 * readable is FORBIDDEN.
 */
export async function kpiBenchmark(
  em: EntityManager,
  actor: Actor,
  period: KpiPeriod,
  now: Date = new Date(),
): Promise<KpiBenchmark> {
  const readable = BENCHMARK_KPI_CODES.filter((code) => {
    const def = findKpi(code);
    return def !== undefined && mayReadKpi(actor, def);
  });
  if (readable.length === 0) {
    const readers = BENCHMARK_KPI_CODES.flatMap((code) => findKpi(code)?.readers ?? []);
    throw ForbiddenError.because('kpi.notReader', {
      codes: BENCHMARK_KPI_CODES.join(', '),
      readers: [...new Set(readers)].join(', '),
    });
  }
  const definitions = readableDefinitions(actor, readable, period);
  const plans = organizationPlans(definitions, period, now);
  // The holding: the viewer's parent company, or the viewer's own when it has no parent.
  const holding = `(select coalesce(h.parent_id, h.id) from organization h where h.id = cast(? as uuid))`;
  const found = await computeForOrganizations(em, plans, {
    condition: `(${SCOPE_ORG}.id = ${holding} or ${SCOPE_ORG}.parent_id = ${holding})`,
    params: [actor.organizationId, actor.organizationId],
  });
  const values = found.map(({ organizationId, rows }) => ({
    own: organizationId === actor.organizationId,
    values: organizationValues(plans, period, rows),
  }));
  const own = values.find((company) => company.own);
  const others = values.filter((company) => !company.own);
  return {
    companies: values.length,
    measures: plans.map(({ def }, index) =>
      measure(
        def,
        own?.values[index] as KpiValue,
        others.map((company) => company.values[index] as KpiValue),
      ),
    ),
  };
}
