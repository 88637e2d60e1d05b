import {
  COPIES,
  COUNTS_THAT_MAY_CHANGE,
  statementsOnBothDataSets,
  type OperationStatements,
} from '@adal/gateway/testing/statement-counts';
import type { BenchOptions } from '../report/bench-options.js';
import type { BenchRow } from '../report/bench-row.js';

const GROUP = 'queries per operation';
const GOAL = 'does not grow with rows';

/** The most statements any allowed role's call of the operation sent. */
function mostPerOperation(counted: readonly OperationStatements[]): Map<string, number> {
  const most = new Map<string, number>();
  for (const c of counted) most.set(c.label, Math.max(most.get(c.label) ?? 0, c.statements));
  return most;
}

/**
 * The SQL statements each GraphQL query sends, by every role allowed, its whole result selected,
 * on the demo and on the demo grown six times (in smoke mode: one copy, one role per operation),
 * in a throwaway database.
 * An operation listed as following something other than rows may add the few statements listed.
 */
export async function runQueries(options: BenchOptions): Promise<BenchRow[]> {
  const { small, large } = await statementsOnBothDataSets(
    options.smoke ? { copies: 1, everyCaller: false } : { copies: COPIES },
  );
  const before = mostPerOperation(small);
  return [...mostPerOperation(large)].map(([operation, after]) => {
    const was = before.get(operation);
    if (was === undefined) throw new Error(`${operation} was not called on the demo`);
    const listed = COUNTS_THAT_MAY_CHANGE[operation];
    return {
      group: GROUP,
      operation,
      figure: `${was} → ${after}`,
      goal: listed ? `${GOAL} (listed: up to ${listed.by} more, not per row)` : GOAL,
      met: options.smoke ? null : after <= was + (listed?.by ?? 0),
    };
  });
}
