import { errorText } from './error-catalogue/error-text';
import type { AdalGraphqlError } from './graphql/errors';

/**
 * One problem of an imported file, as every import's preview and refusal carry it
 * (`ImportRowError`): the row as the spreadsheet numbers it, the column by its name in the file
 * (none for the whole row), the domain's message key with its parameters, and the server's own
 * wording for what has no key.
 */
export interface ImportProblem {
  row: number;
  column: string | null;
  messageKey: string | null;
  params: Record<string, unknown>;
  message: string;
}

/**
 * The rows a refused import names — the file was checked, then someone changed what it refers to
 * before it ran — from the error's `details.errors`; none when the refusal is about the file.
 */
export function refusedImportRows(error: AdalGraphqlError | null): ImportProblem[] {
  const listed = error?.code === 'VALIDATION' ? error.details?.['errors'] : undefined;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { row, column, messageKey, params, message } = item as Record<string, unknown>;
    if (typeof row !== 'number') return [];
    return [
      {
        row,
        column: typeof column === 'string' ? column : null,
        messageKey: typeof messageKey === 'string' ? messageKey : null,
        params: typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {},
        message: typeof message === 'string' ? message : '',
      },
    ];
  });
}

/** A problem in the reader's language from its message key; the server's wording only when it has none. */
export function importProblemText(
  problem: Pick<ImportProblem, 'messageKey' | 'message'> & { params?: unknown },
  locale: string,
): string {
  if (!problem.messageKey) return problem.message;
  const params = typeof problem.params === 'object' && problem.params !== null ? problem.params : {};
  return errorText({ code: 'VALIDATION', messageKey: problem.messageKey, params }, locale);
}
