import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REVALIDATE } from './static-files.js';

/** A strong validator of a generated body: the same bytes give the same tag. */
export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when one of the tags in If-None-Match names this body (`*` matches any). */
export function matchesIfNoneMatch(req: IncomingMessage, tag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === '*' || candidate === tag);
}

/**
 * Answers a page generated per request (the shell page, /importmap.json) so that the browser
 * keeps it but asks each time: `no-cache` with an ETag of the body, and 304 without the body
 * while the body is unchanged. A new import map changes the body, hence the tag, at once.
 */
export function sendRevalidated(
  req: IncomingMessage,
  res: ServerResponse,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  const tag = entityTag(body);
  const common = { 'cache-control': REVALIDATE, etag: tag, ...headers };
  if (matchesIfNoneMatch(req, tag)) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': contentType, ...common });
  res.end(req.method === 'HEAD' ? undefined : body);
}
