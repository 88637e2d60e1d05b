import type { MikroORM } from '@adal/domain';

/**
 * Every row of the hotline's tables and of the audit trail, as JSON text: a refused request
 * must leave this exactly as it was ("each gets its typed error and changes nothing").
 */
export async function hotlineSnapshot(orm: MikroORM): Promise<Record<string, string[]>> {
  const em = orm.em.fork();
  const tables = await em.execute<{ table_name: string }[]>(
    `select table_name from information_schema.tables
      where table_schema = 'public' and (table_name like 'hotline\\_%' or table_name in ('audit_event', 'audit_chain_head'))
      order by table_name`,
  );
  const snapshot: Record<string, string[]> = {};
  for (const { table_name: table } of tables) {
    const rows = await em.execute<{ row: string }[]>(`select row_to_json(t)::text as row from "${table}" t`);
    snapshot[table] = rows.map((r) => r.row).sort();
  }
  return snapshot;
}
