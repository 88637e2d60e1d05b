import { SignJWT } from 'jose';
import type { SigningKey } from './signing-key.js';

/** Issuer and audience of development-login tokens; the verifier routes tokens by issuer. */
export const DEV_TOKEN_ISSUER = 'adal-dev-login';
export const DEV_TOKEN_AUDIENCE = 'adal';

/** Short enough that a leaked demo token is soon useless, long enough for a working day. */
export const DEV_TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

export interface DevTokenClaims {
  personId: string;
  organizationId: string;
  /** Defaults to now + `lifetimeSeconds`. Tests pass a past instant to obtain an expired token. */
  expiresAt?: Date;
  /** Defaults to 8 hours; the gateway shortens it to the longest lifetime it accepts. */
  lifetimeSeconds?: number;
}

export async function signDevToken(key: SigningKey, claims: DevTokenClaims): Promise<string> {
  const lifetime = claims.lifetimeSeconds ?? DEV_TOKEN_LIFETIME_SECONDS;
  const expiresAt = claims.expiresAt ?? new Date(Date.now() + lifetime * 1000);
  return new SignJWT({ org: claims.organizationId })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setSubject(claims.personId)
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(DEV_TOKEN_AUDIENCE)
    .setIssuedAt(Math.min(Math.floor(Date.now() / 1000), Math.floor(expiresAt.getTime() / 1000) - 1))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key.privateKey);
}
