import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { auditTrailExtension, type AuditTrailSettings } from '../audit/audit-trail-settings.js';
import { ENTITIES } from './entities.js';
import { statementCountingLogger } from './statement-count.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));
const SEEDERS_DIR = fileURLToPath(new URL('../../seeders', import.meta.url));

export interface OrmConfigOptions {
  databaseUrl: string;
  poolMax?: number;
  debug?: boolean;
  /** Receives the ORM's log lines (queries when `debug` is on, migrations); console by default. */
  logger?: (message: string) => void;
  /** No log line per applied migration (tests open many databases). */
  silentMigrations?: boolean;
  /** The audit key and checkpoint folder; without them the ORM can read but not write the audit trail. */
  auditTrail?: AuditTrailSettings;
  /** Tallies the statements of work run under `countStatements` (tests and benchmarks). */
  countStatements?: boolean;
}

export function createOrmConfig(o: OrmConfigOptions): Options {
  return defineConfig({
    clientUrl: o.databaseUrl,
    entities: [...ENTITIES],
    extensions: [Migrator, SeedManager, ...(o.auditTrail ? [auditTrailExtension(o.auditTrail)] : [])],
    pool: { max: o.poolMax ?? 10 },
    debug: o.debug ?? false,
    ...(o.logger ? { logger: o.logger } : {}),
    ...(o.countStatements ? { loggerFactory: statementCountingLogger } : {}),
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: o.silentMigrations ?? false,
    },
    seeder: { path: SEEDERS_DIR, pathTs: SEEDERS_DIR },
    // Writes go through use cases that the caller flushes in one transaction.
    allowGlobalContext: false,
  });
}
