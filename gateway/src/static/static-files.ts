import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv, { type RequestHandler } from 'sirv';

/** A year: files named by their content never change, a new version is a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Entry files keep their name across versions: the browser asks again each time (ETag → 304). */
export const REVALIDATE = 'no-cache';

/**
 * Builds put every content-hashed file in an `assets/` folder (the shell's and each plugin's
 * chunks and styles); everything else (`plugin.js`, `manifest.json`, `/vendor/*.js`, the
 * favicon) keeps its name from version to version.
 */
export function cacheControlFor(pathname: string): string {
  return /(^|\/)assets\//.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/** Headers every bundle answer carries, 304s included, so they are set before sirv answers. */
const SHARED_HEADERS = ['cache-control', 'vary', 'access-control-allow-origin', 'x-content-type-options'];

/**
 * Static bundles: the shell's files and each plugin's dist. Builds write a `.br` and a `.gz`
 * copy beside each text file; sirv answers with the one the browser accepts (`vary:
 * accept-encoding`), with the original's content type and the copy's length. `dev: true` makes
 * sirv look at the disk on each request, so a newly published plugin version is served without
 * a restart. Bundles may be loaded by a portal on another origin, hence the open CORS header.
 */
export function createStaticFiles(rootDir: string) {
  const options = { dev: true, etag: true, dotfiles: false, brotli: true, gzip: true };
  const shell = sirv(join(rootDir, 'shell', 'dist'), options);
  const plugins = new Map<string, RequestHandler>();

  function plugin(id: string): RequestHandler {
    let handler = plugins.get(id);
    if (!handler) {
      handler = sirv(join(rootDir, 'plugins', id, 'dist'), options);
      plugins.set(id, handler);
    }
    return handler;
  }

  function serve(
    handler: RequestHandler,
    pathname: string,
    req: IncomingMessage,
    res: ServerResponse,
    notFound: () => void,
  ): void {
    res.setHeader('cache-control', cacheControlFor(pathname));
    res.setHeader('vary', 'accept-encoding');
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('x-content-type-options', 'nosniff');
    handler(req, res, () => {
      for (const name of SHARED_HEADERS) res.removeHeader(name);
      notFound();
    });
  }

  return {
    /** Serves a file of the shell's dist; calls `notFound` when there is none. */
    shell(req: IncomingMessage, res: ServerResponse, notFound: () => void): void {
      serve(shell, new URL(req.url ?? '/', 'http://gateway').pathname, req, res, notFound);
    },
    /** Serves `/plugins/<id>/<file>` from plugins/<id>/dist. */
    plugin(id: string, req: IncomingMessage, res: ServerResponse, notFound: () => void): void {
      const original = req.url ?? '/';
      req.url = original.slice(`/plugins/${id}`.length) || '/';
      serve(plugin(id), new URL(req.url, 'http://gateway').pathname, req, res, () => {
        req.url = original;
        notFound();
      });
    },
  };
}
