import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import type { KpiChangeFeed } from './kpi-change-feed.js';

export interface KeptFiguresOptions {
  /** Results kept at most; the least recently read goes first. */
  maxEntries?: number;
  /** Their rough size in memory at most, in bytes (see `sizeOf`). */
  maxBytes?: number;
}

/** How one result is asked for: where it is kept, whether the clock ages it, how to compute it. */
export interface KeptRequest<T> {
  key: string;
  /**
   * The result compares with now() (a deadline passing changes it with no write): it is served as
   * it is for a minute, then for one more minute while it is computed again in the background,
   * and computed first when older (see FRESH_MS).
   */
  clockBound: boolean;
  now: Date;
  /** The request's entity manager. */
  em: EntityManager;
  /** Computes it on `em`: the request's own, or a fork of it when computed again in the background. */
  compute: (em: EntityManager) => Promise<T>;
}

interface Entry<T> {
  generation: number;
  value: T;
  /** The `now` the value was computed for. */
  takenAt: number;
  clockBound: boolean;
}

const DEFAULT_MAX_ENTRIES = 2000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Keying clock-bound results by the minute made every request that crossed a minute compute in
 * the open (a warm p95 of 2.3 s at 100 000 people); serving them for a minute more while they are
 * computed again keeps the readers of a busy view from ever waiting for the clock.
 */
const FRESH_MS = 60_000;
const SERVED_WHILE_REFRESHED_MS = 2 * FRESH_MS;

/**
 * Results computed from the records, kept until a record behind them changes (ADR 019). Correct
 * under concurrency because the change feed counts a change only once it is committed: a
 * computation notes the count before it starts, and its result is kept only if the count is
 * still the same when it ends and is served only while it stays so. A result read from a
 * snapshot older than a commit is thus never served after that commit has been heard of, and
 * `settledGeneration` hears of every commit made before the request. Without a listening
 * connection every result is computed.
 */
export class KeptFigures<T> {
  private readonly entries: LRUCache<string, Entry<T>>;
  /** Results being computed, by generation and key: the readers who ask meanwhile wait for them. */
  private readonly computing = new Map<string, Promise<T>>();
  /** Clock-bound results being computed again in the background, by key. */
  private readonly refreshing = new Map<string, Promise<void>>();
  private hitCount = 0;
  private missCount = 0;

  constructor(
    private readonly feed: KpiChangeFeed,
    sizeOf: (value: T) => number,
    o: KeptFiguresOptions = {},
  ) {
    this.entries = new LRUCache<string, Entry<T>>({
      max: o.maxEntries ?? DEFAULT_MAX_ENTRIES,
      maxSize: o.maxBytes ?? DEFAULT_MAX_BYTES,
      sizeCalculation: (entry, key) => key.length * 2 + sizeOf(entry.value),
    });
    // Every kept value is stale at once: free the memory rather than wait for eviction.
    feed.onChange(() => this.entries.clear());
  }

  async get(request: KeptRequest<T>): Promise<T> {
    const generation = await this.feed.settledGeneration();
    if (generation === null) return request.compute(request.em);
    const { key, now } = request;
    const kept = this.entries.get(key);
    const age = kept ? now.getTime() - kept.takenAt : 0;
    if (kept && kept.generation === generation && (!kept.clockBound || age < SERVED_WHILE_REFRESHED_MS)) {
      this.hitCount += 1;
      if (kept.clockBound && age >= FRESH_MS) this.refresh(generation, request);
      return kept.value;
    }
    // After a change, the readers of a view ask at once: one computes, the rest wait for it.
    const pending = `${generation} ${key}`;
    const running = this.computing.get(pending);
    if (running) {
      this.hitCount += 1;
      return running;
    }
    this.missCount += 1;
    const computed = request.compute(request.em);
    this.computing.set(pending, computed);
    try {
      const value = await computed;
      this.keep(generation, request, value);
      return value;
    } finally {
      this.computing.delete(pending);
    }
  }

  /** Kept only if no change was heard of since `generation` was taken, before computing. */
  private keep(generation: number, request: KeptRequest<T>, value: T): void {
    if (this.feed.currentGeneration() !== generation) return;
    this.entries.set(request.key, {
      generation,
      value,
      takenAt: request.now.getTime(),
      clockBound: request.clockBound,
    });
  }

  private refresh(generation: number, request: KeptRequest<T>): void {
    const { key } = request;
    if (this.refreshing.has(key)) return;
    // A fork: the request's own entity manager is done with once it has answered.
    const done = request
      .compute(request.em.fork())
      .then((value) => this.keep(generation, request, value))
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

  /** Results answered from memory and computed, since the start. */
  stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.hitCount, misses: this.missCount, entries: this.entries.size };
  }

  clear(): void {
    this.entries.clear();
  }
}
