import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';

/** A request that ended without data: its kind is what the error table counts. */
export class RequestFailure extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

/** What one request cost and how often the server asked it to come back later. */
export interface Sent<T> {
  data: T;
  throttled: number;
}

const MAX_THROTTLED_RETRIES = 20;

interface WireBody {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/**
 * Posts GraphQL as the browser's SDK does (JSON, both CSRF signals, the bearer token) over kept
 * connections. A 429 is retried after its Retry-After, as the SDK's caller would; anything else
 * that is not data throws a RequestFailure.
 */
export class GraphqlClient {
  private readonly pool: Pool;

  constructor(
    private readonly url: string,
    connections: number,
  ) {
    const origin = new URL(url);
    // Think times outlast the server's keep-alive: undici reopens, as a browser would.
    this.pool = new Pool(origin.origin, { connections, headersTimeout: 120_000, bodyTimeout: 120_000 });
  }

  async send<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<Sent<T>> {
    const body = JSON.stringify({ query, variables });
    for (let throttled = 0; ; throttled += 1) {
      let response;
      try {
        response = await this.pool.request({
          path: new URL(this.url).pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-adal-csrf': '1',
            accept: 'application/graphql-response+json, application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body,
        });
      } catch (error) {
        const code = (error as { code?: string }).code ?? 'unknown';
        throw new RequestFailure(`network ${code}`, String(error));
      }
      if (response.statusCode === 429 && throttled < MAX_THROTTLED_RETRIES) {
        const after = Number(response.headers['retry-after'] ?? 1);
        await response.body.dump();
        // Spread over as long again, so that the refused do not all come back at the same instant.
        await sleep((Number.isFinite(after) ? after : 1) * 1000 * (1 + Math.random()));
        continue;
      }
      let parsed: WireBody;
      try {
        parsed = (await response.body.json()) as WireBody;
      } catch {
        throw new RequestFailure(`HTTP ${response.statusCode}`, 'no JSON body');
      }
      const first = parsed.errors?.[0];
      if (first)
        throw new RequestFailure(
          first.extensions?.code ?? `HTTP ${response.statusCode}`,
          first.message ?? '',
        );
      if (response.statusCode !== 200 || parsed.data == null) {
        throw new RequestFailure(`HTTP ${response.statusCode}`, 'no data');
      }
      return { data: parsed.data as T, throttled };
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
