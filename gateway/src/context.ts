import { forTenant, type Actor } from '@adal/domain';
import { GraphQLError } from 'graphql';
import type { YogaInitialContext, YogaLogger } from 'graphql-yoga';
import { authenticate } from './auth/authenticate.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import type { EntityManager, MikroORM as Orm } from '@adal/domain';
import { internalError } from './errors/graphql-errors.js';
import { requestIdOf } from './request-id.js';

/** Issues development-login tokens; present only when development login is enabled. */
export interface DevLoginIssuer {
  issueToken(login: { personId: string; organizationId: string }): Promise<string>;
}

export interface GatewayContext {
  /** Correlation id: logged with every internal error and returned in its extensions. */
  requestId: string;
  actor: Actor | null;
  /**
   * One entity manager per request. Signed in, it is the tenant-filtered fork of the viewer's
   * organisation, so no resolver can read another tenant's rows; anonymous, it serves login only.
   */
  em: EntityManager;
  orm: Orm;
  devLogin: DevLoginIssuer | null;
}

/** What scope-auth guarantees to resolvers behind `authenticated` or a role scope. */
export interface SignedInContext extends GatewayContext {
  actor: Actor;
}

export interface ContextDependencies {
  orm: Orm;
  verifyToken: TokenVerifier;
  devLogin: DevLoginIssuer | null;
  logger: YogaLogger;
}

export function createContextFactory(deps: ContextDependencies) {
  return async ({ request }: YogaInitialContext): Promise<GatewayContext> => {
    const requestId = requestIdOf(request);
    try {
      // Login lookups go across tenants, so they use an unfiltered fork that is discarded here.
      const actor = await authenticate(request, deps.verifyToken, deps.orm.em.fork());
      // forTenant forks the global manager itself, giving this request its own identity map.
      const em = actor ? forTenant(deps.orm.em, actor.organizationId) : deps.orm.em.fork();
      return { requestId, actor, em, orm: deps.orm, devLogin: deps.devLogin };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      deps.logger.error(`[${requestId}] could not build the request context`, error);
      throw internalError(requestId);
    }
  };
}
