import { countStatements, currentStatementTally } from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { requestIdOf } from '../request-id.js';

/** The response header that carries the count. */
export const STATEMENTS_HEADER = 'x-adal-sql-statements';

/**
 * Counts the SQL statements each request sends, its context's forks and side-by-side work
 * included, and returns the count in a response header and a log line. Only for a gateway whose
 * database was opened with `countStatements` (ADAL_COUNT_STATEMENTS=1): a measuring aid, off in
 * production unless asked.
 */
export function useStatementCount(logger: YogaLogger): Plugin {
  return {
    instrumentation: {
      request: async ({ request }, wrapped) => {
        const { tally } = await countStatements(async () => {
          await wrapped();
        });
        logger.info(`[${requestIdOf(request)}] ${tally.count} SQL statements`);
      },
    },
    onResponse({ response }) {
      const tally = currentStatementTally();
      if (tally) response.headers.set(STATEMENTS_HEADER, String(tally.count));
    },
  };
}
