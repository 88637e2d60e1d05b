import type { Plugin } from 'graphql-yoga';

/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_SECONDS = 600;

/** The part of yoga's `cors` option we use; `false` sends no CORS header. */
export type CorsAnswer =
  | false
  | { origin: string[]; credentials: boolean; methods: string[]; exposedHeaders: string[]; maxAge: number };

/**
 * CORS for the API: only the configured portal origins, each answered with itself, and never
 * with credentials, since Adal's requests carry a bearer token and no cookie. Any other origin
 * gets no CORS header at all, so its pages can't read our answers. (Yoga's default echoes
 * every Origin with `Access-Control-Allow-Credentials: true`.) A portal's page reads `Retry-After`,
 * which no browser shows a script of another origin unless told, to wait out a busy gateway.
 */
export function corsPolicy(allowedOrigins: readonly string[]): (request: Request) => CorsAnswer {
  const allowed = new Set(allowedOrigins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      exposedHeaders: ['Retry-After'],
      maxAge: PREFLIGHT_SECONDS,
    };
  };
}

/**
 * Answers differ by Origin (a portal gets the CORS header, others don't), so a cache between
 * must key on it; yoga adds `Vary: Origin` only when it answers from a list of several origins.
 */
export function useVaryOnOrigin(): Plugin {
  return {
    onResponse({ response }) {
      const vary = response.headers.get('vary') ?? '';
      if (!/\borigin\b/i.test(vary)) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin');
    },
  };
}
