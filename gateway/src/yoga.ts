import {
  CompletionReportCache,
  generateHotlineKeyring,
  MAX_ATTACHMENTS,
  type HotlineKeyring,
  type KpiValuesCache,
} from '@adal/domain';
import { createLogger, createYoga, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import { DEV_TOKEN_LIFETIME_SECONDS, signDevToken } from './auth/dev-token.js';
import { createSigningKey, type SigningKey } from './auth/signing-key.js';
import {
  createTokenVerifier,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  type PortalJwtOptions,
} from './auth/token-verifier.js';
import { createContextFactory, type DevLoginIssuer, type GatewayContext } from './context.js';
import type { MikroORM as Orm } from '@adal/domain';
import { useErrorMapping } from './errors/use-error-mapping.js';
import { corsPolicy, useVaryOnOrigin } from './headers/cors-policy.js';
import { useHotlineFiles } from './hotline-files/use-hotline-files.js';
import { useHotlineAnonymity } from './hotline-intake/anonymous-operations.js';
import { createHotlineIntakeLimits, intakeSecret } from './hotline-intake/intake-limits.js';
import { createCertificateLimits } from './training-files/certificate-limits.js';
import { useInputHygiene } from './input/use-input-hygiene.js';
import { useStrictMultipart } from './input/use-strict-multipart.js';
import { createAdmission, type AdmissionOptions } from './limits/admission.js';
import { createClientKeys } from './limits/client-key.js';
import { memoryRateLimitStore, type RateLimitStore } from './limits/rate-limit-store.js';
import { QUERY_LIMITS, type Audience, type QueryLimits } from './limits/query-limits.js';
import { createRequestAudience } from './limits/request-audience.js';
import { useCsrf } from './limits/use-csrf.js';
import { refuseCommitsPastDeadline, useExecutionDeadline } from './limits/use-execution-deadline.js';
import { useIntrospectionPolicy } from './limits/use-introspection-policy.js';
import { useAdmission } from './limits/use-admission.js';
import { useJsonBodyLimit } from './limits/use-json-body-limit.js';
import { useQueryLimits } from './limits/use-query-limits.js';
import { useRequestId } from './request-id.js';
import { useStatementCount } from './statement-counts/use-statement-count.js';
import { gatewaySchema } from './schema.js';
import { useTrainingFiles } from './training-files/use-training-files.js';
import { useDeclarationsFiles } from './declarations-files/use-declarations-files.js';
import { useCultureFiles } from './culture-files/use-culture-files.js';
import { useComplianceFiles } from './compliance-files/use-compliance-files.js';
import { useCompliancePublic } from './compliance-public/use-compliance-public.js';
import { logOutbox, type MailOutbox } from './mail/outbox.js';
import { useAuditFiles } from './audit-files/use-audit-files.js';

export interface GatewayYogaOptions {
  orm: Orm;
  /** Enables the `devLogin` mutation and accepts tokens signed by `signingKey`. */
  devLogin?: boolean;
  /** The development-login key; a fresh one is generated when absent. */
  signingKey?: SigningKey;
  /** The portal's token issuer; its tokens are accepted when set. */
  portalJwt?: PortalJwtOptions;
  /** Tokens without an expiry or living longer are refused (ADAL_MAX_TOKEN_HOURS); 12 hours by default. */
  maxTokenLifetimeSeconds?: number;
  /** The portals that may call the API from their pages (ADAL_ALLOWED_ORIGINS); none by default. */
  allowedOrigins?: readonly string[];
  logger?: YogaLogger;
  /** Live introspection; defaults to on only together with development login. */
  allowIntrospection?: boolean;
  /** What one operation may ask for, per audience; QUERY_LIMITS unless a test narrows them. */
  queryLimits?: Readonly<Record<Audience, QueryLimits>>;
  /** Bounds a multipart body; a hotline report with its files is the largest legitimate one. */
  maxUploadBytes?: number;
  /** Bounds every other body: a query with its variables. */
  maxJsonBytes?: number;
  /** The time one GraphQL execution may take before it is stopped with TIMEOUT. */
  executionTimeoutMs?: number;
  /**
   * Each response carries the number of SQL statements it took (x-adal-sql-statements), also
   * logged; the ORM must have been opened with `countStatements`. Off unless asked.
   */
  countStatements?: boolean;
  /**
   * KPI values kept until the records behind them change (see openKpiValuesCache); absent: each
   * kpiValues request computes them. Its owner closes it.
   */
  kpiValuesCache?: KpiValuesCache | null;
  /** The time a request that uploads files may take (a spreadsheet import reads for long). */
  uploadTimeoutMs?: number;
  /** The hotline's encryption keys and receipt pepper; a fresh keyring when absent (tests only). */
  hotlineKeyring?: HotlineKeyring;
  /** Where requests send e-mail (a reminder sent at once); the log when absent. */
  mailOutbox?: MailOutbox;
  /**
   * How many reverse proxies of ours stand in front (ADAL_TRUST_PROXY): the client is the
   * X-Forwarded-For hop just left of theirs. 0 or absent: the socket's peer is the client.
   */
  trustProxy?: number;
  /**
   * Where the anonymous operations' rate limits and spent proofs of work are counted; the caller
   * closes it. Absent: this process's memory (right for the embedded database only).
   */
  rateLimits?: RateLimitStore;
  /** Leading zero bits of an ordinary proof of work (see proof-of-work.ts); tests make it small. */
  workDifficulty?: number;
  /** How many GraphQL requests run at once and wait their turn (see admission.ts); ADMISSION when absent. */
  admission?: AdmissionOptions;
}

export type GatewayYoga = YogaServerInstance<Record<string, never>, GatewayContext>;

/**
 * The largest legitimate body: a hotline report with its 5 files of 5 MB each (the domain's
 * MAX_ATTACHMENTS × MAX_ATTACHMENT_BYTES) and room for its text and the multipart framing.
 */
const THIRTY_MEGABYTES = 30 * 1024 * 1024;

/** A query with its variables: the largest the plugins send is a few kilobytes. */
const ONE_MEGABYTE = 1024 * 1024;

const GRAPHQL_ENDPOINT = '/graphql';
const DEFAULT_EXECUTION_TIMEOUT_MS = 10_000;
/** A spreadsheet's read alone may take a minute (import-table.ts) after waiting for a free slot. */
const UPLOAD_EXECUTION_TIMEOUT_MS = 150_000;

/**
 * A request mostly waits for the database, so several run per pooled connection; beyond that
 * they would only hold memory and push each other past their time budget. A request waits its
 * turn up to 8 s; a queue of a thousand is what a busy gateway drains in that time.
 */
export const ADMISSION: AdmissionOptions = { maxInFlight: 64, maxQueued: 1000, maxWaitMs: 8000 };

/** The GraphQL server object without a listener: tests call its `fetch`, server.ts mounts it. */
export async function createGatewayYoga(options: GatewayYogaOptions): Promise<GatewayYoga> {
  const devLoginEnabled = options.devLogin === true;
  const logger = options.logger ?? createLogger('info');
  const signingKey = devLoginEnabled ? (options.signingKey ?? (await createSigningKey())) : undefined;
  const maxTokenLifetime = options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const devTokenLifetime = Math.min(DEV_TOKEN_LIFETIME_SECONDS, maxTokenLifetime);
  const devLogin: DevLoginIssuer | null = signingKey
    ? { issueToken: (login) => signDevToken(signingKey, { ...login, lifetimeSeconds: devTokenLifetime }) }
    : null;
  const verifyToken = createTokenVerifier({
    ...(options.portalJwt ? { portal: options.portalJwt } : {}),
    ...(signingKey ? { devKey: signingKey } : {}),
    maxLifetimeSeconds: maxTokenLifetime,
  });
  const hotlineKeyring = options.hotlineKeyring ?? generateHotlineKeyring();
  const rateLimits = options.rateLimits ?? memoryRateLimitStore();
  const certificateLimits = await createCertificateLimits(rateLimits);
  const hotlineLimits = await createHotlineIntakeLimits(rateLimits, {
    receiptPepper: hotlineKeyring.receiptPepper,
    ...(options.workDifficulty !== undefined ? { workDifficulty: options.workDifficulty } : {}),
  });
  const clientKey = createClientKeys({
    trustedProxies: options.trustProxy ?? 0,
    secret: intakeSecret(hotlineKeyring.receiptPepper, 'client-key'),
  });
  const audience = createRequestAudience(verifyToken);
  refuseCommitsPastDeadline(options.orm);

  return createYoga<Record<string, never>, GatewayContext>({
    schema: gatewaySchema({ devLogin: devLoginEnabled }),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    logging: logger,
    // GraphiQL would need inline scripts from a CDN; the committed schema serves developers instead.
    graphiql: false,
    landingPage: false,
    cors: corsPolicy(options.allowedOrigins ?? []),
    maxRequestBodySize: options.maxUploadBytes ?? THIRTY_MEGABYTES,
    // Yoga caches parse errors and validation results by document alone, but the limits depend
    // on who asks and on the variables: a result of one request can't answer another.
    parserAndValidationCache: false,
    context: createContextFactory({
      orm: options.orm,
      verifierFor: audience.verifierFor,
      devLogin,
      logger,
      hotlineKeyring,
      hotlineLimits,
      clientKey,
      certificateLimits,
      mailOutbox: options.mailOutbox ?? logOutbox((line) => logger.info(line)),
      kpiValuesCache: options.kpiValuesCache ?? null,
      // On the KPI values' change feed, which hears of the enrolments, people and units it counts.
      completionCache: options.kpiValuesCache ? new CompletionReportCache(options.kpiValuesCache.feed) : null,
    }),
    plugins: [
      // First: a request turned away costs nothing more than its answer.
      useAdmission(createAdmission(options.admission ?? ADMISSION), GRAPHQL_ENDPOINT),
      // Next, so that its count wraps every other plugin's work (admission sends no statement).
      ...(options.countStatements ? [useStatementCount(logger)] : []),
      useRequestId(),
      useVaryOnOrigin(),
      useInputHygiene(),
      // Twice a report's files: the hotline names the file over its limit; this only bounds the parse.
      useStrictMultipart({ maxFiles: 2 * MAX_ATTACHMENTS }),
      useTrainingFiles({ orm: options.orm, verifyToken, logger, certificateLimits, clientKey }),
      useAuditFiles({ orm: options.orm, verifyToken, logger }),
      useDeclarationsFiles({ orm: options.orm, verifyToken, logger }),
      useCultureFiles({ orm: options.orm, verifyToken, logger }),
      useComplianceFiles({ orm: options.orm, verifyToken, logger }),
      useCompliancePublic({ orm: options.orm, logger, hotlineLimits, clientKey }),
      useHotlineFiles({ orm: options.orm, verifyToken, logger, hotlineKeyring, hotlineLimits, clientKey }),
      useCsrf(),
      useJsonBodyLimit(options.maxJsonBytes ?? ONE_MEGABYTE),
      audience.plugin,
      useHotlineAnonymity(),
      useIntrospectionPolicy(options.allowIntrospection ?? devLoginEnabled),
      useQueryLimits(audience.audienceOf, options.queryLimits ?? QUERY_LIMITS),
      useExecutionDeadline({
        ms: options.executionTimeoutMs ?? DEFAULT_EXECUTION_TIMEOUT_MS,
        uploadMs: options.uploadTimeoutMs ?? UPLOAD_EXECUTION_TIMEOUT_MS,
      }),
      useErrorMapping(logger),
    ],
  });
}
