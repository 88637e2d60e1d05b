import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, signDevToken } from './dev-token.js';
import { createSigningKey, type SigningKey } from './signing-key.js';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.js';

const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

let key: SigningKey;
let verify: TokenVerifier;

beforeAll(async () => {
  key = await createSigningKey();
  verify = createTokenVerifier({ devKey: key });
});

/** A correctly signed token with exactly the times given; undefined leaves the claim out. */
function token(times: { iat?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ org: crypto.randomUUID(), ...times })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setSubject(crypto.randomUUID())
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(DEV_TOKEN_AUDIENCE);
  return jwt.sign(key.privateKey);
}

describe('the lifetime of an accepted token', () => {
  it('refuses a token without an expiry', async () => {
    expect(await verify(await token({ iat: now() }))).toEqual({ ok: false, reason: 'unbounded' });
  });

  it('refuses a token issued for longer than 12 hours, and accepts one of 12 hours', async () => {
    const issued = now() - 60;
    expect(await verify(await token({ iat: issued, exp: issued + 12 * HOUR + 1 }))).toEqual({
      ok: false,
      reason: 'unbounded',
    });
    expect(await verify(await token({ iat: issued, exp: issued + 12 * HOUR }))).toMatchObject({ ok: true });
  });

  it('counts a token without an issue time from now', async () => {
    expect(await verify(await token({ exp: now() + 13 * HOUR }))).toEqual({ ok: false, reason: 'unbounded' });
    expect(await verify(await token({ exp: now() + HOUR }))).toMatchObject({ ok: true });
  });

  it('counts a token issued in the future from now, so a forward-dated iat cannot stretch it', async () => {
    const far = now() + 30 * 24 * HOUR;
    expect(await verify(await token({ iat: far - HOUR, exp: far }))).toEqual({
      ok: false,
      reason: 'unbounded',
    });
  });

  it('takes the deployment’s own maximum', async () => {
    const strict = createTokenVerifier({ devKey: key, maxLifetimeSeconds: HOUR });
    expect(await strict(await token({ iat: now(), exp: now() + 2 * HOUR }))).toEqual({
      ok: false,
      reason: 'unbounded',
    });
    expect(await strict(await token({ iat: now(), exp: now() + HOUR }))).toMatchObject({ ok: true });
  });

  it('accepts the development login’s own tokens', async () => {
    const login = { personId: crypto.randomUUID(), organizationId: crypto.randomUUID() };
    expect(await verify(await signDevToken(key, login))).toMatchObject({ ok: true });
  });
});
