import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@adal/domain/testing';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import type { Mailer } from '../mail/mailer.js';
import { startGateway, type RunningGateway } from '../start-gateway.js';

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
    poolMax: 1,
    rateLimits: 'memory',
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
