import type { Plugin } from 'graphql-yoga';
import type { TokenVerification, TokenVerifier } from '../auth/token-verifier.js';
import { hotlineRequestKind } from '../hotline-intake/anonymous-operations.js';
import type { Audience } from './query-limits.js';

export interface RequestAudience {
  /**
   * Verifies a request's bearer token as soon as its parameters are read, before the document is
   * parsed: the parser's and the validation's limits depend on who asks, and a header that is
   * merely present must not buy the signed-in limits.
   */
  plugin: Plugin;
  audienceOf(request: Request): Audience;
  /**
   * The verifier for the request's context: it answers the request's own token with the outcome
   * obtained above, so that a token is verified once per request.
   */
  verifierFor(request: Request): TokenVerifier;
}

interface Verified {
  token: string;
  verification: Promise<TokenVerification>;
  signedIn: boolean;
}

export function createRequestAudience(verifyToken: TokenVerifier): RequestAudience {
  const verified = new WeakMap<Request, Verified>();
  return {
    plugin: {
      async onParams({ request }) {
        const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization')?.trim() ?? '')?.[1];
        if (!token) return;
        const entry: Verified = { token, verification: verifyToken(token), signedIn: false };
        verified.set(request, entry);
        // A refused or failing check only leaves the limits anonymous here; the context factory
        // awaits the same outcome and answers it (UNAUTHENTICATED, or INTERNAL when JWKS is down).
        entry.signedIn = await entry.verification.then(
          (verification) => verification.ok,
          () => false,
        );
      },
    },
    audienceOf(request) {
      // The anonymous hotline operations never act for anybody, whatever the request carries.
      if (hotlineRequestKind(request) === 'reporter') return 'anonymous';
      return verified.get(request)?.signedIn ? 'signedIn' : 'anonymous';
    },
    verifierFor(request) {
      const entry = verified.get(request);
      return (token) => (entry?.token === token ? entry.verification : verifyToken(token));
    },
  };
}
