import type { AuditLink } from './audit-hash.js';

/** An event's own fields as PostgreSQL returns them, from `audit_event` or `audit_pending`. */
export interface AuditEventFieldsRow {
  at: Date | string;
  actor_person_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Record<string, unknown>;
}

/** The link that an event's fields make in its organisation's chain at `seq`, after `prevHash`. */
export function auditLinkOf(
  organizationId: string,
  row: AuditEventFieldsRow,
  seq: number,
  prevHash: string,
): AuditLink {
  return {
    organizationId,
    seq,
    at: new Date(row.at),
    actorPersonId: row.actor_person_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: row.data,
    prevHash,
  };
}
