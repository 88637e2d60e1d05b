import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { solveChallenge } from './proof-of-work';

function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

/** A challenge whose first solution lies past `minTries` nonces, so the search runs several batches. */
function challengeSolvedLate(difficulty: number, minTries: number): string {
  for (let attempt = 0; ; attempt += 1) {
    const challenge = `late-${attempt}.1767225600000.${difficulty}.sig`;
    for (let nonce = 0; ; nonce += 1) {
      const digest = createHash('sha256')
        .update(`${challenge}:${nonce.toString(36)}`)
        .digest();
      if (leadingZeroBits(digest) >= difficulty) {
        if (nonce >= minTries) return challenge;
        break;
      }
    }
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('solveChallenge', () => {
  it('finds a nonce whose SHA-256 with the challenge starts with the asked zero bits, as the gateway checks it', async () => {
    const shares: number[] = [];
    const proof = await solveChallenge('abc.1767225600000.10.sig', 10, (share) => shares.push(share));
    const digest = createHash('sha256').update(`${proof.challenge}:${proof.nonce}`).digest();
    expect(digest[0]).toBe(0);
    expect(digest[1]! >> 6).toBe(0);
    expect(proof.nonce).toMatch(/^[0-9a-z]{1,32}$/);
    // Progress only grows and never claims the work is done before it is.
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.every((share) => share > 0 && share < 1)).toBe(true);
  });

  it('gives the page a turn to paint its progress whenever a frame has passed, not only at the end', async () => {
    const challenge = challengeSolvedLate(12, 4 * 1024);
    // Each look at the clock is a frame later than the one before: every batch "takes" a frame.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    const seen: string[] = [];
    await solveChallenge(
      challenge,
      12,
      () => seen.push('progress'),
      async () => {
        seen.push('turn');
      },
    );
    expect(seen.filter((step) => step === 'progress').length).toBeGreaterThanOrEqual(4);
    // After every batch's progress the page gets its turn, before the next batch is computed.
    expect(seen.join(' ')).toBe(Array.from({ length: seen.length / 2 }, () => 'progress turn').join(' '));
  });
});
