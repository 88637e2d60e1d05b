/** The most memory the process used while `work` ran, above what it used before. */
export interface MemoryGrowth {
  rssBytes: number;
  heapBytes: number;
}

const SAMPLE_EVERY_MS = 10;

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Samples the resident set (which includes worker threads) and the main heap while `work` runs.
 * Garbage is collected first, when node runs with --expose-gc, so that the baseline is the live set.
 */
export async function measureMemory<T>(work: () => Promise<T>): Promise<{ result: T; growth: MemoryGrowth }> {
  collectGarbage();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const sample = (): void => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  try {
    const result = await work();
    sample();
    return { result, growth: { rssBytes: rss - before.rss, heapBytes: heap - before.heapUsed } };
  } finally {
    clearInterval(timer);
  }
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
}
