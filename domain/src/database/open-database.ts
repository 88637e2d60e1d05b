import { MikroORM } from '@mikro-orm/postgresql';
import type { AuditTrailSettings } from '../audit/audit-trail-settings.js';
import { refreshBiReadModel } from '../kpi/bi/refresh-bi-read-model.js';
import type { KpiDefinition } from '../kpi/kpi-definition.js';
import { createOrmConfig } from './orm-config.js';

export interface OpenDatabaseOptions {
  databaseUrl: string;
  migrate?: boolean;
  poolMax?: number;
  silentMigrations?: boolean;
  /** Every process that writes the audit trail opens the database with its key (§75). */
  auditTrail?: AuditTrailSettings;
  /**
   * PostgreSQL's `statement_timeout` on every connection of the pool: a statement that runs
   * longer is cancelled (SQLSTATE 57014) and its transaction rolls back. The migrations are
   * exempt. Unset: no limit. The embedded PGlite accepts the setting but can't enforce it (it
   * has no timer to interrupt a statement with).
   */
  statementTimeoutMs?: number;
  /** Tallies the statements of work run under `countStatements`; off unless asked. */
  countStatements?: boolean;
  /**
   * The KPIs whose views of the read model for BI tools are recreated once migrated: the whole
   * registry (`kpiCatalog()`) of a process that has loaded every context, as the gateway has.
   * Unset: the views stay as they are (a test's template, a process that loaded a few contexts).
   */
  biReadModel?: readonly KpiDefinition[];
}

/**
 * Connects and, unless told otherwise, applies the pending migrations and then, when given the
 * KPIs, recreates the views of the read model for BI tools (docs/architecture.md, "Read model for
 * BI tools").
 */
export async function openDatabase(o: OpenDatabaseOptions): Promise<MikroORM> {
  const config = createOrmConfig({
    databaseUrl: o.databaseUrl,
    ...(o.poolMax ? { poolMax: o.poolMax } : {}),
    silentMigrations: o.silentMigrations ?? false,
    ...(o.auditTrail ? { auditTrail: o.auditTrail } : {}),
    ...(o.countStatements ? { countStatements: true } : {}),
  });
  const orm = await MikroORM.init(
    o.statementTimeoutMs === undefined
      ? config
      : // `pg` sends it in each connection's start-up message, so it holds for every statement.
        { ...config, driverOptions: { statement_timeout: o.statementTimeoutMs } },
  );
  if (o.migrate !== false) {
    try {
      await migrate(orm);
      if (o.biReadModel) await refreshBiReadModel(orm, o.biReadModel);
    } catch (error) {
      await orm.close(true);
      throw error;
    }
  }
  return orm;
}

/**
 * Every pending migration in one transaction (as the ORM config asks), with the statement
 * timeout lifted inside it: a long data migration must not be cut off by the limit meant for
 * requests. One connection does it all, which is all the embedded database has.
 */
async function migrate(orm: MikroORM): Promise<void> {
  // Asking first also prepares the migrations table, outside the transaction that holds the
  // embedded database's only connection.
  if ((await orm.migrator.getPending()).length === 0) return;
  const connection = orm.em.getConnection();
  await connection.transactional(async (transaction) => {
    await connection.execute('set local statement_timeout = 0', [], 'run', transaction);
    await orm.migrator.up({ transaction });
  });
}
