import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, seedDemo, type HotlineKeyring } from '@adal/domain';
import { createLogger, type YogaLogger } from 'graphql-yoga';
import type { JobRunner } from './jobs/job-runner.js';
import { startInProcessJobRunner } from './jobs/in-process-job-runner.js';
import { startQueueJobRunner, type QueueJobRunnerOptions } from './jobs/queue-job-runner.js';
import { createLogMailer, type Mailer } from './mail/mailer.js';
import { loadOrCreateSigningKey } from './auth/signing-key.js';
import type { PortalJwtOptions } from './auth/token-verifier.js';
import type { MikroORM as Orm } from '@adal/domain';
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
  /** Behind a reverse proxy (ADAL_TRUST_PROXY=1): rate limits read the client from X-Forwarded-For. */
  trustProxy?: boolean;
  /** PostgreSQL's statement_timeout for the requests' connections (default 5 s). */
  statementTimeoutMs?: number;
  /** The time one GraphQL execution may take (yoga.ts's default when absent). */
  executionTimeoutMs?: number;
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

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Opens the database (applying migrations), optionally seeds the demo, and listens. */
export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('info');
  const orm = await openDatabase({
    databaseUrl: options.databaseUrl,
    migrate: true,
    ...(options.poolMax ? { poolMax: options.poolMax } : {}),
    statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
  });
  try {
    // Demo hotline cases are sealed with the deployment's keys; a throwaway keyring would leave them unreadable.
    if (options.seedDemo) {
      await seedDemo(orm, options.hotlineKeyring ? { hotlineKeyring: options.hotlineKeyring } : {});
    }
    const yoga = await createGatewayYoga({
      orm,
      logger,
      devLogin: options.devLogin === true,
      ...(options.devLogin && options.signingKeyFile
        ? { signingKey: await loadOrCreateSigningKey(options.signingKeyFile) }
        : {}),
      ...(options.portalJwt ? { portalJwt: options.portalJwt } : {}),
      ...(options.hotlineKeyring ? { hotlineKeyring: options.hotlineKeyring } : {}),
      trustProxy: options.trustProxy === true,
      ...(options.executionTimeoutMs ? { executionTimeoutMs: options.executionTimeoutMs } : {}),
    });
    const importMapFile = options.importMapFile ?? process.env['ADAL_IMPORT_MAP'];
    const server = createServer(
      createGatewayListener({
        yoga,
        orm,
        logger,
        rootDir: options.rootDir ?? REPOSITORY_ROOT,
        ...(importMapFile ? { importMapFile } : {}),
      }),
    );
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((done, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? 4000, host, () => done());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
    const mailer = options.mailer ?? createLogMailer((line) => logger.info(line));
    const jobMode = options.jobs ?? 'queue';
    let jobs: JobRunner | null = null;
    try {
      if (jobMode !== false) {
        const jobOptions = { orm, mailer, logger, appUrl: options.appUrl ?? url, ...options.jobTuning };
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
        await orm.close(true);
      },
    };
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}
