export interface RateLimitOptions {
  /** Events a key may have in one window. */
  limit: number;
  windowMs: number;
  /** Milliseconds since the epoch; tests move it. */
  clock?: () => number;
}

interface Window {
  count: number;
  endsAt: number;
}

/**
 * Counts events per key in fixed windows, in this process's memory only: nothing is written or
 * logged, and a key is forgotten once its window has passed. Replicas count separately, which
 * at worst multiplies an allowance by their number.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly clock: () => number;
  private nextSweep: number;

  constructor(private readonly options: RateLimitOptions) {
    this.clock = options.clock ?? Date.now;
    this.nextSweep = this.clock() + options.windowMs;
  }

  /** True when the key has used its allowance and its window has not passed yet. */
  exhausted(key: string): boolean {
    const window = this.current(key);
    return window !== undefined && window.count >= this.options.limit;
  }

  /** Counts one event for the key. */
  hit(key: string): void {
    const window = this.current(key);
    if (window) window.count += 1;
    else this.windows.set(key, { count: 1, endsAt: this.clock() + this.options.windowMs });
  }

  private current(key: string): Window | undefined {
    const now = this.clock();
    if (now >= this.nextSweep) this.sweep(now);
    const window = this.windows.get(key);
    if (window && window.endsAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  /** Forgets every passed window, so that keys seen once do not pile up. */
  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    this.nextSweep = now + this.options.windowMs;
  }
}
