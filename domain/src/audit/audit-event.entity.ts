import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../kernel/ids.js';
import { tenantFilter } from '../database/tenant-filter.js';
import { Organization } from '../org/organization.entity.js';

/**
 * §75: one practical prevention measure (any change a user makes) as historical evidence.
 * Rows are append-only (a trigger refuses UPDATE and DELETE) and chained per organisation:
 * `hash` is an HMAC, under the audit key `keyId`, of the row's fields and the previous row's hash.
 * `keyId` is null only for events written before the chain was keyed (plain sha256, see audit-hash.ts).
 */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    seq: p.integer(),
    at: p.datetime(),
    actorPersonId: p.uuid().nullable(),
    action: p.string().length(100),
    entityType: p.string().length(100),
    entityId: p.string().length(100),
    data: p.json<Record<string, unknown>>(),
    prevHash: p.string().length(64),
    hash: p.string().length(64),
    keyId: p.string().length(64).nullable(),
  },
  uniques: [{ properties: ['organization', 'seq'] }],
  // The trail searched by action, newest first.
  indexes: [{ properties: ['organization', 'action', 'seq'] }],
  filters: tenantFilter,
});

export type IAuditEvent = InferEntity<typeof AuditEvent>;

/**
 * The last link of an organisation's chain. Writers lock this row (SELECT … FOR UPDATE) in
 * their transaction, so concurrent appends to one chain are serialised. `legacyThroughSeq` counts
 * the unkeyed events the chain held when it was keyed; every later event must carry a key.
 */
export const AuditChainHead = defineEntity({
  name: 'AuditChainHead',
  tableName: 'audit_chain_head',
  properties: {
    organizationId: p.uuid().primary(),
    lastSeq: p.integer(),
    lastHash: p.string().length(64),
    legacyThroughSeq: p.integer().default(0),
  },
});

export type IAuditChainHead = InferEntity<typeof AuditChainHead>;
