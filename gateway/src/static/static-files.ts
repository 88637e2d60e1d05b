import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv, { type RequestHandler } from 'sirv';

/**
 * Static bundles: the shell's files and each plugin's dist. `dev: true` makes sirv look at the
 * disk on each request, so a newly published plugin version is served without a restart.
 * Bundles may be loaded by a portal on another origin, hence the open CORS header.
 */
export function createStaticFiles(rootDir: string) {
  const options = {
    dev: true,
    etag: true,
    dotfiles: false,
    setHeaders: (res: ServerResponse) => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('x-content-type-options', 'nosniff');
    },
  };
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

  return {
    /** Serves a file of the shell's dist; calls `notFound` when there is none. */
    shell(req: IncomingMessage, res: ServerResponse, notFound: () => void): void {
      shell(req, res, notFound);
    },
    /** Serves `/plugins/<id>/<file>` from plugins/<id>/dist. */
    plugin(id: string, req: IncomingMessage, res: ServerResponse, notFound: () => void): void {
      const original = req.url ?? '/';
      req.url = original.slice(`/plugins/${id}`.length) || '/';
      plugin(id)(req, res, () => {
        req.url = original;
        notFound();
      });
    },
  };
}
