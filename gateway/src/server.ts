import { readFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join } from 'node:path';
import compression from 'compression';
import type { YogaLogger } from 'graphql-yoga';
import type { MikroORM as Orm } from '@adal/domain';
import { isHotlineFilePath } from './hotline-files/use-hotline-files.js';
import { INTAKE_PAGE_HEADERS, intakePage, isIntakePath } from './hotline-intake/intake-page.js';
import { shellPageHeaders } from './headers/shell-page-policy.js';
import { inlineImportMap } from './static/html-page.js';
import { readImportMap, type ImportMapSources } from './static/import-map.js';
import { sendRevalidated } from './static/revalidation.js';
import { createStaticFiles } from './static/static-files.js';
import { isTrainingFilePath } from './training-files/use-training-files.js';
import { isDeclarationFilePath } from './declarations-files/use-declarations-files.js';
import { isCultureFilePath } from './culture-files/use-culture-files.js';
import { isComplianceFilePath } from './compliance-files/use-compliance-files.js';
import { isCompliancePublicPath } from './compliance-public/use-compliance-public.js';
import { isAuditFilePath } from './audit-files/use-audit-files.js';
import type { GatewayYoga } from './yoga.js';

export interface GatewayListenerOptions extends ImportMapSources {
  yoga: GatewayYoga;
  orm: Orm;
  logger: YogaLogger;
  /** The portals that may frame the shell page; none: Adal itself only. */
  portalOrigins?: readonly string[];
  /** Adal is reached over https only (ADAL_PUBLIC_URL): every answer carries HSTS. */
  httpsOnly?: boolean;
  /**
   * The development tools (the kit's style sheet at /_kit) are offered, as the development login
   * is: with ADAL_DEV_LOGIN=1 only. The shell page says so in a meta tag the shell reads.
   */
  devTools?: boolean;
}

/** The meta tag by which the shell page offers the development tools (shell/src/dev-tools.ts). */
export const DEV_TOOLS_META = 'adal-dev-tools';

/** A year, the usual HSTS lifetime; subdomains are left alone, they may be other organisations' sites. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** Plugin ids are folder names; anything else (e.g. `..`) must never reach the file system. */
const PLUGIN_PATH = /^\/plugins\/([a-z0-9][a-z0-9-]*)(\/.*)?$/;

/** A health check must answer even when the database hangs, so it gives up after this. */
const HEALTH_TIMEOUT_MS = 3000;

/** One port for everything: GraphQL, health, the import map, static bundles and the shell page. */
export function createGatewayListener(options: GatewayListenerOptions): RequestListener {
  const files = createStaticFiles(options.rootDir);
  const yoga = compressedAnswers(options.yoga);

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    // GraphQL, the training chapter's files (certificates, verification, exports), the hotline's
    // attachment downloads, the audit trail's export, the declarations' exports and supplier
    // page, and the culture chapter's files (the plan, evidence, materials, survey results) are yoga's.
    if (
      path === options.yoga.graphqlEndpoint ||
      isTrainingFilePath(path) ||
      isHotlineFilePath(path) ||
      isAuditFilePath(path) ||
      isDeclarationFilePath(path) ||
      isCultureFilePath(path) ||
      isComplianceFilePath(path) ||
      isCompliancePublicPath(path)
    ) {
      return yoga(req, res);
    }
    if (path === '/health') return health(options.orm, res);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'Method not allowed');
    if (path === '/importmap.json') {
      // Open to every origin: the map is public (it is inlined into the page anyway) and a `*`
      // answer is never read with credentials, so no portal session can be borrowed through it.
      const map = await readImportMap(options);
      return sendRevalidated(req, res, 'application/json', JSON.stringify(map), {
        'access-control-allow-origin': '*',
      });
    }
    // The public hotline intake is its own page, before any shell route can claim the path.
    if (isIntakePath(path)) {
      const intake = await intakePage(options.rootDir);
      return send(res, intake.status, intake.contentType, intake.body, INTAKE_PAGE_HEADERS);
    }
    const notFound = () => void page(req, res, options).catch(fail);
    const plugin = PLUGIN_PATH.exec(path);
    if (plugin?.[1])
      return files.plugin(plugin[1], req, res, () => send(res, 404, 'text/plain', 'Not found'));
    if (path === '/' || path === '/index.html') return page(req, res, options);
    return files.shell(req, res, notFound);

    function fail(error: unknown): void {
      options.logger.error('request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
    }
  };

  return (req, res) => {
    if (options.httpsOnly) res.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    route(req, res).catch((error: unknown) => {
      options.logger.error('request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
    });
  };
}

/**
 * GraphQL's answers and the generated files, compressed for a browser that accepts it (brotli or
 * gzip, by the `compression` middleware: its negotiation, Vary header and 1 KB threshold). A
 * course list with its lessons is ~90 KB of JSON, half a second on a slow phone line; compressed
 * it is about a quarter of that. The bundles need none of this: they are compressed when built
 * (sirv).
 */
function compressedAnswers(yoga: GatewayYoga): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const compress = compression();
  // Typed for Express, the middleware reads only Node's own request and answer.
  type Arguments = Parameters<typeof compress>;
  return (req, res) =>
    new Promise((done, failed) => {
      compress(req as Arguments[0], res as Arguments[1], (error?: unknown) => {
        if (error) failed(error);
        else Promise.resolve(yoga(req, res)).then(() => done(), failed);
      });
    });
}

/** The shell page for any client-side route, with the current import map inlined. */
async function page(
  req: IncomingMessage,
  res: ServerResponse,
  options: GatewayListenerOptions,
): Promise<void> {
  if (!(req.headers.accept ?? '').includes('text/html')) return send(res, 404, 'text/plain', 'Not found');
  let html: string;
  try {
    html = await readFile(join(options.rootDir, 'shell', 'dist', 'index.html'), 'utf8');
  } catch {
    return send(res, 503, 'text/plain', 'The shell is not built yet: run `pnpm build`.');
  }
  const importMap = await readImportMap(options);
  sendRevalidated(
    req,
    res,
    'text/html; charset=utf-8',
    inlineImportMap(options.devTools ? offerDevTools(html) : html, importMap),
    shellPageHeaders({ importMap, portalOrigins: options.portalOrigins ?? [] }),
  );
}

function offerDevTools(html: string): string {
  return html.replace('<head>', () => `<head>\n    <meta name="${DEV_TOOLS_META}" content="on" />`);
}

async function health(orm: Orm, res: ServerResponse): Promise<void> {
  const up = await Promise.race([
    orm.checkConnection().then(
      (check) => check.ok,
      () => false,
    ),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS).unref()),
  ]);
  send(
    res,
    up ? 200 : 503,
    'application/json',
    JSON.stringify({ status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down' }),
  );
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
  res.end(body);
}
