import { createHash, createHmac } from 'node:crypto';
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

/**
 * §75: HMAC-SHA256 under the audit key `keyId` over the canonical JSON of the event's fields, the
 * previous hash and the key id. Without the key nobody can make a rewritten chain verify again.
 */
export function auditMac(key: Buffer, keyId: string, link: AuditLink): string {
  const canonical = canonicalJson({ ...link, at: link.at.toISOString(), keyId });
  return createHmac('sha256', key).update(canonical).digest('hex');
}

/**
 * The unkeyed sha256 of events written before the chain was keyed. Anyone can recompute it, so it is
 * accepted only for an organisation's first `legacyThroughSeq` events (see verify-audit-chain.ts).
 */
export function legacyAuditHash(link: AuditLink): string {
  const canonical = canonicalJson({ ...link, at: link.at.toISOString() });
  return createHash('sha256').update(canonical).digest('hex');
}
