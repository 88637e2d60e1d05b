import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { AUDIT_CHAIN_PROBLEMS } from './verify-audit-chain.js';

/**
 * The outcome of the latest whole verification of an organisation's chain, as the checkpoint job
 * found it. The home page reads it rather than recomputing the chain on every visit: a problem in
 * events older than the latest checkpoint is found only by a whole verification. One row per
 * organisation, replaced at each run. It is a notice, not evidence: `auditChainStatus` verifies
 * the chain itself.
 */
export const AuditChainVerification = defineEntity({
  name: 'AuditChainVerification',
  tableName: 'audit_chain_verification',
  properties: {
    organizationId: p.uuid().primary(),
    verifiedAt: p.datetime(),
    ok: p.boolean(),
    problem: p.enum(AUDIT_CHAIN_PROBLEMS).nullable(),
    brokenAtSeq: p.integer().nullable(),
  },
});

export type IAuditChainVerification = InferEntity<typeof AuditChainVerification>;
