import type { OperationStatements } from './operation-statements.js';

/** How many more statements an operation may send on the larger data set, and why. */
export interface MayChange {
  by: number;
  why: string;
}

/**
 * Operations whose statement count follows something other than the rows they return, by label
 * (`operation`, or `operation [target]` where the access matrix names targets): a few statements
 * more, never one per row, so that a read per row still fails them.
 */
export const COUNTS_THAT_MAY_CHANGE: Readonly<Record<string, MayChange>> = {
  auditChainStatus: {
    by: 1,
    why:
      'It verifies the whole chain in batches of 1 000 events and, where the chain breaks, reads the ' +
      'event it breaks at: the grown data copies events without re-linking them, so the chain breaks.',
  },
  trainingCompletionPeople: {
    by: 1,
    why:
      "People's units load in one batch per level of the selection (unit, then its parent) for the " +
      "units not loaded yet: the demo's parents are among the units already read, the grown " +
      "copies' are not. One statement per level selected, not per row.",
  },
};

export function keyOf(counted: Pick<OperationStatements, 'label' | 'caller'>): string {
  return `${counted.label} as ${counted.caller}`;
}

/** The statement the call sent most often, with how often: where a per-row read shows. */
function mostRepeated(sql: readonly string[]): string {
  const times = new Map<string, number>();
  for (const statement of sql) times.set(statement, (times.get(statement) ?? 0) + 1);
  const [statement, count] = [...times].reduce((most, entry) => (entry[1] > most[1] ? entry : most), ['', 0]);
  return count > 1 ? `; sent ${count} times: ${statement.replace(/\s+/g, ' ').slice(0, 160)}` : '';
}

/**
 * A line per call that sent more statements on the larger data set than on the small one, with
 * both counts and the statement it repeated most.
 */
export function growingOperations(
  small: readonly OperationStatements[],
  large: readonly OperationStatements[],
  mayChange: Readonly<Record<string, MayChange>> = COUNTS_THAT_MAY_CHANGE,
): string[] {
  const before = new Map(small.map((counted) => [keyOf(counted), counted.statements]));
  return large.flatMap((counted) => {
    const key = keyOf(counted);
    const was = before.get(key);
    if (was === undefined) return [`${key}: not called on the small data set`];
    if (counted.statements <= was + (mayChange[counted.label]?.by ?? 0)) return [];
    return [
      `${key}: ${was} statements on the small data set, ${counted.statements} on the large one` +
        mostRepeated(counted.sql),
    ];
  });
}
