import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADAL_SESSION_ENDED_EVENT } from '../context';
import { BUSY_MAX_ATTEMPTS, BUSY_MAX_TOTAL_WAIT_MS } from './busy-retry';
import { AdalGraphqlError } from './errors';
import { sendGraphql } from './send-graphql';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A fetch that answers every request with `answer` and remembers what was sent. */
function fakeFetch(answer: () => Response): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch = ((url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Promise.resolve(answer());
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failureOf(promise: Promise<unknown>): Promise<AdalGraphqlError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AdalGraphqlError);
  return error as AdalGraphqlError;
}

describe('sendGraphql', () => {
  it('posts a multipart body as it is, leaving its content type (and boundary) to the browser', async () => {
    const { fetch, sent } = fakeFetch(() => json({ data: { ok: true } }));
    const body = new FormData();
    body.append('operations', '{}');
    await expect(sendGraphql({ url: '/graphql', token: 't0k3n', body, fetch })).resolves.toEqual({
      ok: true,
    });
    const headers = sent[0]?.init.headers as Record<string, string>;
    expect(sent[0]?.init.body).toBe(body);
    expect(headers['content-type']).toBeUndefined();
    expect(headers['x-adal-csrf']).toBe('1');
    expect(headers.authorization).toBe('Bearer t0k3n');
  });

  it('reads both the spread extensions and a nested `details` object as details', async () => {
    const { fetch } = fakeFetch(() =>
      json({
        errors: [
          {
            message: 'Row 3 is invalid',
            extensions: { code: 'VALIDATION', field: 'file', details: { errors: [{ row: 3 }] } },
          },
        ],
      }),
    );
    const error = await failureOf(sendGraphql({ url: '/graphql', token: null, body: '{}', fetch }));
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toEqual({ field: 'file', errors: [{ row: 3 }] });
  });

  it('gives an internal error its reference to quote, and no details when there are none', async () => {
    const { fetch } = fakeFetch(() =>
      json({ errors: [{ message: 'Quote req-1', extensions: { code: 'INTERNAL', requestId: 'req-1' } }] }),
    );
    expect(
      (await failureOf(sendGraphql({ url: '/graphql', token: null, body: '{}', fetch }))).details,
    ).toEqual({
      requestId: 'req-1',
    });
    const bare = fakeFetch(() => json({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }));
    const forbidden = await failureOf(
      sendGraphql({ url: '/graphql', token: null, body: '{}', fetch: bare.fetch }),
    );
    expect(forbidden.details).toBeUndefined();
  });

  it('answers an HTTP failure without a GraphQL body as INTERNAL with its status', async () => {
    const { fetch } = fakeFetch(() => json({ data: null }, 503));
    const error = await failureOf(sendGraphql({ url: '/graphql', token: null, body: '{}', fetch }));
    expect(error).toMatchObject({ code: 'INTERNAL', status: 503 });
  });

  it('tells the host when the server refuses the token it was given, not when none was sent', async () => {
    let ended = 0;
    const listener = (): void => {
      ended++;
    };
    window.addEventListener(ADAL_SESSION_ENDED_EVENT, listener);
    try {
      const refused = () =>
        json({ errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] });
      const withToken = fakeFetch(refused);
      const error = await failureOf(
        sendGraphql({ url: '/g', token: 'old', body: '{}', fetch: withToken.fetch }),
      );
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(ended).toBe(1);

      const signingIn = fakeFetch(refused);
      await failureOf(sendGraphql({ url: '/g', token: null, body: '{}', fetch: signingIn.fetch }));
      const forbidden = fakeFetch(() =>
        json({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }),
      );
      await failureOf(sendGraphql({ url: '/g', token: 'ok', body: '{}', fetch: forbidden.fetch }));
      expect(ended).toBe(1);
    } finally {
      window.removeEventListener(ADAL_SESSION_ENDED_EVENT, listener);
    }
  });
});

/** The gateway's answer when it is too busy to take a request (gateway/src/limits/use-admission.ts). */
const busy = (seconds: number) =>
  new Response(
    JSON.stringify({
      errors: [
        {
          message: `The server is busy. Try again in ${seconds} s.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
        },
      ],
    }),
    { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(seconds) } },
  );

/** A fetch that gives the answers in turn, the last one again once they run out. */
function answering(...answers: (() => Response)[]): { fetch: typeof fetch; sent: Sent[] } {
  let next = 0;
  return fakeFetch(() => (answers[Math.min(next++, answers.length - 1)] as () => Response)());
}

describe('sendGraphql on a busy gateway', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs the request through its waits, returning when it settles, and how long it waited. */
  async function settled<T>(
    promise: Promise<T>,
  ): Promise<{ outcome: T | AdalGraphqlError; waitedMs: number }> {
    const started = Date.now();
    const outcome = promise.catch((error: unknown) => error as AdalGraphqlError);
    await vi.runAllTimersAsync();
    return { outcome: await outcome, waitedMs: Date.now() - started };
  }

  it('sends the same mutation again after Retry-After, and the person sees only its answer', async () => {
    const { fetch, sent } = answering(
      () => busy(2),
      () => json({ data: { enrol: { id: 'e1' } } }),
    );
    const body = JSON.stringify({ query: 'mutation { enrol { id } }', variables: { course: 'c1' } });
    const { outcome, waitedMs } = await settled(sendGraphql({ url: '/graphql', token: 't', body, fetch }));
    expect(outcome).toEqual({ enrol: { id: 'e1' } });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.init.body).toBe(body);
    expect(sent[1]?.init.headers).toEqual(sent[0]?.init.headers);
    // The wait asked for, and less than a second of jitter on top.
    expect(waitedMs).toBeGreaterThanOrEqual(2000);
    expect(waitedMs).toBeLessThan(3000);
  });

  it('gives up after its bound of sendings, with the usual RATE_LIMITED error', async () => {
    const { fetch, sent } = answering(() => busy(1));
    const { outcome, waitedMs } = await settled(
      sendGraphql({ url: '/graphql', token: 't', body: '{}', fetch }),
    );
    expect(outcome).toBeInstanceOf(AdalGraphqlError);
    expect(outcome).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(sent).toHaveLength(BUSY_MAX_ATTEMPTS);
    expect(waitedMs).toBeLessThanOrEqual(BUSY_MAX_TOTAL_WAIT_MS);
  });

  it('gives up at once when the wait asked for would pass its bound of time', async () => {
    const { fetch, sent } = answering(
      () => busy(6),
      () => busy(6),
      () => json({ data: { ok: true } }),
    );
    const { outcome, waitedMs } = await settled(
      sendGraphql({ url: '/graphql', token: 't', body: '{}', fetch }),
    );
    expect(outcome).toMatchObject({ code: 'RATE_LIMITED' });
    expect(sent).toHaveLength(2);
    expect(waitedMs).toBeLessThan(BUSY_MAX_TOTAL_WAIT_MS);
  });

  it('does not send again a 429 without Retry-After: a rule refused what it had counted', async () => {
    const { fetch, sent } = answering(
      () =>
        json({ errors: [{ message: 'Too many receipts tried', extensions: { code: 'RATE_LIMITED' } }] }, 429),
      () => json({ data: { ok: true } }),
    );
    const { outcome } = await settled(sendGraphql({ url: '/graphql', token: null, body: '{}', fetch }));
    expect(outcome).toMatchObject({ code: 'RATE_LIMITED' });
    expect(sent).toHaveLength(1);
  });
});
