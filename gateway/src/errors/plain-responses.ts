import type { DomainError } from '@adal/domain';

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

/** A domain error as a plain-text answer with its status. */
export function domainErrorText(error: DomainError): Response {
  return plainText(HTTP_STATUS_OF_CODE[error.code], error.message);
}
