import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { invalidInput } from '../errors/graphql-errors.js';

/**
 * Leading zero bits an ordinary proof needs: 2^16 SHA-256 hashes on average, about a second for
 * WebCrypto on a mid-range phone (ADR 007).
 */
export const ORDINARY_DIFFICULTY = 16;
/** A strong proof costs 2^3 = 8 times an ordinary one; it is asked for only once a client's allowance is used. */
export const STRONG_EXTRA_BITS = 3;
/** A challenge must be solved and used within this time; it is spent by its first use. */
export const CHALLENGE_LIFETIME_SECONDS = 600;

/** What the intake solves: find `nonce` so that SHA-256(`${challenge}:${nonce}`) starts with `difficulty` zero bits. */
export interface WorkChallenge {
  challenge: string;
  difficulty: number;
  expiresAt: Date;
}

export interface WorkProof {
  challenge: string;
  nonce: string;
}

/** How much work a spent proof showed. */
export type WorkGrade = 'ordinary' | 'strong';

const NONCE = /^[0-9A-Za-z]{1,32}$/;

/** The number of leading zero bits of a digest. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export function workDigest(proof: WorkProof): Buffer {
  return createHash('sha256').update(`${proof.challenge}:${proof.nonce}`).digest();
}

export interface ProofOfWorkOptions {
  /** Signs challenges; the same on every replica, so that any of them accepts any other's challenge. */
  secret: Uint8Array;
  /** Records spent challenges for their lifetime: one point per challenge id, in the shared store. */
  spent: RateLimiterAbstract;
  /** Leading zero bits of an ordinary proof (tests make it small). */
  difficulty?: number;
}

/**
 * A small proof of work, as GlobaLeaks asks of its whistleblowers: it costs the reporter's browser
 * about a second and makes every submission and receipt lookup cost the sender, whatever address
 * they use. Challenges are signed, not stored, so asking for one costs the server nothing; a
 * challenge is stored only when spent, atomically, so that it serves once on every replica.
 */
export class ProofOfWork {
  readonly difficulty: number;

  constructor(private readonly options: ProofOfWorkOptions) {
    this.difficulty = options.difficulty ?? ORDINARY_DIFFICULTY;
  }

  issue(strong: boolean): WorkChallenge {
    const difficulty = this.difficulty + (strong ? STRONG_EXTRA_BITS : 0);
    const expiresAt = Date.now() + CHALLENGE_LIFETIME_SECONDS * 1000;
    const body = `${randomBytes(16).toString('base64url')}.${expiresAt}.${difficulty}`;
    return { challenge: `${body}.${this.sign(body)}`, difficulty, expiresAt: new Date(expiresAt) };
  }

  /**
   * Checks the proof and spends its challenge, or throws VALIDATION (unsigned, expired, too easy,
   * wrong or already used). Nothing else is done before this passes.
   */
  async spend(proof: WorkProof): Promise<WorkGrade> {
    const [id, expiresAt, difficulty, signature] = proof.challenge.split('.');
    const body = `${id}.${expiresAt}.${difficulty}`;
    const bits = Number(difficulty);
    if (
      !signature ||
      !this.signedBy(body, signature) ||
      Number(expiresAt) <= Date.now() ||
      bits < this.difficulty ||
      !NONCE.test(proof.nonce) ||
      leadingZeroBits(workDigest(proof)) < bits
    ) {
      throw refusedProof();
    }
    try {
      await this.options.spent.consume(id as string);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw refusedProof();
      throw error;
    }
    return bits >= this.difficulty + STRONG_EXTRA_BITS ? 'strong' : 'ordinary';
  }

  private sign(body: string): string {
    return createHmac('sha256', this.options.secret).update(body).digest('base64url');
  }

  private signedBy(body: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

function refusedProof() {
  return invalidInput(
    'The proof of work is missing, wrong, expired or already used: ask hotlineChallenge for a new challenge and solve it.',
    { field: 'proof' },
  );
}
