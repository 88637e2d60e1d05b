import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import type { Actor } from '../kernel/actor.js';
import { kazakhstanDay } from '../kernel/kazakhstan-time.js';
import { computeKpiValues } from './compute-kpi-values.js';
import type { KpiFilter, KpiValue } from './kpi-definition.js';
import { listenForKpiChanges, type KpiChangeFeed } from './kpi-change-feed.js';
import { mayReadKpi } from './kpi-readers.js';
import { findKpi } from './kpi-registry.js';

export type ComputeKpiValues = typeof computeKpiValues;

export interface KpiValuesCacheOptions {
  /** Views kept at most; the least recently read goes first. */
  maxEntries?: number;
  /** Their rough size in memory at most (see `sizeOf`). */
  maxBytes?: number;
}

interface Entry {
  generation: number;
  values: KpiValue[];
  /** The `now` the values were computed for. */
  takenAt: number;
  /** Whether an `instant` KPI is among them: then they age with the clock (see FRESH_MS). */
  instant: boolean;
}

/** A dashboard of 12 widgets is about 4 kB: 2 000 views, each organisation's few filters, hold ~8 MB. */
const DEFAULT_MAX_ENTRIES = 2000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** A KpiValue's fields, numbers, dates and the entry's bookkeeping, counted generously. */
const BYTES_PER_VALUE = 320;

function sizeOf(key: string, entry: Entry): number {
  return key.length * 2 + entry.values.length * BYTES_PER_VALUE;
}

/**
 * A `day` KPI counts whole days up to yesterday and judges states as of the start of today, so its
 * figures hold for the whole day in Kazakhstan, which is part of the key. An `instant` KPI may
 * compare with now() (a deadline passing changes it with no write): its figures are served as they
 * are for a minute, then for one more minute while they are computed again in the background, so
 * that the readers of a busy view never wait for the clock; older, they are computed first.
 */
const FRESH_MS = 60_000;
const SERVED_WHILE_REFRESHED_MS = 2 * FRESH_MS;

function cacheKey(actor: Actor, codes: readonly string[], filter: KpiFilter, now: Date): string {
  return JSON.stringify([
    actor.organizationId,
    kazakhstanDay(now),
    codes,
    filter.orgUnitId ?? null,
    filter.periodFrom?.toISOString() ?? null,
    filter.periodTo?.toISOString() ?? null,
  ]);
}

/**
 * KPI values per organisation, codes, filter and time (issue 16 §6), kept until a record behind
 * them changes. Correct under concurrency because the change feed counts a change only once it
 * is committed: a computation notes the count before it starts, and its result is kept only if
 * the count is still the same when it ends and is served only while it stays so. A result read
 * from a snapshot older than a commit is thus never served after that commit has been heard of,
 * and `settledGeneration` hears of every commit made before the request. See ADR 019.
 */
export class KpiValuesCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Views being computed, by key and generation: the readers who ask meanwhile wait for them. */
  private readonly computing = new Map<string, Promise<KpiValue[]>>();
  /** Views of `instant` KPIs being computed again in the background, by key. */
  private readonly refreshing = new Map<string, Promise<void>>();
  private hitCount = 0;
  private missCount = 0;

  constructor(
    private readonly feed: KpiChangeFeed,
    o: KpiValuesCacheOptions = {},
  ) {
    this.entries = new LRUCache<string, Entry>({
      max: o.maxEntries ?? DEFAULT_MAX_ENTRIES,
      maxSize: o.maxBytes ?? DEFAULT_MAX_BYTES,
      sizeCalculation: (entry, key) => sizeOf(key, entry),
    });
    // Every kept value is stale at once: free the memory rather than wait for eviction.
    feed.onChange(() => this.entries.clear());
  }

  /**
   * `computeKpiValues`, answered from memory when the same view was computed since the last
   * change. The actor's right to read each KPI is checked before looking: anything the registry
   * would refuse (an unknown code, a KPI the roles may not read) goes to `compute`, which refuses
   * it as it always does. `compute` is the registry's own except in tests.
   */
  async values(
    em: EntityManager,
    actor: Actor,
    codes: readonly string[],
    filter: KpiFilter,
    now: Date = new Date(),
    compute: ComputeKpiValues = computeKpiValues,
  ): Promise<KpiValue[]> {
    const readable = codes.every((code) => {
      const definition = findKpi(code);
      return definition !== undefined && mayReadKpi(actor, definition);
    });
    const generation = readable ? await this.feed.settledGeneration() : null;
    if (generation === null) return compute(em, actor, codes, filter, now);
    const key = cacheKey(actor, codes, filter, now);
    const kept = this.entries.get(key);
    const age = kept ? now.getTime() - kept.takenAt : 0;
    if (kept && kept.generation === generation && (!kept.instant || age < SERVED_WHILE_REFRESHED_MS)) {
      this.hitCount += 1;
      if (kept.instant && age >= FRESH_MS) {
        // A fork: the request's own entity manager is done with once it has answered.
        this.refresh(key, generation, codes, now, () => compute(em.fork(), actor, codes, filter, now));
      }
      return kept.values;
    }
    // After a change, the readers of a dashboard ask at once: one computes, the rest wait for it.
    const pending = `${generation} ${key}`;
    const running = this.computing.get(pending);
    if (running) {
      this.hitCount += 1;
      return running;
    }
    this.missCount += 1;
    const computed = compute(em, actor, codes, filter, now);
    this.computing.set(pending, computed);
    try {
      const values = await computed;
      this.keep(key, generation, values, now, codes);
      return values;
    } finally {
      this.computing.delete(pending);
    }
  }

  /** Kept only if no change was heard of since `generation` was taken, before computing. */
  private keep(
    key: string,
    generation: number,
    values: KpiValue[],
    now: Date,
    codes: readonly string[],
  ): void {
    if (this.feed.currentGeneration() !== generation) return;
    const instant = codes.some((code) => findKpi(code)?.granularity === 'instant');
    this.entries.set(key, { generation, values, takenAt: now.getTime(), instant });
  }

  private refresh(
    key: string,
    generation: number,
    codes: readonly string[],
    now: Date,
    compute: () => Promise<KpiValue[]>,
  ): void {
    if (this.refreshing.has(key)) return;
    const done = compute()
      .then((values) => this.keep(key, generation, values, now, codes))
      // The next reader computes it in the open, and meets the failure there.
      .catch(() => this.entries.delete(key))
      .then(() => undefined)
      .finally(() => this.refreshing.delete(key));
    this.refreshing.set(key, done);
  }

  /** Resolves once the background computations under way have ended (for tests). */
  async idle(): Promise<void> {
    await Promise.all(this.refreshing.values());
  }

  /** Views answered from memory and computed, since the start. */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hitCount, misses: this.missCount, entries: this.entries.size };
  }

  close(): Promise<void> {
    this.entries.clear();
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
