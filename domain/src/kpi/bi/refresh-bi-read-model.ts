import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { KpiDefinition } from '../kpi-definition.js';
import { BI_SCHEMA, biViews } from './bi-view-sql.js';

/** Two processes starting at once recreate the views one after the other, not into each other. */
const REFRESH_LOCK = `select pg_advisory_xact_lock(hashtext('${BI_SCHEMA}'))`;

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The views of the read model as they stand in the database (not the table of grants). */
export async function biViewNames(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ viewname: string }[]>(
    'select viewname from pg_views where schemaname = ? order by viewname',
    [BI_SCHEMA],
  );
  return rows.map((row) => row.viewname);
}

/** USAGE on the schema and SELECT on each view, nothing else: the grants table stays the owner's. */
export async function grantBiViews(em: EntityManager, roleName: string): Promise<void> {
  const role = quoteIdentifier(roleName);
  await em.execute(`grant usage on schema ${BI_SCHEMA} to ${role}`);
  const views = await biViewNames(em);
  if (views.length > 0) {
    const list = views.map((view) => `${BI_SCHEMA}.${quoteIdentifier(view)}`).join(', ');
    await em.execute(`grant select on ${list} to ${role}`);
  }
}

/**
 * Drops the read model's views and creates them again from the KPI registry, in the caller's
 * transaction, then gives each granted reader SELECT on the new views (a dropped view takes its
 * grants with it). A reader whose role was dropped meanwhile is left out.
 */
export async function recreateBiViews(
  em: EntityManager,
  definitions: readonly KpiDefinition[],
): Promise<void> {
  await em.execute(REFRESH_LOCK);
  for (const view of await biViewNames(em)) {
    await em.execute(`drop view if exists ${BI_SCHEMA}.${quoteIdentifier(view)}`);
  }
  for (const view of biViews(definitions)) await em.execute(view.sql);
  const readers = await em.execute<{ role_name: string }[]>(
    `select distinct g.role_name from ${BI_SCHEMA}.reader_grant g
      where exists (select 1 from pg_roles r where r.rolname = g.role_name) order by g.role_name`,
  );
  for (const reader of readers) await grantBiViews(em, reader.role_name);
}

/**
 * The read model for BI tools follows the KPI registry, which lives in code: each start recreates
 * its views once the migrations have run (the schema and the grants table are the migration's).
 * The caller passes the registry once every context's module has loaded (they register their KPIs
 * as they load); a test process that loaded a few would otherwise leave views out.
 */
export async function refreshBiReadModel(
  orm: MikroORM,
  definitions: readonly KpiDefinition[],
): Promise<void> {
  await orm.em.fork().transactional((em) => recreateBiViews(em, definitions));
}
