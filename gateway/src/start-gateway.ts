import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateAuditKeyring,
  kpiCatalog,
  openDatabase,
  openKpiValuesCache,
  seedDemo,
  type AuditTrailSettings,
  type HotlineKeyring,
} from '@adal/domain';
import { createLogger, type YogaLogger } from 'graphql-yoga';
import type { JobRunner } from './jobs/job-runner.js';
import { startInProcessJobRunner } from './jobs/in-process-job-runner.js';
import { startQueueJobRunner, type QueueJobRunnerOptions } from './jobs/queue-job-runner.js';
import { createLogMailer, type Mailer } from './mail/mailer.js';
import type { MailOutbox } from './mail/outbox.js';
import { loadOrCreateSigningKey } from './auth/signing-key.js';
import type { PortalJwtOptions } from './auth/token-verifier.js';
import type { MikroORM as Orm } from '@adal/domain';
import {
  memoryRateLimitStore,
  postgresRateLimitStore,
  type RateLimitStore,
} from './limits/rate-limit-store.js';
import { createGatewayListener } from './server.js';
import { createGatewayYoga } from './yoga.js';

export interface StartGatewayOptions {
  /** 0 picks a free port. Defaults to 4000. */
  port?: number;
  /** Defaults to 127.0.0.1: a demo with password-less login must not listen on the network by accident. */
  host?: string;
  databaseUrl: string;
  /** PGlite serves one connection; a real server takes the ORM default. */
  poolMax?: number;
  devLogin?: boolean;
  /** Keeps the development-login key across restarts; a fresh key per start when absent. */
  signingKeyFile?: string;
  portalJwt?: PortalJwtOptions;
  /** Tokens living longer are refused; 12 hours when absent (see auth/token-verifier.ts). */
  maxTokenLifetimeSeconds?: number;
  /** The portals that embed Adal: they may call the API and frame the shell page. */
  allowedOrigins?: readonly string[];
  /** Served over https (ADAL_PUBLIC_URL): browsers are told to use nothing else (HSTS). */
  httpsOnly?: boolean;
  /** The demo organisations and logins (ADAL_DEMO=1); never on a deployment's own data. */
  seedDemo?: boolean;
  /** The deployment import map; defaults to env ADAL_IMPORT_MAP. */
  importMapFile?: string;
  /** Repository root holding shell/dist and plugins/<id>/dist. */
  rootDir?: string;
  logger?: YogaLogger;
  /**
   * Background jobs (enrolment sync, reminders, mail): `queue` (default) through pg-boss in the
   * database, `in-process` on timers (the embedded database, see in-process-job-runner.ts), `false`: none.
   */
  jobs?: false | 'queue' | 'in-process';
  /** Where reminder e-mails go; the log when absent. Closed with the gateway. */
  mailer?: Mailer;
  /** The public address that e-mails link to; defaults to the listening URL. */
  appUrl?: string;
  /** The hotline's keys (see hotline-keys/); a fresh keyring per start when absent, so only for tests. */
  hotlineKeyring?: HotlineKeyring;
  /**
   * The audit chain's key and checkpoint folder (see audit-keys/); a fresh key and a temporary
   * folder, removed on close, per start when absent, so only for tests.
   */
  auditTrail?: AuditTrailSettings;
  /** Each organisation's auditors get its new audit checkpoint by e-mail once a day. */
  auditCheckpointMail?: boolean;
  /** The number of reverse proxies in front (ADAL_TRUST_PROXY): rate limits read the client from X-Forwarded-For. */
  trustProxy?: number;
  /**
   * Where rate limits count: `postgres` (default), shared by every replica; `memory` for the
   * embedded database, whose one connection the ORM holds.
   */
  rateLimits?: 'postgres' | 'memory';
  /** PostgreSQL's statement_timeout for the requests' connections (default 5 s). */
  statementTimeoutMs?: number;
  /** The time one GraphQL execution may take (yoga.ts's default when absent). */
  executionTimeoutMs?: number;
  /** Counts each request's SQL statements into a response header and a log line (see use-statement-count.ts). */
  countStatements?: boolean;
  /**
   * KPI values kept in memory until the records behind them change (default true), which takes
   * one more connection to LISTEN on; the embedded database has none to spare.
   */
  kpiCache?: boolean;
  /** For tests: the jobs' clock and the queue's timings. */
  jobTuning?: Pick<QueueJobRunnerOptions, 'clock' | 'pollingIntervalSeconds' | 'mailRetryDelaySeconds'>;
}

export interface RunningGateway {
  url: string;
  orm: Orm;
  /** Null when started with `jobs: false`. */
  jobs: JobRunner | null;
  close(): Promise<void>;
}

/** Long enough for the heaviest legitimate query (a KPI view, an export), short of a stall. */
const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;

