import { DomainError } from '@adal/domain';
import { GraphQLError } from 'graphql';

/**
 * The one place where a domain failure becomes a GraphQL error: the code and the message pass
 * through unchanged (they are written for people), the details become extensions — for an
 * import that is `errors: [{ row, column, message }]`.
 */
export function domainErrorToGraphQL(error: DomainError, located?: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    ...(located ? { nodes: located.nodes, path: located.path } : {}),
    extensions: { ...error.details, code: error.code },
  });
}

/** The error a resolver actually threw, under graphql's location wrappers. */
export function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

export { DomainError };
