import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewaySchema } from '../schema.js';
import { callsOf, OPERATION_CALLS, ROUTE_CALLS } from './access-calls.js';
import {
  ACCESS_MATRIX,
  ROUTE_ACCESS,
  targetsOf,
  type Expectation,
  type OperationAccess,
} from './access-matrix.js';
import { callContext, expectedOutcome, send, sendRoute, type CallResult } from './call-outcome.js';
import { declarationMismatch } from './declared-access.js';
import { CALLERS, startDemoGateway, type Caller, type DemoGateway } from './demo-fixture.js';

let running: DemoGateway;

beforeAll(async () => {
  running = await startDemoGateway();
});

afterAll(async () => {
  await running?.gateway.drop();
});

const schema = gatewaySchema({ devLogin: true });
const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});

type SendAs = (caller: Caller) => Promise<CallResult>;

interface Probe {
  label: string;
  expectation: Expectation;
  sendAs: SendAs;
}

/** Each target the table names for an operation, with the call that reaches it. */
function probes<Build>(
  name: string,
  access: OperationAccess | undefined,
  builders: Readonly<Record<string, Build>>,
  sendAs: (build: Build) => SendAs,
): Probe[] {
  if (!access) throw new Error(`${name} is not in the table`);
  return Object.entries(targetsOf(access)).map(([target, expectation]) => {
    const build = builders[target];
    if (build === undefined) throw new Error(`${name} [${target}] has no call`);
    return { label: `${name} [${target}]`, expectation, sendAs: sendAs(build) };
  });
}

function operationProbes(name: string): Probe[] {
  return probes(
    name,
    ACCESS_MATRIX[name],
    callsOf(OPERATION_CALLS[name] ?? {}),
    (build) => async (caller) => {
      const { gateway, demo } = running;
      return send(gateway.yoga, demo, caller, await build(callContext(gateway.yoga, demo, caller)));
    },
  );
}

function routeProbes(name: string): Probe[] {
  return probes(name, ROUTE_ACCESS[name], callsOf(ROUTE_CALLS[name] ?? {}), (build) => async (caller) => {
    const { gateway, demo } = running;
    return sendRoute(gateway.yoga, demo, caller, await build(callContext(gateway.yoga, demo, caller)));
  });
}

/** A line per caller whose outcome differs from the table's. */
async function mismatches(probe: Probe, callers: readonly Caller[], when = ''): Promise<string[]> {
  const found: string[] = [];
  for (const caller of callers) {
    const expected = expectedOutcome(probe.expectation, caller);
    const { outcome, error } = await probe.sendAs(caller);
    if (outcome !== expected) {
      const why = error ? ` (${error.message})` : '';
      found.push(`${probe.label}${when} as ${caller}: expected ${expected}, got ${outcome}${why}`);
    }
  }
  return found;
}

/** The names the table and the calls give, both ways: what one has and the other lacks. */
function unmatched(
  table: object,
  calls: object,
  targetsCalled: (name: string) => readonly string[],
): string[] {
  const problems: string[] = [];
  for (const [name, access] of Object.entries(table) as [string, OperationAccess][]) {
    const declared = Object.keys(targetsOf(access));
    const called = name in calls ? targetsCalled(name) : [];
    problems.push(...declared.filter((t) => !called.includes(t)).map((t) => `${name} [${t}]: no call`));
    problems.push(
      ...called.filter((t) => !declared.includes(t)).map((t) => `${name} [${t}]: not in the table`),
    );
  }
  problems.push(
    ...Object.keys(calls)
      .filter((name) => !(name in table))
      .map((name) => `${name}: not in the table`),
  );
  return problems;
}

describe('the authorization matrix', () => {
  it('decides every Query and Mutation field of the schema, and has a call for every target it names', () => {
    const fields = [...queries, ...mutations];
    expect(
      fields.filter((field) => !(field in ACCESS_MATRIX)),
      'operations without a decision',
    ).toEqual([]);
    expect(
      Object.keys(ACCESS_MATRIX).filter((name) => !fields.includes(name)),
      'not in the schema',
    ).toEqual([]);
    expect(
      unmatched(ACCESS_MATRIX, OPERATION_CALLS, (name) => Object.keys(callsOf(OPERATION_CALLS[name] ?? {}))),
    ).toEqual([]);
    expect(
      unmatched(ROUTE_ACCESS, ROUTE_CALLS, (name) => Object.keys(callsOf(ROUTE_CALLS[name] ?? {}))),
    ).toEqual([]);
  });

  it("finds the table's rule in each field's own declaration (its authScopes)", () => {
    const fields = { ...schema.getQueryType()?.getFields(), ...schema.getMutationType()?.getFields() };
    const problems = Object.entries(ACCESS_MATRIX).flatMap(([name, access]) => {
      const field = fields[name];
      const problem = field ? declarationMismatch(name, field, access) : null;
      return problem ? [problem] : [];
    });
    expect(problems).toEqual([]);
  });

  // Every query, each asked by every role, one after the other: it takes a while as the schema grows.
  it(
    'answers every query as the table says, to each role and to anonymous callers',
    { timeout: 240_000 },
    async () => {
      const found: string[] = [];
      for (const name of Object.keys(OPERATION_CALLS).filter((n) => queries.includes(n))) {
        for (const probe of operationProbes(name)) found.push(...(await mismatches(probe, CALLERS)));
      }
      expect(found).toEqual([]);
    },
  );

  it('serves the file routes as the table says', async () => {
    const found: string[] = [];
    for (const name of Object.keys(ROUTE_CALLS)) {
      for (const probe of routeProbes(name)) found.push(...(await mismatches(probe, CALLERS)));
    }
    expect(found).toEqual([]);
  });

  // Every mutation, each tried by every role: on a machine shared with other work it takes a while.
  it(
    'refuses every mutation to those the table refuses, before and after those allowed have used it',
    { timeout: 240_000 },
    async () => {
      const found: string[] = [];
      for (const name of Object.keys(OPERATION_CALLS).filter((n) => mutations.includes(n))) {
        for (const probe of operationProbes(name)) {
          const allowed = CALLERS.filter(
            (caller) => expectedOutcome(probe.expectation, caller) === 'allowed',
          );
          const others = CALLERS.filter((caller) => !allowed.includes(caller));
          // Those refused try first, on the data as it was; those allowed change it; those refused try
          // again, so that no refusal comes after a check that reveals the new state (CONFLICT, NOT_FOUND).
          found.push(...(await mismatches(probe, others)));
          found.push(...(await mismatches(probe, allowed)));
          found.push(...(await mismatches(probe, others, ', after the change')));
        }
      }
      expect(found).toEqual([]);
    },
  );
});
