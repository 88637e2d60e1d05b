import type { Plugin } from 'graphql-yoga';

/** Accepted from a proxy's x-request-id only when it looks like an id, so logs cannot be forged with it. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

const ids = new WeakMap<Request, string>();

/** The correlation id of a request: the caller's x-request-id when sane, else a fresh one; stable per request. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && ACCEPTABLE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
    ids.set(request, id);
  }
  return id;
}

/** Echoes the correlation id on every response so a client can report it with any failure. */
export function useRequestId(): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
