import type { GraphqlClient, TypedDocument } from '../graphql/client';

export interface RecordedRequest {
  operation: string;
  variables: Record<string, unknown>;
}

type Handler = (variables: Record<string, unknown>) => unknown;

/** A GraphQL client that answers by operation name and records what was sent, in order. */
export class FakeGraphql {
  readonly requests: RecordedRequest[] = [];
  private readonly handlers = new Map<string, Handler>();

  on(operation: string, handler: Handler): this {
    this.handlers.set(operation, handler);
    return this;
  }

  sent(operation: string): Record<string, unknown>[] {
    return this.requests.filter((r) => r.operation === operation).map((r) => r.variables);
  }

  reset(): void {
    this.requests.length = 0;
    this.handlers.clear();
  }

  readonly client: GraphqlClient = {
    request: (async <TResult, TVariables>(
      document: TypedDocument<TResult, TVariables>,
      variables?: TVariables,
    ): Promise<TResult> => {
      const operation = /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? 'unknown';
      const sent = (variables ?? {}) as Record<string, unknown>;
      this.requests.push({ operation, variables: sent });
      const handler = this.handlers.get(operation);
      if (!handler) throw new Error(`No fake answer for ${operation}`);
      return (await handler(sent)) as TResult;
    }) as GraphqlClient['request'],
  };
}
