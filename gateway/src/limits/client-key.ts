import { createHmac, randomBytes } from 'node:crypto';

/** Who a request comes from, as far as rate limits need to know. */
export interface ClientSource {
  headers: Headers;
  /** The peer address of the TCP connection; absent for in-process requests. */
  socketAddress: string | undefined;
}

/**
 * Turns a request's address into an opaque key for rate limits: an HMAC under a key drawn at
 * start and kept only in memory, so the key can't be turned back into an address and differs
 * between processes and restarts. The address itself is never stored or logged (issue 4 §1).
 * Behind a reverse proxy (`trustProxy`), the proxy's connection is the same for everybody: the
 * first hop of X-Forwarded-For names the client instead. Without a proxy that header is the
 * caller's own claim and is ignored.
 */
export function createClientKeys(trustProxy: boolean): (source: ClientSource) => string {
  const secret = randomBytes(32);
  return ({ headers, socketAddress }) => {
    const forwarded = trustProxy ? headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    const address = forwarded || socketAddress || 'unknown';
    return createHmac('sha256', secret).update(address).digest('base64url');
  };
}
