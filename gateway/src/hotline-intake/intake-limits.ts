import { createHmac } from 'node:crypto';
import { DomainError } from '@adal/domain';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from '../errors/graphql-errors.js';
import type { RateLimitStore } from '../limits/rate-limit-store.js';
import { PUBLIC_PROPOSAL_LIMIT } from '../compliance-public/public-limits.js';
import { CHALLENGE_LIFETIME_SECONDS, ProofOfWork, type WorkProof } from './proof-of-work.js';

const MINUTE = 60;

/** Unknown receipts a client may try in a window before it must show work for each further try. */
export const RECEIPT_FAILURE_LIMIT = { points: 10, windowSeconds: 15 * MINUTE };
/** Reports a client may file in an hour with ordinary work. */
export const SUBMISSION_LIMIT = { points: 5, windowSeconds: 60 * MINUTE };
/**
 * Reports a client may file in the same hour beyond SUBMISSION_LIMIT, each with strong work:
 * colleagues behind one corporate address are not shut out by one of them, yet a flood stops.
 */
export const STRONG_SUBMISSION_LIMIT = { points: 50, windowSeconds: 60 * MINUTE };

/** The shared counters of the anonymous hotline operations and the proof of work they ask for. */
export interface HotlineIntakeLimits {
  receiptFailures: RateLimiterAbstract;
  submissions: RateLimiterAbstract;
  strongSubmissions: RateLimiterAbstract;
  work: ProofOfWork;
  /** §9.5: proposals sent through an organisation's public page (compliance-public/public-limits.ts). */
  publicProposals: RateLimiterAbstract;
}

/**
 * The keys of the intake's guards, derived from the receipt pepper: configured outside the
 * database and the same on every replica, which must agree on client keys and challenges.
 */
export function intakeSecret(receiptPepper: Uint8Array, purpose: 'client-key' | 'proof-of-work'): Buffer {
  return createHmac('sha256', receiptPepper).update(`adal hotline intake ${purpose}`).digest();
}

export async function createHotlineIntakeLimits(
  store: RateLimitStore,
  options: { receiptPepper: Uint8Array; workDifficulty?: number },
): Promise<HotlineIntakeLimits> {
  const receiptFailures = await store.limiter({ name: 'receipt-failures', ...RECEIPT_FAILURE_LIMIT });
  const submissions = await store.limiter({ name: 'submissions', ...SUBMISSION_LIMIT });
  const strongSubmissions = await store.limiter({ name: 'strong-submissions', ...STRONG_SUBMISSION_LIMIT });
  const spent = await store.limiter({
    name: 'spent-challenges',
    points: 1,
    windowSeconds: CHALLENGE_LIFETIME_SECONDS,
  });
  const work = new ProofOfWork({
    secret: intakeSecret(options.receiptPepper, 'proof-of-work'),
    spent,
    ...(options.workDifficulty !== undefined ? { difficulty: options.workDifficulty } : {}),
  });
  const publicProposals = await store.limiter({ name: 'public-proposals', ...PUBLIC_PROPOSAL_LIMIT });
  return { receiptFailures, submissions, strongSubmissions, work, publicProposals };
}

/** What an anonymous hotline request carries instead of an actor. */
export interface ReporterRequest {
  limits: HotlineIntakeLimits;
  /** An HMAC of the client's network (see createClientKeys): counted by keyed hash only. */
  client: string;
}

/** Takes one point of the client's allowance before the work starts; false when none is left. */
async function reserve(limiter: RateLimiterAbstract, client: string): Promise<boolean> {
  try {
    await limiter.consume(client);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

const RECEIPTS_EXHAUSTED =
  'Too many unknown receipts were tried from this connection. Try again in 15 minutes.';

/**
 * Runs an operation keyed by a receipt. A failure point is reserved before the lookup, so that
 * concurrent guesses can't overtake the count, and given back unless the receipt was unknown.
 * A client out of points is still served a right receipt when its request carries work — a
 * neighbour's or an attacker's failures never lock a reporter out — while a wrong one is then
 * RATE_LIMITED; without work it is refused before the lookup (ADR 007).
 */
export async function guardReceipt<T>(
  reporter: ReporterRequest,
  proof: WorkProof | null | undefined,
  run: () => Promise<T>,
): Promise<T> {
  const { receiptFailures, work } = reporter.limits;
  const worked = proof ? await work.spend(proof) : null;
  const reserved = await reserve(receiptFailures, reporter.client);
  if (!reserved && !worked) {
    throw rateLimited(`${RECEIPTS_EXHAUSTED} Or send the request with a solved hotlineChallenge.`, {
      retryWithWork: 'ordinary',
    });
  }
  try {
    const result = await run();
    if (reserved) await receiptFailures.reward(reporter.client);
    return result;
  } catch (error) {
    const unknownReceipt = error instanceof DomainError && error.code === 'NOT_FOUND';
    if (unknownReceipt && !reserved) throw rateLimited(RECEIPTS_EXHAUSTED);
    if (!unknownReceipt && reserved) await receiptFailures.reward(reporter.client);
    throw error;
  }
}

/**
 * Runs a submission with its work spent and a point of the client's hourly allowance reserved
 * first, so that concurrent submissions can't exceed it; a refused submission gives it back.
 * Past the ordinary allowance, strong work draws on a wider one.
 */
export async function guardSubmission<T>(
  reporter: ReporterRequest,
  proof: WorkProof,
  run: () => Promise<T>,
): Promise<T> {
  const { submissions, strongSubmissions, work } = reporter.limits;
  const worked = await work.spend(proof);
  let allowance = submissions;
  if (!(await reserve(submissions, reporter.client))) {
    const tooMany =
      'Too many reports were sent from this connection in the last hour. Try again later or call the hotline.';
    if (worked !== 'strong') throw rateLimited(tooMany, { retryWithWork: 'strong' });
    if (!(await reserve(strongSubmissions, reporter.client))) throw rateLimited(tooMany);
    allowance = strongSubmissions;
  }
  try {
    return await run();
  } catch (error) {
    await allowance.reward(reporter.client);
    throw error;
  }
}
