import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import type { RoleCode } from '../kernel/roles.js';
import { ValidationError } from '../kernel/errors.js';
import { AuditEvent, type IAuditEvent } from './audit-event.entity.js';

/** §75: the trail is read by auditors and by those who run the programme. */
export const AUDIT_READERS: readonly RoleCode[] = ['auditor', 'compliance_head', 'org_admin'];

export const MAX_AUDIT_PAGE = 200;

/** The organisation's most recent events first; page on with `beforeSeq`. */
export async function listAuditEvents(
  em: EntityManager,
  actor: Actor,
  o: { limit: number; beforeSeq?: number },
): Promise<IAuditEvent[]> {
  requireAnyRole(actor, AUDIT_READERS, 'read the audit trail');
  if (!Number.isInteger(o.limit) || o.limit < 1 || o.limit > MAX_AUDIT_PAGE) {
    throw ValidationError.because(`limit must be a whole number from 1 to ${MAX_AUDIT_PAGE}`);
  }
  return em.find(
    AuditEvent,
    {
      organization: actor.organizationId,
      ...(o.beforeSeq !== undefined ? { seq: { $lt: o.beforeSeq } } : {}),
    },
    { orderBy: { seq: 'desc' }, limit: o.limit },
  );
}
