import { proveWork, freshClient } from '../testing/hotline-operations.js';
import { graphqlMultipart } from '../testing/graphql-multipart.js';
import { graphqlRequest, type GraphQLErrorBody } from '../testing/graphql-request.js';
import type { GatewayYoga } from '../yoga.js';
import type { Callers, Expectation } from './access-matrix.js';
import type { Call, CallContext, RouteRequest } from './access-calls.js';
import type { Caller, DemoFixture } from './demo-fixture.js';

/**
 * What a call came to: `allowed` (data, or a domain error that follows the permission check:
 * VALIDATION, CONFLICT), `NOT_FOUND`, `FORBIDDEN`, `UNAUTHENTICATED` — or any other code, which
 * no call of the matrix should meet (a broken call or a masked failure).
 */
export type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | (string & {});

const AFTER_THE_CHECK = new Set(['VALIDATION', 'CONFLICT']);

export function includes(callers: Callers, caller: Caller): boolean {
  if (callers === 'everyone') return true;
  if (caller === 'anonymous') return false;
  return callers === 'signed-in' || callers.includes(caller);
}

/** What the table says this caller gets. */
export function expectedOutcome(expectation: Expectation, caller: Caller): Outcome {
  if (includes(expectation.allowed, caller)) return 'allowed';
  if (expectation.hidden && includes(expectation.hidden, caller)) return 'NOT_FOUND';
  return caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

export interface CallResult {
  outcome: Outcome;
  /** The first error, for the report of a mismatch. */
  error: GraphQLErrorBody | null;
  data: Record<string, unknown> | null;
}

function outcomeOf(error: GraphQLErrorBody | undefined): Outcome {
  if (!error) return 'allowed';
  const code = error.extensions?.code ?? 'no code';
  return AFTER_THE_CHECK.has(code) ? 'allowed' : code;
}

export function callContext(yoga: GatewayYoga, demo: DemoFixture, caller: Caller): CallContext {
  return { demo, caller, proof: () => proveWork(yoga) };
}

function tokenOf(demo: DemoFixture, caller: Caller): string | undefined {
  return caller === 'anonymous' ? undefined : demo.tokens[caller];
}

/** Sends a call as the caller (each from an address of its own: no rate limit is in the way). */
export async function send(
  yoga: GatewayYoga,
  demo: DemoFixture,
  caller: Caller,
  call: Call,
): Promise<CallResult> {
  const token = tokenOf(demo, caller);
  const request = { query: call.query, variables: call.variables ?? {}, headers: freshClient() };
  const { body } = call.files
    ? await graphqlMultipart<Record<string, unknown>>(yoga, {
        ...request,
        files: call.files,
        ...(token ? { token } : {}),
      })
    : await graphqlRequest<Record<string, unknown>>(yoga, { ...request, ...(token ? { token } : {}) });
  const error = body.errors?.[0];
  return { outcome: outcomeOf(error), error: error ?? null, data: body.data ?? null };
}

const STATUS_OUTCOMES: Readonly<Record<number, Outcome>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

/** Requests an HTTP route as the caller: 2xx is allowed, 401/403/404 as in GraphQL. */
export async function sendRoute(
  yoga: GatewayYoga,
  demo: DemoFixture,
  caller: Caller,
  route: RouteRequest,
): Promise<CallResult> {
  const token = tokenOf(demo, caller);
  const response = await yoga.fetch(`http://gateway.test${route.path}`, {
    method: route.method,
    headers: {
      ...freshClient(),
      ...(route.json === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(route.json === undefined ? {} : { body: JSON.stringify(route.json) }),
  });
  // Read whole either way: a file is small here, and an unread body would hold its stream open.
  const text = response.ok ? (await response.arrayBuffer(), '') : await response.text();
  const outcome = response.ok ? 'allowed' : (STATUS_OUTCOMES[response.status] ?? `HTTP ${response.status}`);
  return { outcome, error: response.ok ? null : { message: text }, data: null };
}
