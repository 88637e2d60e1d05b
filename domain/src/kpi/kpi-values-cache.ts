import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { kazakhstanDay } from '../kernel/kazakhstan-time.js';
import { computeKpiValues } from './compute-kpi-values.js';
import { KeptFigures, type KeptFiguresOptions } from './kept-figures.js';
import type { KpiFilter, KpiValue } from './kpi-definition.js';
import { listenForKpiChanges, type KpiChangeFeed } from './kpi-change-feed.js';
import { mayReadKpi } from './kpi-readers.js';
import { findKpi } from './kpi-registry.js';

export type ComputeKpiValues = typeof computeKpiValues;

export type KpiValuesCacheOptions = KeptFiguresOptions;

/** A dashboard of 12 widgets is about 4 kB: 2 000 views, each organisation's few filters, hold ~8 MB. */
const BYTES_PER_VALUE = 320;

/**
 * A `day` KPI counts whole days up to yesterday and judges states as of the start of today, so its
 * figures hold for the whole day in Kazakhstan, which is part of the key. An `instant` KPI may
 * compare with now(): its view is kept as a clock-bound result (see KeptFigures).
 */
function cacheKey(actor: Actor, codes: readonly string[], filter: KpiFilter, now: Date): string {
  return JSON.stringify([
    actor.organizationId,
    kazakhstanDay(now),
    codes,
    // Every field of the filter: a subsidiary's figures, or a period's whole days, are other values.
    filter.organizationId ?? null,
    filter.orgUnitId ?? null,
    filter.periodFrom?.toISOString() ?? null,
    filter.periodTo?.toISOString() ?? null,
    filter.wholeDays ?? false,
  ]);
}

/**
 * KPI values per organisation, codes, filter and time (issue 16 §6), kept until a record behind
 * them changes (ADR 019). The change feed is the KPI tables'; the training completion report
 * keeps its figures on the same feed (`feed`).
 */
export class KpiValuesCache {
  private readonly kept: KeptFigures<KpiValue[]>;

  constructor(
    readonly feed: KpiChangeFeed,
    o: KpiValuesCacheOptions = {},
  ) {
    this.kept = new KeptFigures<KpiValue[]>(feed, (values) => values.length * BYTES_PER_VALUE, o);
  }

  /**
   * `computeKpiValues`, answered from memory when the same view was computed since the last
   * change. The actor's right to read each KPI is checked before looking: anything the registry
   * would refuse (an unknown code, a KPI the roles may not read) goes to `compute`, which refuses
   * it as it always does. `compute` is the registry's own except in tests.
   */
  values(
    em: EntityManager,
    actor: Actor,
    codes: readonly string[],
    filter: KpiFilter,
    now: Date = new Date(),
    compute: ComputeKpiValues = computeKpiValues,
  ): Promise<KpiValue[]> {
    const definitions = codes.map((code) => findKpi(code));
    const readable = definitions.every(
      (definition) => definition !== undefined && mayReadKpi(actor, definition),
    );
    if (!readable) return compute(em, actor, codes, filter, now);
    return this.kept.get({
      key: cacheKey(actor, codes, filter, now),
      clockBound: definitions.some((definition) => definition?.granularity === 'instant'),
      now,
      em,
      compute: (on) => compute(on, actor, codes, filter, now),
    });
  }

  /** Resolves once the background computations under way have ended (for tests). */
  idle(): Promise<void> {
    return this.kept.idle();
  }

  /** Views answered from memory and computed, since the start. */
  stats(): { hits: number; misses: number; entries: number } {
    return this.kept.stats();
  }

  close(): Promise<void> {
    this.kept.clear();
    return this.feed.close();
  }
}

/** A cache listening on its own connection to `databaseUrl` (one per process). */
export async function openKpiValuesCache(
  o: { databaseUrl: string; onError?: (error: unknown) => void } & KpiValuesCacheOptions,
): Promise<KpiValuesCache> {
  const feed = await listenForKpiChanges({
    databaseUrl: o.databaseUrl,
    ...(o.onError ? { onError: o.onError } : {}),
  });
  return new KpiValuesCache(feed, o);
}

/** Through the cache when there is one (see `openKpiValuesCache`), else computed each time. */
export function readKpiValues(
  cache: KpiValuesCache | null,
  em: EntityManager,
  actor: Actor,
  codes: readonly string[],
  filter: KpiFilter,
  now: Date = new Date(),
): Promise<KpiValue[]> {
  return cache
    ? cache.values(em, actor, codes, filter, now)
    : computeKpiValues(em, actor, codes, filter, now);
}
