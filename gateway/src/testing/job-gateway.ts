import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@adal/domain/testing';
import { EMBEDDED_GATEWAY_OPTIONS, startEmbeddedPostgres } from '../database/embedded-postgres.js';
import type { Mailer } from '../mail/mailer.js';
import { startGateway, type RunningGateway } from '../start-gateway.js';
import type { JobName } from '../jobs/job-names.js';

/** The two ways the jobs run: pg-boss on a PostgreSQL server, or timers beside the embedded database. */
export const JOB_RUNNERS = ['queue', 'in-process'] as const;
export type JobRunnerKind = (typeof JOB_RUNNERS)[number];

export interface JobGateway {
  gateway: RunningGateway;
  close(): Promise<void>;
}

/**
 * A gateway whose jobs run on `runner`: the queue on a fresh database of the test server, or the
 * in-process runner on a fresh embedded database (as the demo runs), its clock the test's.
 */
export async function startJobGateway(
  runner: JobRunnerKind,
  options: { clock: () => Date; mailer?: Mailer; appUrl?: string },
): Promise<JobGateway> {
  const common = {
    port: 0,
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.appUrl ? { appUrl: options.appUrl } : {}),
  };
  if (runner === 'queue') {
    const database = await createTestDatabase();
    const gateway = await startGateway({
      ...common,
      databaseUrl: database.databaseUrl,
      jobTuning: { clock: options.clock, pollingIntervalSeconds: 0.5, mailRetryDelaySeconds: 1 },
    });
    return {
      gateway,
      async close() {
        await gateway.close();
        await database.drop();
      },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'adal-jobs-'));
  const embedded = await startEmbeddedPostgres(dataDir);
  const gateway = await startGateway({
    ...common,
    databaseUrl: embedded.databaseUrl,
    ...EMBEDDED_GATEWAY_OPTIONS,
    jobs: 'in-process',
    jobTuning: { clock: options.clock },
  });
  return {
    gateway,
    async close() {
      await gateway.close();
      await embedded.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The cron expression and time zone a queue gateway gave pg-boss for a job, as pg-boss keeps them:
 * what fires it, not the constant the runner was handed.
 */
export async function queueSchedule(
  gateway: RunningGateway,
  name: JobName,
): Promise<{ cron: string; timezone: string } | undefined> {
  const rows = await gateway.orm.em
    .fork()
    .getConnection()
    .execute<{ cron: string; timezone: string }[]>(
      'select cron, timezone from pgboss.schedule where name = ?',
      [name],
    );
  return rows[0];
}
