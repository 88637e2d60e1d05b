import type { IncomingMessage } from 'node:http';
import {
  forTenant,
  type Actor,
  type CompletionReportCache,
  type HotlineKeyring,
  type KpiValuesCache,
} from '@adal/domain';
import { GraphQLError } from 'graphql';
import type { YogaInitialContext, YogaLogger } from 'graphql-yoga';
import { authenticate } from './auth/authenticate.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import type { EntityManager, MikroORM as Orm } from '@adal/domain';
import { internalError, invalidInput, rateLimited } from './errors/graphql-errors.js';
import { hotlineRequestKind } from './hotline-intake/anonymous-operations.js';
import type { HotlineIntakeLimits, ReporterRequest } from './hotline-intake/intake-limits.js';
import type { ClientSource } from './limits/client-key.js';
import type { MailOutbox } from './mail/outbox.js';
import { requestIdOf } from './request-id.js';
import { takeCertificatePoint, type CertificateLimits } from './training-files/certificate-limits.js';

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
  /** Seals and opens the hotline's report texts, files and reporter identities (issue 4 §4). */
  hotlineKeyring: HotlineKeyring;
  /**
   * Set only on a request made of anonymous hotline operations, which then has no actor and an
   * unfiltered entity manager whatever credentials it carries; null on every other request.
   */
  reporter: ReporterRequest | null;
  /**
   * Counts one certificate check of this request's client against CERTIFICATE_CHECK_LIMIT, shared
   * with the public verification page; RATE_LIMITED (with `retryAfterSeconds`) past it.
   */
  takeCertificateCheck: () => Promise<void>;
  /** Where the request's e-mails go once its transaction has committed. */
  mailOutbox: MailOutbox;
  /** The process's KPI values kept until their records change; null: computed on each request. */
  kpiValuesCache: KpiValuesCache | null;
  /** The process's training completion reports kept likewise; null: counted on each request. */
  completionCache: CompletionReportCache | null;
}

/** What scope-auth guarantees to resolvers behind `authenticated` or a role scope. */
export interface SignedInContext extends GatewayContext {
  actor: Actor;
}

export interface ContextDependencies {
  orm: Orm;
  /** The request's token verifier: its token was verified before parsing, to choose the limits. */
  verifierFor: (request: Request) => TokenVerifier;
  devLogin: DevLoginIssuer | null;
  logger: YogaLogger;
  hotlineKeyring: HotlineKeyring;
  hotlineLimits: HotlineIntakeLimits;
  clientKey: (source: ClientSource) => string;
  certificateLimits: CertificateLimits;
  mailOutbox: MailOutbox;
  kpiValuesCache?: KpiValuesCache | null;
  completionCache?: CompletionReportCache | null;
}

/** Yoga hands the Node request to the context when it serves a Node server; in-process calls have none. */
type InitialContext = YogaInitialContext & { req?: IncomingMessage };

export function createContextFactory(deps: ContextDependencies) {
  return async ({ request, req }: InitialContext): Promise<GatewayContext> => {
    const requestId = requestIdOf(request);
    const takeCertificateCheck = async (): Promise<void> => {
      const client = deps.clientKey({ headers: request.headers, socketAddress: req?.socket.remoteAddress });
      const retryAfterSeconds = await takeCertificatePoint(deps.certificateLimits.checks, client);
      if (retryAfterSeconds !== null) {
        throw rateLimited(
          `Too many certificates were checked from this connection. Try again in ${retryAfterSeconds} s.`,
          { retryAfterSeconds },
        );
      }
    };
    const shared = {
      requestId,
      orm: deps.orm,
      devLogin: deps.devLogin,
      hotlineKeyring: deps.hotlineKeyring,
      takeCertificateCheck,
      mailOutbox: deps.mailOutbox,
      kpiValuesCache: deps.kpiValuesCache ?? null,
      completionCache: deps.completionCache ?? null,
    };
    const kind = hotlineRequestKind(request);
    if (kind === 'mixed') {
      throw invalidInput(
        'Send the anonymous hotline operations in a request of their own, with no other fields.',
      );
    }
    if (kind === 'reporter') {
      // The token, if any, is not used (its signature was only checked, see request-audience.ts):
      // a report must not be linkable to a signed-in person.
      const client = deps.clientKey({ headers: request.headers, socketAddress: req?.socket.remoteAddress });
      const reporter: ReporterRequest = { limits: deps.hotlineLimits, client };
      return { ...shared, actor: null, em: deps.orm.em.fork(), reporter };
    }
    try {
      // Login lookups go across tenants, so they use an unfiltered fork that is discarded here.
      const actor = await authenticate(request, deps.verifierFor(request), deps.orm.em.fork());
      // forTenant forks the global manager itself, giving this request its own identity map.
      const em = actor ? forTenant(deps.orm.em, actor.organizationId) : deps.orm.em.fork();
      return { ...shared, actor, em, reporter: null };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      deps.logger.error(`[${requestId}] could not build the request context`, error);
      throw internalError(requestId);
    }
  };
}
