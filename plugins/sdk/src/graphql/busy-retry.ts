/**
 * When the gateway is too busy to take a request, it answers 429 with `Retry-After` before it
 * runs anything (gateway/src/limits/use-admission.ts), so the same request, query or mutation
 * alike, can be sent again without being carried out twice. A few waits are spent on it, within a
 * bound, before the person is told.
 */

/** Sendings of one request at most, the first included. */
export const BUSY_MAX_ATTEMPTS = 3;
/** All the waits between them together, at most. */
export const BUSY_MAX_TOTAL_WAIT_MS = 10_000;
/** Added at random to each wait, so that the clients turned away at one instant don't all come back at one. */
const JITTER_MS = 1000;

/**
 * The seconds a busy answer asks to wait, or null when the answer is something else. The
 * admission's refusal is the only 429 that carries `Retry-After` on the GraphQL route; a rule's
 * own refusal (too many receipts tried, too many certificates checked) answers 429 without it,
 * after its operation was counted, and is not sent again.
 */
export function busyRetryAfterMs(response: Response): number | null {
  if (response.status !== 429) return null;
  const header = response.headers.get('retry-after')?.trim();
  if (!header) return null;
  // Either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
  if (/^\d+$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/**
 * How long to wait before sending again, given the wait asked for, the sendings made and the
 * time already waited; null when the bound would be passed, and the busy answer stands.
 */
export function busyWaitMs(
  askedMs: number,
  attempts: number,
  waitedMs: number,
  random: () => number = Math.random,
): number | null {
  if (attempts >= BUSY_MAX_ATTEMPTS) return null;
  const left = BUSY_MAX_TOTAL_WAIT_MS - waitedMs;
  if (askedMs > left) return null;
  return Math.min(left, askedMs + Math.floor(random() * JITTER_MS));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
