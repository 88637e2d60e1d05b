import { ROLE_CODES, countStatements } from '@adal/domain';
import type { GraphQLSchema } from 'graphql';
import { callsOf, OPERATION_CALLS, ROUTE_CALLS } from '../authorization/access-calls.js';
import {
  ACCESS_MATRIX,
  ONLY_TARGET,
  ROUTE_ACCESS,
  targetsOf,
  type OperationAccess,
} from '../authorization/access-matrix.js';
import {
  callContext,
  expectedOutcome,
  send,
  sendRoute,
  type CallResult,
} from '../authorization/call-outcome.js';
import type { Caller, DemoGateway } from '../authorization/demo-fixture.js';
import { withWholeSelection } from './whole-selection.js';

/** One call of the access matrix (a query, or a file served by GET) by a caller it allows. */
export interface OperationStatements {
  /** The operation, with its target where the matrix names targets: `hotlineCase [an unassigned case]`. */
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

type Sender = (caller: Caller) => Promise<CallResult>;

/** Each target of an operation by each caller it allows, with the statements the call sent. */
async function countTargets(
  name: string,
  access: OperationAccess | undefined,
  sendTo: (target: string) => Sender,
  everyCaller: boolean,
): Promise<OperationStatements[]> {
  if (!access) throw new Error(`${name} is not in the access matrix`);
  const counted: OperationStatements[] = [];
  for (const [target, expectation] of Object.entries(targetsOf(access))) {
    const sendAs = sendTo(target);
    // A target nobody may read (another person's attempt) has no caller here.
    const allowed = CALLERS.filter((c) => expectedOutcome(expectation, c) === 'allowed');
    for (const caller of everyCaller ? allowed : allowed.slice(0, 1)) {
      const { result, tally } = await countStatements(() => sendAs(caller));
      counted.push({
        label: target === ONLY_TARGET ? name : `${name} [${target}]`,
        caller,
        statements: tally.count,
        sql: tally.statements,
        objects: objectsIn(result.data),
        error: result.error ? `${result.error.extensions?.code ?? ''} ${result.error.message}` : null,
      });
    }
  }
  return counted;
}

function builderOf<Build>(name: string, builders: Readonly<Record<string, Build>>, target: string): Build {
  const build = builders[target];
  if (!build) throw new Error(`${name} [${target}] has no call`);
  return build;
}

/**
 * Calls every query of the access matrix and every file it serves by GET, each target by every
 * caller allowed (each role reads its own way: its cases, its work), a query with its whole
 * result selected (see whole-selection.ts), and counts the SQL statements each call sends.
 */
export async function countOperationStatements(
  running: DemoGateway,
  schema: GraphQLSchema,
  /** False: the first caller allowed only, a quicker pass. */
  everyCaller = true,
): Promise<OperationStatements[]> {
  const { gateway, demo } = running;
  const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
  const counted: OperationStatements[] = [];
  for (const name of Object.keys(OPERATION_CALLS).filter((n) => queries.includes(n))) {
    const builders = callsOf(OPERATION_CALLS[name] ?? {});
    counted.push(
      ...(await countTargets(
        name,
        ACCESS_MATRIX[name],
        (target) => async (caller) => {
          const call = await builderOf(name, builders, target)(callContext(gateway.yoga, demo, caller));
          return send(gateway.yoga, demo, caller, { ...call, query: withWholeSelection(schema, call.query) });
        },
        everyCaller,
      )),
    );
  }
  for (const name of Object.keys(ROUTE_CALLS).filter((n) => n.startsWith('GET '))) {
    const builders = callsOf(ROUTE_CALLS[name] ?? {});
    counted.push(
      ...(await countTargets(
        name,
        ROUTE_ACCESS[name],
        (target) => async (caller) => {
          const route = await builderOf(name, builders, target)(callContext(gateway.yoga, demo, caller));
          return sendRoute(gateway.yoga, demo, caller, route);
        },
        everyCaller,
      )),
    );
  }
  return counted;
}
