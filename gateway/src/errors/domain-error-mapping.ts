import { DomainError } from '@adal/domain';
import { GraphQLError } from 'graphql';

/**
 * The one place where a domain failure becomes a GraphQL error: the code and the English message
 * pass through unchanged, the message key and its parameters let the client say it in the
 * interface language, and the details become extensions — `field` for a form, for an import
 * `errors: [{ row, column, message }]`.
 */
export function domainErrorToGraphQL(error: DomainError, located?: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    ...(located ? { nodes: located.nodes, path: located.path } : {}),
    extensions: { ...error.details, code: error.code, messageKey: error.messageKey, params: error.params },
  });
}

/** The error a resolver actually threw, under graphql's location wrappers. */
export function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

export { DomainError };
