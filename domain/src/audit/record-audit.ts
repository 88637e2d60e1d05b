import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { newId } from '../kernel/ids.js';
import { sealOnCommit } from './audit-sealer.js';
import { auditTrailSettings } from './audit-trail-settings.js';
import { toJsonValue } from './canonical-json.js';

export interface AuditEntry {
  organizationId: string;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/**
 * §75: records an event inside the caller's transaction, so the evidence is written if and only if
 * the change is. It waits in `audit_pending` until that transaction commits; the sealer then
 * appends it to the organisation's keyed chain before the transaction's caller goes on (ADR 015),
 * so writers of one organisation no longer queue on its chain head while their transactions run.
 * `actor` is null for changes the system makes on its own (seed, scheduled jobs). The ORM of `em`
 * must hold the audit key (see audit-trail-settings.ts), which seals the event.
 */
export async function recordAudit(em: EntityManager, actor: Actor | null, e: AuditEntry): Promise<void> {
  if (!em.isInTransaction()) {
    throw new Error('recordAudit must run inside the transaction of the change it records');
  }
  // An ORM opened without the audit key can read the trail but not add to it.
  auditTrailSettings(em);
  await em.execute(
    `insert into audit_pending (id, organization_id, at, actor_person_id, action, entity_type, entity_id, data)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      newId(),
      e.organizationId,
      new Date(),
      actor?.personId ?? null,
      e.action,
      e.entityType,
      e.entityId,
      JSON.stringify(toJsonValue(e.data ?? {})),
    ],
  );
  sealOnCommit(em, e.organizationId);
}
