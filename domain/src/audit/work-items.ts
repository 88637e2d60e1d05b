import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../kernel/actor.js';
import type { RoleCode } from '../kernel/roles.js';
import type { WorkItem } from '../work/work-item.js';
import { registerWorkProvider } from '../work/work-registry.js';
import { AUDIT_READERS } from './list-audit-events.js';
import { verifyAuditChain } from './verify-audit-chain.js';

/**
 * Checking the chain reads the whole trail, too much for every home page of every audit reader:
 * the auditor's, whose work it is, checks it; the others see the result on the audit trail.
 */
const CHAIN_WATCHERS: readonly RoleCode[] = ['auditor'];

/**
 * §75: a trail that no longer verifies is the first thing the auditor must look at — an event
 * was altered, removed or inserted. Nothing shows while it verifies.
 */
export const AUDIT_WORK = {
  context: 'audit',
  async items(em: EntityManager, actor: Actor): Promise<WorkItem[]> {
    if (!hasAnyRole(actor, CHAIN_WATCHERS) || !hasAnyRole(actor, AUDIT_READERS)) return [];
    const report = await verifyAuditChain(em, actor.organizationId);
    if (report.ok) return [];
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
