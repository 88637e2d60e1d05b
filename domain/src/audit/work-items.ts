import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../kernel/actor.js';
import type { RoleCode } from '../kernel/roles.js';
import type { WorkItem } from '../work/work-item.js';
import { registerWorkProvider } from '../work/work-registry.js';
import { latestAuditChainVerification } from './audit-chain-verifications.js';
import { AUDIT_READERS } from './list-audit-events.js';
import { verifyAuditChainSinceCheckpoint } from './verify-audit-chain.js';

/** The auditor's, whose work it is, is told; the others see the result on the audit trail. */
const CHAIN_WATCHERS: readonly RoleCode[] = ['auditor'];

/**
 * Whether the chain is broken, without recomputing it all on every home page: as the checkpoint
 * job's latest whole verification found it, and from the latest checkpoint on (an hour's events)
 * as it stands now.
 */
async function chainBroken(em: EntityManager, organizationId: string): Promise<boolean> {
  const latest = await latestAuditChainVerification(em, organizationId);
  if (latest && !latest.ok) return true;
  return !(await verifyAuditChainSinceCheckpoint(em, organizationId)).ok;
}

/**
 * §75: a trail that no longer verifies is the first thing the auditor must look at — an event
 * was altered, removed or inserted. Nothing shows while it verifies.
 */
export const AUDIT_WORK = {
  context: 'audit',
  async items(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
    if (!hasAnyRole(actor, CHAIN_WATCHERS) || !hasAnyRole(actor, AUDIT_READERS)) return [];
    if (!(await chainBroken(em, actor.organizationId))) return [];
    return [
      {
        id: 'audit:chain_broken:all',
        plugin: 'admin',
        kind: 'chain_broken',
        subject: null,
        urgency: 'overdue',
        dueAt: null,
        dueOn: null,
        path: '/admin/audit-trail',
        count: null,
      },
    ];
  },
};

registerWorkProvider(AUDIT_WORK);
