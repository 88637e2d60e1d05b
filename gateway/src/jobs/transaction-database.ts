import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@adal/domain';
import type { Db } from 'pg-boss';

/** What the ORM's Kysely transaction (or client) offers: run one compiled statement. */
interface CompiledStatementRunner {
  executeQuery(query: {
    sql: string;
    parameters: readonly unknown[];
    query: { kind: 'RawNode'; sqlFragments: readonly string[]; parameters: readonly unknown[] };
    queryId: { queryId: string };
  }): Promise<{ rows: unknown[] }>;
}

/**
 * A pg-boss database that runs its statements on the connection of the entity manager's open
 * transaction, so that `send(..., { db })` commits or rolls back with the domain's writes. The
 * ORM's own `execute` inlines `?` parameters; pg-boss writes `$1`, so the statement goes to the
 * driver as it is, with its parameters. Only for single statements (a send), never for pg-boss's
 * own multi-statement maintenance.
 */
export function transactionDatabase(em: EntityManager): Db {
  return {
    async executeSql(text, values = []) {
      const runner = em.getTransactionContext<CompiledStatementRunner>();
      if (!runner) throw new Error('transactionDatabase needs an entity manager inside a transaction');
      const result = await runner.executeQuery({
        sql: text,
        parameters: values,
        query: { kind: 'RawNode', sqlFragments: [text], parameters: [] },
        queryId: { queryId: randomUUID() },
      });
      return { rows: result.rows };
    },
  };
}
