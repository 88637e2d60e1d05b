import { createLogger, createYoga, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import { signDevToken } from './auth/dev-token.js';
import { createSigningKey, type SigningKey } from './auth/signing-key.js';
import { createTokenVerifier, type PortalJwtOptions } from './auth/token-verifier.js';
import { createContextFactory, type DevLoginIssuer, type GatewayContext } from './context.js';
import type { MikroORM as Orm } from '@adal/domain';
import { useErrorMapping } from './errors/use-error-mapping.js';
import { useCostLimit } from './limits/use-cost-limit.js';
import { useCsrf } from './limits/use-csrf.js';
import { useDepthLimit } from './limits/use-depth-limit.js';
import { useIntrospectionPolicy } from './limits/use-introspection-policy.js';
import { useRequestId } from './request-id.js';
import { gatewaySchema } from './schema.js';
import { useTrainingFiles } from './training-files/use-training-files.js';

export interface GatewayYogaOptions {
  orm: Orm;
  /** Enables the `devLogin` mutation and accepts tokens signed by `signingKey`. */
  devLogin?: boolean;
  /** The development-login key; a fresh one is generated when absent. */
  signingKey?: SigningKey;
  /** The portal's token issuer; its tokens are accepted when set. */
  portalJwt?: PortalJwtOptions;
  logger?: YogaLogger;
  /** Live introspection; defaults to on only together with development login. */
  allowIntrospection?: boolean;
  maxDepth?: number;
  maxCost?: number;
  /** Bounds every request body; staff-list files are the largest legitimate bodies. */
  maxRequestBodyBytes?: number;
}

export type GatewayYoga = YogaServerInstance<Record<string, never>, GatewayContext>;

const TEN_MEGABYTES = 10 * 1024 * 1024;

/** The GraphQL server object without a listener: tests call its `fetch`, server.ts mounts it. */
export async function createGatewayYoga(options: GatewayYogaOptions): Promise<GatewayYoga> {
  const devLoginEnabled = options.devLogin === true;
  const logger = options.logger ?? createLogger('info');
  const signingKey = devLoginEnabled ? (options.signingKey ?? (await createSigningKey())) : undefined;
  const devLogin: DevLoginIssuer | null = signingKey
    ? { issueToken: (login) => signDevToken(signingKey, login) }
    : null;
  const verifyToken = createTokenVerifier({
    ...(options.portalJwt ? { portal: options.portalJwt } : {}),
    ...(signingKey ? { devKey: signingKey } : {}),
  });

  return createYoga<Record<string, never>, GatewayContext>({
    schema: gatewaySchema({ devLogin: devLoginEnabled }),
    graphqlEndpoint: '/graphql',
    logging: logger,
    // GraphiQL would need inline scripts from a CDN; the committed schema serves developers instead.
    graphiql: false,
    landingPage: false,
    maxRequestBodySize: options.maxRequestBodyBytes ?? TEN_MEGABYTES,
    context: createContextFactory({ orm: options.orm, verifyToken, devLogin, logger }),
    plugins: [
      useRequestId(),
      useTrainingFiles({ orm: options.orm, verifyToken, logger }),
      useCsrf(),
      useIntrospectionPolicy(options.allowIntrospection ?? devLoginEnabled),
      useDepthLimit(options.maxDepth ?? 10),
      useCostLimit({ maxCost: options.maxCost ?? 5000, defaultListSize: 10 }),
      useErrorMapping(logger),
    ],
  });
}
