import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** The previous hash of an organisation's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditLink {
  organizationId: string;
  seq: number;
  at: Date;
  actorPersonId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
  prevHash: string;
}

/** §75: sha256 over the canonical JSON of the event's fields and the previous hash. */
export function auditHash(link: AuditLink): string {
  const canonical = canonicalJson({ ...link, at: link.at.toISOString() });
  return createHash('sha256').update(canonical).digest('hex');
}
