import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER } from './dev-token.js';
import type { SigningKey } from './signing-key.js';

/** Who a verified token names. The roles are never taken from it: they come from the database. */
export interface TokenIdentity {
  subject: string | null;
  email: string | null;
  organizationId: string | null;
}

export interface PortalJwtOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export type TokenVerification =
  { ok: true; identity: TokenIdentity } | { ok: false; reason: 'expired' | 'invalid' };

export type TokenVerifier = (token: string) => Promise<TokenVerification>;

/**
 * Verifies the portal's tokens against its JWKS and, when development login is on, our own
 * tokens against the local key. The unverified `iss` claim only chooses which check runs; a
 * token passes only if that check verifies its signature, issuer, audience and expiry.
 */
export function createTokenVerifier(o: { portal?: PortalJwtOptions; devKey?: SigningKey }): TokenVerifier {
  const checks = new Map<string, (token: string) => Promise<JWTPayload>>();
  if (o.portal) {
    const { issuer, audience } = o.portal;
    const jwks = createRemoteJWKSet(new URL(o.portal.jwksUrl));
    checks.set(issuer, async (token) => (await jwtVerify(token, jwks, { issuer, audience })).payload);
  }
  if (o.devKey) {
    const key = o.devKey.publicKey;
    checks.set(
      DEV_TOKEN_ISSUER,
      async (token) =>
        (
          await jwtVerify(token, key, {
            issuer: DEV_TOKEN_ISSUER,
            audience: DEV_TOKEN_AUDIENCE,
            algorithms: ['ES256'],
          })
        ).payload,
    );
  }

  return async (token) => {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return { ok: false, reason: 'invalid' };
    }
    const check = issuer === undefined ? undefined : checks.get(issuer);
    if (!check) return { ok: false, reason: 'invalid' };
    try {
      const payload = await check(token);
      return { ok: true, identity: identityOf(payload) };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      // A JWKS endpoint that cannot be reached is our failure, not the caller's: it surfaces as internal.
      if (error instanceof errors.JWKSTimeout) throw error;
      if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
      throw error;
    }
  };
}

function identityOf(payload: JWTPayload): TokenIdentity {
  const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
  return { subject: text(payload.sub), email: text(payload['email']), organizationId: text(payload['org']) };
}
