import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin, type YogaLogger } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { domainErrorToGraphQL, DomainError, rootCause } from './domain-error-mapping.js';
import { internalError, timedOut } from './graphql-errors.js';

/**
 * Runs after execution, before yoga's masking: domain errors become typed errors, errors the
 * schema raised on purpose pass, and anything else is logged with the request id and replaced
 * by an internal error carrying that id, so a person can quote it and we can find the log line.
 */
export function useErrorMapping(logger: YogaLogger): Plugin<GatewayContext> {
  return {
    onExecute() {
      return {
        onExecuteDone(payload) {
          const { requestId, reporter } = payload.args.contextValue as GatewayContext;
          // Around an anonymous reporter's request only the error's name is logged: its message
          // could quote what the reporter sent (issue 4 §1).
          const log = reporter ? redacted(logger) : logger;
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            if (!result.errors?.length) return;
            setResult({
              ...result,
              errors: result.errors.map((error) => mapError(error, requestId, log)),
            });
          });
        },
      };
    },
  };
}

export function mapError(error: GraphQLError, requestId: string, logger: YogaLogger): GraphQLError {
  const cause = rootCause(error);
  if (cause instanceof DomainError) return domainErrorToGraphQL(cause, error);
  if (cause instanceof GraphQLError) return error;
  if (isStatementTimeout(cause)) {
    return timedOut(
      'A database query took too long and was cancelled; nothing this request was changing was saved. Try again, or ask for less at once.',
      error,
    );
  }
  logger.error(`[${requestId}] unexpected error`, cause);
  return internalError(requestId, error);
}

/** PostgreSQL cancelled a statement that ran past `statement_timeout` (SQLSTATE 57014, query_canceled). */
function isStatementTimeout(cause: unknown): boolean {
  return cause instanceof Error && (cause as Error & { code?: unknown }).code === '57014';
}

function redacted(logger: YogaLogger): YogaLogger {
  return {
    ...logger,
    error: (message: unknown, cause?: unknown) =>
      logger.error(`${String(message)}: ${cause instanceof Error ? cause.name : typeof cause}`),
  };
}
