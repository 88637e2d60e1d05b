import { announceSessionEnded } from '../context';
import { busyRetryAfterMs, busyWaitMs, sleep } from './busy-retry';
import { AdalGraphqlError, isAdalErrorCode } from './errors';

export interface SendGraphqlOptions {
  url: string;
  token: string | null | undefined;
  /** A JSON request's text, or a GraphQL multipart request (operations, map, files). */
  body: string | FormData;
  fetch?: typeof fetch | undefined;
}

interface WireError {
  message?: unknown;
  path?: unknown;
  extensions?: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The gateway spreads a domain error's details into the extensions (`errors` of an import,
 * `field`, `personId`, `reason`, an internal error's `requestId`), so every extension but the
 * code and the HTTP hint is a detail; a nested `details` object is read as well.
 */
function toError(wire: WireError, status: number): AdalGraphqlError {
  const { code, http: _http, details: nested, ...spread } = wire.extensions ?? {};
  const details = { ...spread, ...(isRecord(nested) ? nested : {}) };
  return new AdalGraphqlError(
    isAdalErrorCode(code) ? code : 'INTERNAL',
    typeof wire.message === 'string' ? wire.message : 'Unexpected server error',
    {
      status,
      path: Array.isArray(wire.path) ? (wire.path as (string | number)[]) : undefined,
      details: Object.keys(details).length > 0 ? details : undefined,
    },
  );
}

/**
 * Posts one GraphQL request the way the gateway expects it (both CSRF-safe signals, the bearer
 * token) and returns its data, or throws the AdalGraphqlError its first error, its HTTP failure or
 * the unreachable server stands for. The sdk client and plugins' multipart uploads share it.
 * When the server refuses the token it was given, the host hears of it (`adal:session-ended`);
 * when it is too busy to take the request, the request is sent again after the wait it asks for.
 */
export async function sendGraphql<TResult>(options: SendGraphqlOptions): Promise<TResult> {
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const post = async (): Promise<Response> => {
    try {
      return await send(options.url, {
        method: 'POST',
        headers: {
          // A multipart body sets its own content type, with the boundary.
          ...(typeof options.body === 'string' ? { 'content-type': 'application/json' } : {}),
          'x-adal-csrf': '1',
          accept: 'application/graphql-response+json, application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: options.body,
      });
    } catch (cause) {
      throw new AdalGraphqlError('NETWORK', 'The server could not be reached', { cause });
    }
  };
  let response = await post();
  // A busy gateway refused the request before running it: sent again after the wait it asks for,
  // unseen by the person, until the bound is spent; then its RATE_LIMITED error is theirs.
  for (let attempts = 1, waited = 0; ; attempts += 1) {
    const asked = busyRetryAfterMs(response);
    const wait = asked === null ? null : busyWaitMs(asked, attempts, waited);
    if (wait === null) break;
    await response.body?.cancel().catch(() => undefined);
    await sleep(wait);
    waited += wait;
    response = await post();
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
  const [first] = Array.isArray(body.errors) ? body.errors : [];
  if (first) {
    const error = toError(first, response.status);
    // A token the server no longer takes ends the session wherever the call came from; a call
    // made without one (signing in, the public intake) is merely refused.
    if (error.code === 'UNAUTHENTICATED' && options.token) announceSessionEnded();
    throw error;
  }
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new AdalGraphqlError('INTERNAL', `Unexpected response (HTTP ${response.status})`, {
      status: response.status,
    });
  }
  return body.data as TResult;
}
