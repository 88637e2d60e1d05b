import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { solveChallenge } from './proof-of-work';

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
});
