import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What the ORM's Kysely transaction offers: run one compiled statement. */
interface CompiledStatementRunner {
  executeQuery<R>(query: {
    sql: string;
    parameters: readonly unknown[];
    query: { kind: 'RawNode'; sqlFragments: readonly string[]; parameters: readonly unknown[] };
    queryId: { queryId: string };
  }): Promise<{ rows: R[] }>;
}

/**
 * Runs one statement (`$1`, `$2` … placeholders) on the connection of the entity manager's open
 * transaction, its parameters sent beside it. The ORM's own `execute` writes them into the
 * statement's text, which for a batch of rows sent as one JSON document of a few hundred kilobytes
 * costs more than the statement itself.
 */
export async function executeBound<R = unknown>(
  em: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<R[]> {
  const runner = em.getTransactionContext<CompiledStatementRunner>();
  if (!runner) throw new Error('A bound statement runs inside the transaction of its change');
  const result = await runner.executeQuery<R>({
    sql,
    parameters,
    query: { kind: 'RawNode', sqlFragments: [sql], parameters: [] },
    queryId: { queryId: randomUUID() },
  });
  return result.rows;
}
