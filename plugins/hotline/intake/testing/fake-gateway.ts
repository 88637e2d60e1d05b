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

type Answer = { status?: number; body: unknown } | Error;

/**
 * Stands in for the network: each request is recorded and answered by `respond`, in the shape
 * the gateway answers (GraphQL JSON, or raw bytes for the attachment download).
 */
export function fakeGateway(respond: (request: SentRequest) => Answer) {
  const requests: SentRequest[] = [];
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
    requests.push(request);
    const answer = respond(request);
    if (answer instanceof Error) throw answer;
    const body = answer.body instanceof Blob ? answer.body : JSON.stringify(answer.body);
    return new Response(body, {
      status: answer.status ?? 200,
      headers: {
        'content-type': answer.body instanceof Blob ? 'application/octet-stream' : 'application/json',
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
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
