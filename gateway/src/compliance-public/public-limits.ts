import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from '../errors/graphql-errors.js';

/**
 * §9.5: proposals a client may send through public pages in an hour: plenty for a person with
 * several ideas; a flood from one connection stops and stores nothing.
 */
export const PUBLIC_PROPOSAL_LIMIT = { points: 5, windowSeconds: 60 * 60 };

/**
 * The form's body: 2 000 characters of text and 200 of contact, each up to 4 bytes in UTF-8 and
 * 3 characters per byte when URL-encoded, with room to spare.
 */
export const MAX_PROPOSAL_BODY_BYTES = 32 * 1024;

export const PROPOSALS_EXHAUSTED =
  'Too many proposals were sent from this connection in the last hour. Try again later.';

/**
 * Takes one point of the client's allowance before the proposal is stored, so that concurrent
 * sends can't exceed it; RATE_LIMITED when none is left. A refused proposal gives it back.
 */
export async function guardProposal<T>(
  limiter: RateLimiterAbstract,
  client: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    await limiter.consume(client);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw rateLimited(PROPOSALS_EXHAUSTED, {
        retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
      });
    }
    throw error;
  }
  try {
    return await run();
  } catch (error) {
    await limiter.reward(client);
    throw error;
  }
}
