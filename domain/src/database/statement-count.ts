import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/** The statements sent while a piece of work ran, in the order the database answered them. */
export interface StatementTally {
  count: number;
  statements: string[];
}

const tallies = new AsyncLocalStorage<StatementTally>();

/**
 * Runs `work` and counts every SQL statement the ORM sends on its behalf: those of every fork
 * and transaction it opens and of the promises it starts side by side, since they all inherit
 * its async context; the statements of work running at the same time elsewhere are not counted.
 * Only an ORM opened with `countStatements` counts (see `statementCountingLogger`).
 */
export async function countStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; tally: StatementTally }> {
  const tally: StatementTally = { count: 0, statements: [] };
  const result = await tallies.run(tally, work);
  return { result, tally };
}

/** The tally of the `countStatements` this code runs under, if any. */
export function currentStatementTally(): StatementTally | undefined {
  return tallies.getStore();
}

/**
 * The ORM's logger with a tally: MikroORM hands every statement it sends (and each begin,
 * savepoint, commit and rollback) to `logQuery`, whether or not debug logging prints it.
 */
class StatementCountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const tally = tallies.getStore();
    if (tally && context.namespace !== 'slow-query') {
      tally.count += 1;
      tally.statements.push(context.query);
    }
    super.logQuery(context);
  }
}

/** A `loggerFactory` for the ORM config: off unless asked, as it keeps every statement's text. */
export function statementCountingLogger(options: LoggerOptions): DefaultLogger {
  return new StatementCountingLogger(options);
}
