import { DomainError } from '@adal/domain';
import { create as createContentDisposition } from 'content-disposition';
import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { requestIdOf } from '../request-id.js';

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

/** The answer of a file route to a request without a valid sign-in. */
export function signInRequired(): Response {
  return plainText(401, 'Sign in: send the Authorization: Bearer <token> header.');
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

/** An unexpected failure of a file route: no internals, only the reference to quote. */
export function internalErrorText(requestId: string): Response {
  return plainText(500, `Something went wrong on our side. Quote reference ${requestId} when reporting it.`);
}

/**
 * What a signed-in file route answers when its work throws: a domain error with its status, a
 * missing or refused sign-in as 401, anything else logged under the request id and answered 500.
 */
export function fileRouteFailure(
  error: unknown,
  request: Request,
  logger: YogaLogger,
  route: string,
): Response {
  if (error instanceof DomainError) return domainErrorText(error);
  if (error instanceof GraphQLError && error.extensions['code'] === 'UNAUTHENTICATED') {
    return plainText(401, error.message);
  }
  const requestId = requestIdOf(request);
  logger.error(`[${requestId}] ${route} failed`, error);
  return internalErrorText(requestId);
}
