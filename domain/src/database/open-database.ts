import { MikroORM } from '@mikro-orm/postgresql';
import type { AuditTrailSettings } from '../audit/audit-trail-settings.js';
import { createOrmConfig } from './orm-config.js';

export interface OpenDatabaseOptions {
  databaseUrl: string;
  migrate?: boolean;
  poolMax?: number;
  silentMigrations?: boolean;
  /** Every process that writes the audit trail opens the database with its key (§75). */
  auditTrail?: AuditTrailSettings;
}

/** Connects and, unless told otherwise, applies the pending migrations. */
export async function openDatabase(o: OpenDatabaseOptions): Promise<MikroORM> {
  const config = createOrmConfig({
    databaseUrl: o.databaseUrl,
    ...(o.poolMax ? { poolMax: o.poolMax } : {}),
    silentMigrations: o.silentMigrations ?? false,
    ...(o.auditTrail ? { auditTrail: o.auditTrail } : {}),
  });
  const orm = await MikroORM.init(config);
  if (o.migrate !== false) {
    try {
      await orm.migrator.up();
    } catch (error) {
      await orm.close(true);
      throw error;
    }
  }
  return orm;
}
