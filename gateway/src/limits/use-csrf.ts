import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

/**
 * A browser only sends `x-adal-csrf` or `content-type: application/json` after a CORS preflight,
 * which another site cannot pass; requiring one of them stops cross-site form posts and simple GETs.
 */
export function useCsrf(): Plugin {
  return useCSRFPrevention({ requestHeaders: ['x-adal-csrf'] });
}
