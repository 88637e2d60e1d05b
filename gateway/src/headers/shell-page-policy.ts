import { createHash } from 'node:crypto';
import { importMapScript } from '../static/html-page.js';
import type { ImportMap } from '../static/import-map.js';

export interface ShellPagePolicyOptions {
  /** The map inlined into this response: its hash is the one inline script allowed. */
  importMap: ImportMap;
  /** The portals that may frame the shell (ADAL_ALLOWED_ORIGINS); none: only Adal itself. */
  portalOrigins: readonly string[];
}

/**
 * The shell page's headers. Scripts, styles and the rest come from Adal's origin and from the
 * origins the import map loads plugins from (a deployment may publish a plugin on a CDN); the
 * only inline script is the import map, allowed by its hash, so an injected script never runs.
 * Styles may be inline: PrimeVue and Vue's transitions write `<style>` elements at run time.
 */
export function shellPageHeaders(o: ShellPagePolicyOptions): Record<string, string> {
  const hash = createHash('sha256').update(importMapScript(o.importMap)).digest('base64');
  const sources = ["'self'", ...pluginOrigins(o.importMap)].join(' ');
  const framers = o.portalOrigins.length > 0 ? o.portalOrigins.join(' ') : "'self'";
  const policy = [
    "default-src 'self'",
    `script-src ${sources} 'sha256-${hash}'`,
    `style-src ${sources} 'unsafe-inline'`,
    `img-src ${sources} data: blob:`,
    `font-src ${sources} data:`,
    `connect-src ${sources}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${framers}`,
  ].join('; ');
  return {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/** Origins of the absolute http(s) entries; relative entries are Adal's own. */
function pluginOrigins(map: ImportMap): string[] {
  const origins = new Set<string>();
  for (const address of Object.values(map.imports)) {
    if (!/^https?:\/\//i.test(address)) continue;
    try {
      origins.add(new URL(address).origin);
    } catch {
      // Not an address a browser would load either.
    }
  }
  return [...origins];
}
