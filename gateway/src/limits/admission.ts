export interface AdmissionOptions {
  /** GraphQL requests executing at once; more only wait for the database pool and the CPU. */
  maxInFlight: number;
  /** Requests waiting their turn at most; past this, a request is turned away at once. */
  maxQueued: number;
  /** How long a request waits for its turn before it is turned away. */
  maxWaitMs: number;
}

/** Gives the slot back; safe to call more than once. */
export type Release = () => void;

export interface Admission {
  /** A release once the request may run, or null when it is turned away (full queue, or waited too long). */
  enter(): Promise<Release | null>;
  /** The seconds a turned-away client should wait: the time the queue ahead of it takes to drain. */
  retryAfterSeconds(): number;
  readonly inFlight: number;
  readonly queued: number;
}

const MAX_RETRY_AFTER_SECONDS = 10;

/**
 * Admission of GraphQL requests: a bounded number run, the next ones wait in arrival order, and
 * beyond what the queue holds (or waits for) the caller answers 429 with Retry-After. A burst
 * larger than the machine serves, thousands signing in or starting a test at one instant, is then
 * served in turn or sent back to come later, instead of every request starting, all of them
 * slowing each other past their time budget and the connections piling up until clients time out.
 */
export function createAdmission(options: AdmissionOptions): Admission {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  // Requests finished in the current and the last whole second: while requests are turned away
  // the server is busy, so the last second's count is the rate at which the queue drains.
  let second = Math.floor(Date.now() / 1000);
  let finishedThisSecond = 0;
  let finishedLastSecond = 0;
  const tick = () => {
    const now = Math.floor(Date.now() / 1000);
    if (now === second) return;
    finishedLastSecond = now === second + 1 ? finishedThisSecond : 0;
    finishedThisSecond = 0;
    second = now;
  };

  const release = (): Release => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inFlight -= 1;
      tick();
      finishedThisSecond += 1;
      const next = waiting.shift();
      if (next) next();
    };
  };

  return {
    enter() {
      if (inFlight < options.maxInFlight && waiting.length === 0) {
        inFlight += 1;
        return Promise.resolve(release());
      }
      if (waiting.length >= options.maxQueued) return Promise.resolve(null);
      return new Promise<Release | null>((resolve) => {
        const admit = () => {
          clearTimeout(timer);
          inFlight += 1;
          resolve(release());
        };
        const timer = setTimeout(() => {
          const at = waiting.indexOf(admit);
          if (at >= 0) waiting.splice(at, 1);
          resolve(null);
        }, options.maxWaitMs);
        waiting.push(admit);
      });
    },
    retryAfterSeconds() {
      tick();
      const rate = Math.max(1, finishedLastSecond);
      return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil((waiting.length + inFlight) / rate)));
    },
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return waiting.length;
    },
  };
}