/** Connections waiting to be accepted; Linux caps it at net.core.somaxconn (4096 by default). */
const LISTEN_BACKLOG = 4096;

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Opens the database (applying migrations), optionally seeds the demo, and listens. */
export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('info');
  // Created by the first checkpoint written, so a test process that is killed leaves nothing behind.
  const throwawayCheckpointDir = options.auditTrail
    ? null
    : join(tmpdir(), `adal-audit-checkpoints-${randomUUID()}`);
  const removeThrowaway = async () => {
    if (throwawayCheckpointDir) await rm(throwawayCheckpointDir, { recursive: true, force: true });
  };
  const orm = await openDatabase({
    databaseUrl: options.databaseUrl,
    migrate: true,
    ...(options.poolMax ? { poolMax: options.poolMax } : {}),
    auditTrail: options.auditTrail ?? {
      keyring: generateAuditKeyring(),
      checkpointDir: throwawayCheckpointDir as string,
    },
    statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    countStatements: options.countStatements ?? false,
    // Every context's KPIs are registered: the domain's index, imported above, loads them all.
    biReadModel: kpiCatalog(),
  });
  const rateLimits = await openRateLimitStore(options, logger).catch(async (error: unknown) => {
    await orm.close(true);
    throw error;
  });
  if (options.kpiCache === false) {
    logger.info(
      'KPI values are computed on each request: no connection to hear of changes (embedded database)',
    );
  }
  const kpiValuesCache =
    options.kpiCache === false
      ? null
      : await openKpiValuesCache({
          databaseUrl: options.databaseUrl,
          onError: (error) =>
            logger.warn(
              'the KPI change listener has no connection; KPI values are computed until it listens again',
              error,
            ),
        });
  try {
    // Demo hotline cases are sealed with the deployment's keys; a throwaway keyring would leave them unreadable.
    if (options.seedDemo) {
      await seedDemo(orm, options.hotlineKeyring ? { hotlineKeyring: options.hotlineKeyring } : {});
    }
    const mailer = options.mailer ?? createLogMailer((line) => logger.info(line));
    // Bound once the gateway listens and its jobs run: a request's mail goes through the jobs' queue.
    let jobs: JobRunner | null = null;
    let appUrl = options.appUrl ?? '';
    const mailOutbox: MailOutbox = {
      get appUrl() {
        return appUrl;
      },
      async post(mails) {
        for (const mail of mails) {
          if (jobs) await jobs.postMail(mail);
          else await mailer.send(mail);
        }
      },
    };
    const yoga = await createGatewayYoga({
      orm,
      logger,
      mailOutbox,
      devLogin: options.devLogin === true,
      ...(options.devLogin && options.signingKeyFile
        ? { signingKey: await loadOrCreateSigningKey(options.signingKeyFile) }
        : {}),
      ...(options.portalJwt ? { portalJwt: options.portalJwt } : {}),
      ...(options.hotlineKeyring ? { hotlineKeyring: options.hotlineKeyring } : {}),
      maxTokenLifetimeSeconds: options.maxTokenLifetimeSeconds,
      allowedOrigins: options.allowedOrigins ?? [],
      trustProxy: options.trustProxy ?? 0,
      rateLimits,
      ...(options.executionTimeoutMs ? { executionTimeoutMs: options.executionTimeoutMs } : {}),
      countStatements: options.countStatements ?? false,
      kpiValuesCache,
    });
    const importMapFile = options.importMapFile ?? process.env['ADAL_IMPORT_MAP'];
    const server = createServer(
      createGatewayListener({
        yoga,
        orm,
        logger,
        rootDir: options.rootDir ?? REPOSITORY_ROOT,
        ...(importMapFile ? { importMapFile } : {}),
        portalOrigins: options.allowedOrigins ?? [],
        httpsOnly: options.httpsOnly === true,
        devTools: options.devLogin === true,
      }),
    );
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      // Node's default backlog of 511 connections is less than the people who press "start" at the
      // same instant of an exam: the rest would be refused or reset before any request is read.
      server.listen({ port: options.port ?? 4000, host, backlog: LISTEN_BACKLOG }, () => done());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
    appUrl = options.appUrl ?? url;
    const jobMode = options.jobs ?? 'queue';
    try {
      if (jobMode !== false) {
        const jobOptions = {
          orm,
          mailer,
          logger,
          appUrl: options.appUrl ?? url,
          auditCheckpointMail: options.auditCheckpointMail === true,
          ...options.jobTuning,
        };
        jobs =
          jobMode === 'queue'
            ? await startQueueJobRunner({ ...jobOptions, databaseUrl: options.databaseUrl })
            : startInProcessJobRunner(jobOptions);
      }
    } catch (error) {
      server.closeAllConnections();
      server.close();
      mailer.close();
      throw error;
    }
    return {
      url,
      orm,
      jobs,
      async close() {
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
        // Jobs finish before the database goes away.
        await jobs?.stop();
        mailer.close();
        await rateLimits.close();
        await kpiValuesCache?.close();
        await orm.close(true);
        await removeThrowaway();
      },
    };
  } catch (error) {
    await rateLimits.close();
    await kpiValuesCache?.close();
    await orm.close(true);
    await removeThrowaway();
    throw error;
  }
}

function openRateLimitStore(options: StartGatewayOptions, logger: YogaLogger): Promise<RateLimitStore> {
  if (options.rateLimits === 'memory') return Promise.resolve(memoryRateLimitStore());
  return postgresRateLimitStore({
    databaseUrl: options.databaseUrl,
    onError: (error) => logger.error('rate-limit store connection failed', error),
  });
}
