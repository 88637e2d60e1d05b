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
  | { ok: true; identity: TokenIdentity }
  /** `unbounded`: no expiry, or one further away than the deployment's longest accepted lifetime. */
  | { ok: false; reason: 'expired' | 'invalid' | 'unbounded' };

export type TokenVerifier = (token: string) => Promise<TokenVerification>;

/** ADAL_MAX_TOKEN_HOURS' default: a working day and then some, never a token that outlives a dismissal. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

export interface TokenVerifierOptions {
  portal?: PortalJwtOptions;
  devKey?: SigningKey;
  /** Tokens living longer than this (from `iat`, or from now without one) are refused. */
  maxLifetimeSeconds?: number;
}

/**
 * Verifies the portal's tokens against its JWKS and, when development login is on, our own
 * tokens against the local key. The unverified `iss` claim only chooses which check runs; a
 * token passes only if that check verifies its signature, issuer, audience and expiry, and its
 * expiry is near enough: a stolen token without one would open Adal for good.
 */
export function createTokenVerifier(o: TokenVerifierOptions): TokenVerifier {
  const maxLifetime = o.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
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
      if (!boundedLifetime(payload, maxLifetime)) return { ok: false, reason: 'unbounded' };
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

/** A token issued in the future counts from now, so a forward-dated `iat` cannot stretch its life. */
function boundedLifetime(payload: JWTPayload, maxLifetimeSeconds: number): boolean {
  if (typeof payload.exp !== 'number') return false;
  const now = Math.floor(Date.now() / 1000);
  const from = typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now;
  return payload.exp - from <= maxLifetimeSeconds;
}

function identityOf(payload: JWTPayload): TokenIdentity {
  const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
  return { subject: text(payload.sub), email: text(payload['email']), organizationId: text(payload['org']) };
}
