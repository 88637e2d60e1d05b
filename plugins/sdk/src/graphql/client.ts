import { inject, type InjectionKey } from 'vue';
import { AdalGraphqlError, isAdalErrorCode } from './errors';

/**
 * What codegen's client preset emits with `documentMode: 'string'`: the operation text as a
 * String subclass, carrying its result and variables types for the compiler only.
 */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

export interface GraphqlClientOptions {
  url: string;
  getToken: () => string | null | undefined;
  fetch?: typeof fetch;
}

export interface GraphqlClient {
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult>;
}

interface WireError {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; details?: unknown };
}

function toError(wire: WireError, status: number): AdalGraphqlError {
  const code = wire.extensions?.code;
  const details = wire.extensions?.details;
  return new AdalGraphqlError(
    isAdalErrorCode(code) ? code : 'INTERNAL',
    typeof wire.message === 'string' ? wire.message : 'Unexpected server error',
    {
      status,
      path: Array.isArray(wire.path) ? (wire.path as (string | number)[]) : undefined,
      details:
        typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined,
    },
  );
}

export function createGraphqlClient(options: GraphqlClientOptions): GraphqlClient {
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    async request<TResult, TVariables>(
      document: TypedDocument<TResult, TVariables>,
      ...rest: [TVariables] | []
    ): Promise<TResult> {
      const token = options.getToken();
      let response: Response;
      try {
        response = await send(options.url, {
          method: 'POST',
          headers: {
            // Both CSRF-safe signals the gateway accepts (see http-contract: csrf prevention).
            'content-type': 'application/json',
            'x-adal-csrf': '1',
            accept: 'application/graphql-response+json, application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query: document.toString(), variables: rest[0] ?? {} }),
        });
      } catch (cause) {
        throw new AdalGraphqlError('NETWORK', 'The server could not be reached', { cause });
      }
      let body: { data?: unknown; errors?: WireError[] };
      try {
        body = (await response.json()) as typeof body;
      } catch (cause) {
        throw new AdalGraphqlError(
          response.status >= 500 || response.ok ? 'INTERNAL' : 'NETWORK',
          `Unexpected response (HTTP ${response.status})`,
          { status: response.status, cause },
        );
      }
      const [first] = body.errors ?? [];
      if (first) throw toError(first, response.status);
      if (!response.ok || body.data === undefined || body.data === null) {
        throw new AdalGraphqlError('INTERNAL', `Unexpected response (HTTP ${response.status})`, {
          status: response.status,
        });
      }
      return body.data as TResult;
    },
  } as GraphqlClient;
}

export const graphqlClientKey: InjectionKey<GraphqlClient> = Symbol('adal-graphql');

/** The GraphQL client of the plugin this component belongs to, signed in as the host's viewer. */
export function useGraphql(): GraphqlClient {
  const client = inject(graphqlClientKey, null);
  if (!client) throw new Error('useGraphql() is only available inside a mounted Adal plugin');
  return client;
}
