import { flushPromises } from '@vue/test-utils';
import { vi } from 'vitest';

/** One request the intake sent, as the gateway would receive it. */
export interface SentRequest {
  url: string;
  init: RequestInit;
  headers: Record<string, string>;
  /** The operation (from JSON or from the multipart `operations` part). */
  operation: { query: string; variables: Record<string, unknown> } | null;
  /** The multipart parts other than `operations`, when the request was multipart. */
  form: FormData | null;
  json: unknown;
}

type Answer = { status?: number; body: unknown; headers?: Record<string, string> } | Error;

/** The proof-of-work challenges the fake hands out: one zero bit, found in a hash or two. */
export const FAKE_DIFFICULTY = 1;

/**
 * Stands in for the network: each request is recorded and answered by `respond`, in the shape
 * the gateway answers (GraphQL JSON, or raw bytes for the attachment download). Requests for a
 * proof-of-work challenge are answered by the fake itself and recorded apart, in `challenges`.
 */
export function fakeGateway(respond: (request: SentRequest) => Answer) {
  const requests: SentRequest[] = [];
  const challenges: SentRequest[] = [];
  awaitingWork = 0;
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = { ...(init.headers as Record<string, string>) };
    let operation: SentRequest['operation'] = null;
    let form: FormData | null = null;
    let json: unknown = null;
    if (init.body instanceof FormData) {
      form = init.body;
      operation = JSON.parse(String(form.get('operations'))) as SentRequest['operation'];
    } else if (typeof init.body === 'string') {
      json = JSON.parse(init.body);
      if (json && typeof json === 'object' && 'query' in json) operation = json as SentRequest['operation'];
    }
    const request: SentRequest = { url: String(input), init, headers, operation, form, json };
    if (operationName(request) === 'HotlineChallenge') {
      challenges.push(request);
      awaitingWork += 1;
      const challenge = `challenge-${challenges.length}`;
      return Response.json({
        data: {
          hotlineChallenge: { challenge, difficulty: FAKE_DIFFICULTY, expiresAt: '2030-01-01T00:00:00Z' },
        },
      });
    }
    requests.push(request);
    awaitingWork = Math.max(0, awaitingWork - 1);
    const answer = respond(request);
    if (answer instanceof Error) throw answer;
    const body = answer.body instanceof Blob ? answer.body : JSON.stringify(answer.body);
    return new Response(body, {
      status: answer.status ?? 200,
      headers: {
        'content-type': answer.body instanceof Blob ? 'application/octet-stream' : 'application/json',
        ...answer.headers,
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, challenges, fetchMock };
}

/** Challenges handed out whose solved request has not arrived yet. */
let awaitingWork = 0;

/**
 * Lets the page finish what it started: like flushPromises, and also until every challenge the
 * fake handed out is followed by its request (WebCrypto answers outside the microtask queue).
 */
export async function settled(): Promise<void> {
  await flushPromises();
  await vi.waitFor(
    () => {
      if (awaitingWork > 0) throw new Error('a proof of work is still being computed');
    },
    { timeout: 5_000, interval: 2 },
  );
  await flushPromises();
}

export function graphQLError(code: string, extensions: Record<string, unknown> = {}, status = 200): Answer {
  return {
    status,
    body: {
      data: null,
      errors: [{ message: `${code} from the server`, extensions: { code, ...extensions } }],
    },
  };
}

export function operationName(request: SentRequest): string | undefined {
  return /(?:query|mutation)\s+(\w+)/.exec(request.operation?.query ?? '')?.[1];
}

/** A file of the given size, without allocating it all in the test. */
export function fileOf(name: string, size = 10, type = ''): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}
