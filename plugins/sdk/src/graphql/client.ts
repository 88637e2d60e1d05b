import { inject, type InjectionKey } from 'vue';
import { sendGraphql } from './send-graphql';

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

export function createGraphqlClient(options: GraphqlClientOptions): GraphqlClient {
  return {
    async request<TResult, TVariables>(
      document: TypedDocument<TResult, TVariables>,
      ...rest: [TVariables] | []
    ): Promise<TResult> {
      return sendGraphql<TResult>({
        url: options.url,
        token: options.getToken(),
        body: JSON.stringify({ query: document.toString(), variables: rest[0] ?? {} }),
        fetch: options.fetch,
      });
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
