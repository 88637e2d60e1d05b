import type { Plugin } from 'graphql-yoga';
import type { Admission, Release } from './admission.js';

/**
 * Lets GraphQL requests in through `admission`: each waits its turn, and one turned away is
 * answered at once with 429, a Retry-After and a RATE_LIMITED error that the client can act on,
 * before its body is read or its token checked. Preflights and the file routes pass untouched.
 * Nothing of a turned-away request has run, so the sdk's client sends it again after the
 * Retry-After, a mutation as well as a query; this answer is the only 429 with that header on
 * the GraphQL route, which is how the client tells it from a rule's own RATE_LIMITED.
 */
export function useAdmission(admission: Admission, graphqlPath: string): Plugin {
  const admitted = new WeakMap<Request, Release>();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS' || url.pathname !== graphqlPath) return;
      const release = await admission.enter();
      if (release) {
        admitted.set(request, release);
        // A client that goes away while its request runs does not hold a slot it no longer waits for.
        request.signal?.addEventListener('abort', release, { once: true });
        return;
      }
      const retryAfterSeconds = admission.retryAfterSeconds();
      const body = {
        errors: [
          {
            message: `The server is busy. Try again in ${retryAfterSeconds} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
          },
        ],
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: 429,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'retry-after': String(retryAfterSeconds),
            'cache-control': 'no-store',
          },
        }),
      );
    },
    onResponse({ request }) {
      admitted.get(request)?.();
      admitted.delete(request);
    },
  };
}
