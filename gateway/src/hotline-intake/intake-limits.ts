import { DomainError } from '@adal/domain';
import { rateLimited } from '../errors/graphql-errors.js';
import { RateLimiter } from '../limits/rate-limit.js';

const MINUTE_MS = 60_000;

/** Unknown receipts a client may try before every receipt operation is refused for the window. */
export const RECEIPT_FAILURE_LIMIT = { limit: 10, windowMs: 15 * MINUTE_MS };
/** Reports a client may file in an hour. */
export const SUBMISSION_LIMIT = { limit: 5, windowMs: 60 * MINUTE_MS };

/** The per-process counters of the anonymous hotline operations. */
export interface HotlineIntakeLimits {
  receiptFailures: RateLimiter;
  submissions: RateLimiter;
}

export function createHotlineIntakeLimits(clock?: () => number): HotlineIntakeLimits {
  return {
    receiptFailures: new RateLimiter({ ...RECEIPT_FAILURE_LIMIT, ...(clock ? { clock } : {}) }),
    submissions: new RateLimiter({ ...SUBMISSION_LIMIT, ...(clock ? { clock } : {}) }),
  };
}

/** What an anonymous hotline request carries instead of an actor. */
export interface ReporterRequest {
  limits: HotlineIntakeLimits;
  /** An opaque key for the client (see createClientKeys): counted in memory, never stored. */
  client: string;
}

/**
 * Runs an operation keyed by a receipt unless the client has tried too many unknown receipts;
 * an unknown receipt counts as a failure, so guessing receipts stops after a few tries (issue 4 §2).
 */
export async function guardReceipt<T>(reporter: ReporterRequest, run: () => Promise<T>): Promise<T> {
  const { receiptFailures } = reporter.limits;
  if (receiptFailures.exhausted(reporter.client)) {
    throw rateLimited('Too many unknown receipts were tried from this connection. Try again in 15 minutes.');
  }
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') receiptFailures.hit(reporter.client);
    throw error;
  }
}

/** Runs a submission unless the client has filed too many reports this hour; only accepted reports count. */
export async function guardSubmission<T>(reporter: ReporterRequest, run: () => Promise<T>): Promise<T> {
  const { submissions } = reporter.limits;
  if (submissions.exhausted(reporter.client)) {
    throw rateLimited(
      'Too many reports were sent from this connection in the last hour. Try again later or call the hotline.',
    );
  }
  const result = await run();
  submissions.hit(reporter.client);
  return result;
}
