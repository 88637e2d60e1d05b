import type { DomainError } from '@adal/domain';
import { create as createContentDisposition } from 'content-disposition';

/** The HTTP status of a domain error on the routes that answer with files or pages, not GraphQL. */
export const HTTP_STATUS_OF_CODE: Record<DomainError['code'], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
};

/** A short plain-text answer that no cache keeps and no browser sniffs into something else. */
export function plainText(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** What clients that read only `filename` get: printable ASCII, nothing a header or a path could misread. */
function asciiFallback(fileName: string): string {
  return fileName.replace(/[^\x20-\x7e]+/g, '_').replace(/[%"\\/]/g, '_');
}

/**
 * The Content-Disposition header of a file route (RFC 6266): the exact name as `filename*`
 * in UTF-8 and an ASCII `filename` beside it, both encoded by the `content-disposition`
 * package, so that no name can end the header, add a parameter or a header line.
 */
export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  // encodeURIComponent, used for filename*, throws on a lone surrogate.
  const name = fileName.replace(/\p{Cs}/gu, '\uFFFD');
  return createContentDisposition(name, { type, fallback: asciiFallback(name) });
}

/** A domain error as a plain-text answer with its status. */
export function domainErrorText(error: DomainError): Response {
  return plainText(HTTP_STATUS_OF_CODE[error.code], error.message);
}
