import { GraphQLError } from 'graphql';

/** Errors the gateway raises itself (before or around the domain), with the same stable codes. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** A request whose credentials fail as a whole is answered with HTTP 401, not only a GraphQL error. */
export function rejectedCredentials(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function invalidInput(message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code: 'VALIDATION' } });
}

/**
 * An operation refused before it runs because it asks for too much at once (tokens, depth,
 * aliases, cost, root fields), answered as yoga answers graphql's own validation errors: HTTP 400,
 * or 200 to a client that accepts only `application/json` (the GraphQL-over-HTTP spec).
 */
export function operationTooLarge(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'VALIDATION', http: { status: 400, spec: true } },
  });
}

/** The request, or one of its database statements, ran out of its time; nothing it was writing is kept. */
export function timedOut(message: string, located?: GraphQLError): GraphQLError {
  return new GraphQLError(message, {
    ...(located ? { nodes: located.nodes, path: located.path } : {}),
    extensions: { code: 'TIMEOUT' },
  });
}

/**
 * Too many attempts from one client (the anonymous hotline operations): HTTP 429, try again
 * later, or — when `details.retryWithWork` says so — at once with a proof of work of that grade.
 */
export function rateLimited(message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { ...details, code: 'RATE_LIMITED', http: { status: 429 } },
  });
}

/** What the client sees instead of an unexpected failure: no internals, only the reference to quote. */
export function internalError(requestId: string, template?: GraphQLError): GraphQLError {
  return new GraphQLError(
    `Something went wrong on our side. Quote reference ${requestId} when reporting it.`,
    {
      ...(template ? { nodes: template.nodes, path: template.path } : {}),
      extensions: { code: 'INTERNAL', requestId },
    },
  );
}
