import { ROLE_CODES, countStatements } from '@adal/domain';
import type { GraphQLSchema } from 'graphql';
import { callsOf, OPERATION_CALLS } from '../authorization/access-calls.js';
import { ACCESS_MATRIX, targetsOf } from '../authorization/access-matrix.js';
import { callContext, expectedOutcome, send } from '../authorization/call-outcome.js';
import type { Caller, DemoGateway } from '../authorization/demo-fixture.js';
import { withWholeSelection } from './whole-selection.js';

/** One query of the access matrix, as one of the callers it allows, with the statements it sent. */
export interface OperationStatements {
  /** The operation and its target, as the matrix names them: `hotlineCase [an unassigned case]`. */
  label: string;
  caller: Caller;
  statements: number;
  /** Their SQL, for a look at what repeats. */
  sql: readonly string[];
  /** Objects in the answer (list items and nested objects): what grows with the data. */
  objects: number;
  /** The first error of the answer, if any. */
  error: string | null;
}

const CALLERS: readonly Caller[] = [...ROLE_CODES, 'anonymous'];

function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + objectsIn(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Object.values(value).reduce<number>((sum, item) => sum + objectsIn(item), 0);
}

/**
 * Calls every query of the access matrix, each target by every caller it allows (each role reads
 * its own way: its cases, its work), with its whole result selected (see whole-selection.ts), and
 * counts the SQL statements each call sends.
 */
export async function countOperationStatements(
  running: DemoGateway,
  schema: GraphQLSchema,
): Promise<OperationStatements[]> {
  const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
  const counted: OperationStatements[] = [];
  for (const name of Object.keys(OPERATION_CALLS).filter((n) => queries.includes(n))) {
    const access = ACCESS_MATRIX[name];
    if (!access) throw new Error(`${name} is not in the access matrix`);
    const builders = callsOf(OPERATION_CALLS[name] ?? {});
    for (const [target, expectation] of Object.entries(targetsOf(access))) {
      const build = builders[target];
      if (!build) throw new Error(`${name} [${target}] has no call`);
      // A target nobody may read (another person's attempt) has no caller here.
      for (const caller of CALLERS.filter((c) => expectedOutcome(expectation, c) === 'allowed')) {
        const { gateway, demo } = running;
        const call = await build(callContext(gateway.yoga, demo, caller));
        const whole = { ...call, query: withWholeSelection(schema, call.query) };
        const { result, tally } = await countStatements(() => send(gateway.yoga, demo, caller, whole));
        counted.push({
          label: `${name} [${target}]`,
          caller,
          statements: tally.count,
          sql: tally.statements,
          objects: objectsIn(result.data),
          error: result.error ? `${result.error.extensions?.code ?? ''} ${result.error.message}` : null,
        });
      }
    }
  }
  return counted;
}
