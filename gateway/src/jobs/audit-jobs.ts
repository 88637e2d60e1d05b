import {
  auditCheckpointMails,
  writeAuditCheckpoint,
  type AuditChainReport,
  type MikroORM,
} from '@adal/domain';
import type { YogaLogger } from 'graphql-yoga';
import type { EnqueueMail } from './training-jobs.js';
import { organizationIds } from './organization-ids.js';

interface AuditCheckpointRun {
  written: number;
  /** Chains that no longer verify: no checkpoint vouches for them, and someone must look. */
  broken: { organizationId: string; report: AuditChainReport }[];
}

/**
 * §75: appends a signed checkpoint of each organisation's audit chain head to the checkpoint file,
 * once the chain has been verified against the earlier checkpoints.
 */
async function writeAuditCheckpoints(orm: MikroORM, now: Date): Promise<AuditCheckpointRun> {
  const run: AuditCheckpointRun = { written: 0, broken: [] };
  for (const organizationId of await organizationIds(orm)) {
    const result = await writeAuditCheckpoint(orm.em.fork(), organizationId, now);
    if (result.outcome === 'written') run.written += 1;
    if (result.outcome === 'broken') run.broken.push({ organizationId, report: result.report });
  }
  return run;
}

/** Queues the e-mails of the day's latest checkpoint to each organisation's auditors. */
export async function queueAuditCheckpointMails(
  orm: MikroORM,
  now: Date,
  enqueue: EnqueueMail,
): Promise<number> {
  let queued = 0;
  for (const organizationId of await organizationIds(orm)) {
    const mails = await auditCheckpointMails(orm.em.fork(), organizationId, now);
    if (mails.length === 0) continue;
    await orm.em.fork().transactional(async (em) => {
      for (const mail of mails) await enqueue(em, mail);
    });
    queued += mails.length;
  }
  return queued;
}

/** The checkpoint run of either job runner: writes, and logs each chain that no longer verifies. */
export async function runAuditCheckpoints(orm: MikroORM, now: Date, logger: YogaLogger): Promise<void> {
  const { written, broken } = await writeAuditCheckpoints(orm, now);
  for (const chain of broken) logger.error(brokenChainMessage(chain));
  logger.info(`audit.checkpoints: ${written} checkpoints written`);
}

/** The log line of a chain that failed verification. */
function brokenChainMessage({ organizationId, report }: AuditCheckpointRun['broken'][number]): string {
  return (
    `audit.checkpoints: the audit trail of organisation ${organizationId} does not verify ` +
    `(${report.problem}${report.brokenAtSeq ? ` at seq ${report.brokenAtSeq}` : ''}); no checkpoint written`
  );
}
