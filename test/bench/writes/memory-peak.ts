/** The most memory the process used while `work` ran, above what it used before. */
export interface MemoryGrowth {
  /** The resident set, worker threads and garbage not yet collected included. */
  rssBytes: number;
  /** The main thread's heap, measured after collecting garbage: what the work holds. */
  heapBytes: number;
}

/** Often enough to catch a peak, seldom enough that the collections cost little. */
const SAMPLE_EVERY_MS = 100;

/**
 * A full collection takes longer the larger the heap (in `npm run bench`, which has loaded every
 * benchmark, 50–100 ms): the next sample waits at least this many times as long as the last one
 * took, so that collecting never takes more than a fifth of the work's time.
 */
const WAIT_PER_SAMPLE_TIME = 4;

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Samples the resident set (which includes worker threads) and the main heap while `work` runs.
 * Garbage is collected before each heap sample when node runs with --expose-gc (main.ts asks for
 * it), so that the heap figure is what the work holds rather than what it has not yet freed; the
 * collections slow the work, so time it in a run of its own.
 */
export async function measureMemory<T>(work: () => Promise<T>): Promise<{ result: T; growth: MemoryGrowth }> {
  collectGarbage();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const sample = (): number => {
    const started = performance.now();
    collectGarbage();
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
    return performance.now() - started;
  };
  let timer: NodeJS.Timeout | undefined;
  const sampleLater = (delay: number): void => {
    timer = setTimeout(() => sampleLater(Math.max(SAMPLE_EVERY_MS, WAIT_PER_SAMPLE_TIME * sample())), delay);
  };
  sampleLater(SAMPLE_EVERY_MS);
  try {
    const result = await work();
    sample();
    return { result, growth: { rssBytes: rss - before.rss, heapBytes: heap - before.heapUsed } };
  } finally {
    clearTimeout(timer);
  }
}

/** Growths below it are noise; ratios are taken over at least this much. */
export const MEGABYTE = 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(0)} MB`;
}
