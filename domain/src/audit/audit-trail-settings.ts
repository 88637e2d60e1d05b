import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditKeyring } from './audit-keyring.js';
import { registerAuditSealing } from './audit-sealer.js';

/** What the audit trail of a database needs from outside it (§75). */
export interface AuditTrailSettings {
  /** Seals new events and verifies stored ones. */
  keyring: AuditKeyring;
  /** Where the signed checkpoints of each organisation's chain head are appended (one file each). */
  checkpointDir: string;
}

const EXTENSION = 'adal:audit-trail';

/**
 * Registers the settings on the ORM when it opens (`openDatabase({ auditTrail })`), so every entity
 * manager forked from it, and every `recordAudit(em, …)`, finds them without being handed them;
 * and seals recorded events into their chains after each commit (audit-sealer.ts).
 */
export function auditTrailExtension(settings: AuditTrailSettings): { register(orm: MikroORM): void } {
  return {
    register(orm) {
      orm.config.registerExtension(EXTENSION, () => settings);
      registerAuditSealing(orm);
    },
  };
}

/** The settings registered on the ORM of `em`; throws when the database was opened without them. */
export function auditTrailSettings(em: EntityManager): AuditTrailSettings {
  const settings = em.config.getExtension<AuditTrailSettings>(EXTENSION);
  if (!settings) {
    throw new Error('The audit trail needs its key: open the database with openDatabase({ auditTrail })');
  }
  return settings;
}
