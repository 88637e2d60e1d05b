export interface AdmissionOptions {
  /** GraphQL requests executing at once; more only wait for the database pool and the CPU. */
  maxInFlight: number;
  /** Requests waiting their turn at most; past this, a request is turned away at once. */
  maxQueued: number;
  /**
   * How long a request waits for its turn before it is turned away. A request is queued only
   * while the queue ahead of it drains within this time at the recent rate, so that it is not
   * kept waiting only to be turned away.
   */
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

/** The drain rate assumed before any request has finished, per second. */
const ASSUMED_REQUESTS_PER_SECOND = 50;
const MAX_RETRY_AFTER_SECONDS = 30;
/** Weight of the latest request in the moving average of service time. */
const SMOOTHING = 0.05;

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
  // A moving average of how long an admitted request runs: with all slots busy, the queue drains
  // at maxInFlight / that time. Measured from the requests themselves, so it follows the load.
  let serviceMs = options.maxInFlight * (1000 / ASSUMED_REQUESTS_PER_SECOND);
  const drainRate = () => (options.maxInFlight * 1000) / Math.max(1, serviceMs);

  const release = (): Release => {
    const admittedAt = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inFlight -= 1;
      serviceMs += (performance.now() - admittedAt - serviceMs) * SMOOTHING;
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
      const drainable = Math.max(options.maxInFlight, (drainRate() * options.maxWaitMs) / 1000);
      if (waiting.length >= Math.min(options.maxQueued, drainable)) return Promise.resolve(null);
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
      const drain = Math.ceil((waiting.length + inFlight) / drainRate());
      return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, drain));
    },
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return waiting.length;
    },
  };
}
