import { describe, expect, it } from 'vitest';
import { ADAL_SESSION_ENDED_EVENT } from '../context';
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
