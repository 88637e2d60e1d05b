import type { EntityManager } from '@mikro-orm/postgresql';
import { signAuditCheckpoint, type AuditCheckpoint } from './audit-checkpoint.js';
import { recordAuditChainVerification } from './audit-chain-verifications.js';
import { auditTrailSettings } from './audit-trail-settings.js';
import { appendAuditCheckpointLine } from './checkpoint-file.js';
import { inspectAuditChain, type AuditChainReport } from './verify-audit-chain.js';

export type AuditCheckpointOutcome =
  | { outcome: 'written'; checkpoint: Omit<AuditCheckpoint, 'keyId'> }
  /** The head has not moved since the last checkpoint, or the chain is still empty. */
  | { outcome: 'unchanged' }
  /** The chain does not verify: vouching for it now would bless the tampering. */
  | { outcome: 'broken'; report: AuditChainReport };

/**
 * §75: appends a signed checkpoint of the organisation's chain head to its checkpoint file, after
 * verifying the chain against the earlier ones, and keeps the verification's outcome for the
 * auditors' home page. Run on a schedule; `em` must not be in a transaction.
 */
export async function writeAuditCheckpoint(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<AuditCheckpointOutcome> {
  const { keyring, checkpointDir } = auditTrailSettings(em);
  const { report, head, latestCheckpoint } = await inspectAuditChain(em, organizationId);
  await recordAuditChainVerification(em, organizationId, report, now);
  if (!report.ok) return { outcome: 'broken', report };
  if (!head || head.lastSeq === 0 || latestCheckpoint?.seq === head.lastSeq) return { outcome: 'unchanged' };
  const checkpoint = {
    organizationId,
    seq: head.lastSeq,
    hash: head.lastHash,
    legacyThroughSeq: head.legacyThroughSeq,
    at: now,
  };
  await appendAuditCheckpointLine(checkpointDir, organizationId, signAuditCheckpoint(keyring, checkpoint));
  return { outcome: 'written', checkpoint };
}
