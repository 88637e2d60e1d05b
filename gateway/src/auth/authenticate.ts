import { findLoginByEmail, loadActor, type Actor } from '@adal/domain';
import type { EntityManager } from '@adal/domain';
import { rejectedCredentials } from '../errors/graphql-errors.js';
import type { TokenIdentity, TokenVerifier } from './token-verifier.js';

const REFUSAL_MESSAGES: Record<'expired' | 'invalid' | 'unbounded', string> = {
  expired: 'Your session has expired. Sign in again.',
  invalid: 'The access token is not valid. Sign in again.',
  unbounded:
    'The access token has no expiry or lives longer than this deployment accepts. ' +
    'Ask your administrator to issue shorter-lived tokens.',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The acting person of a request, or null when it carries no token. A token that is present
 * but unusable is an error, never a silent anonymous request: the client must learn that its
 * session ended. Roles are loaded from the database on every request, never read from the token.
 */
export async function authenticate(
  request: Request,
  verifyToken: TokenVerifier,
  em: EntityManager,
): Promise<Actor | null> {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw rejectedCredentials('The Authorization header must be "Bearer <token>".');

  const verification = await verifyToken(match[1]);
  if (!verification.ok) {
    throw rejectedCredentials(REFUSAL_MESSAGES[verification.reason]);
  }
  const login = await resolveLogin(verification.identity, em);
  const actor = login ? await loadActor(em, login.personId, login.organizationId) : null;
  if (!actor)
    throw rejectedCredentials('No active person in Adal matches this sign-in. Ask your administrator.');
  return actor;
}

/** Our own tokens name the person and organisation; a portal token may only carry an email. */
async function resolveLogin(
  identity: TokenIdentity,
  em: EntityManager,
): Promise<{ personId: string; organizationId: string } | null> {
  if (
    identity.subject &&
    UUID.test(identity.subject) &&
    identity.organizationId &&
    UUID.test(identity.organizationId)
  ) {
    return { personId: identity.subject, organizationId: identity.organizationId };
  }
  if (identity.email) return findLoginByEmail(em, identity.email);
  return null;
}
