import { useI18n } from 'vue-i18n';
import { errorText, type AdalGraphqlError } from '@adal/sdk';
import type { ImportRowProblem } from '../stores/people-import';

/** The columns of the staff list a person may be told about, by their name in the file. */
export const IMPORT_COLUMNS = [
  'email',
  'full_name',
  'org_unit_path',
  'position',
  'iin',
  'risk_exposed',
  'procurement_staff',
  'manager_email',
  'hired_at',
  'locale',
] as const;

/**
 * Says an import's problems in the reader's language: a row's problem from its message key and
 * parameters (the error catalogue), a refused file from its reason; the server's English only for
 * what it has no key for.
 */
export function useImportProblems() {
  const { t, te, locale } = useI18n();

  function rowProblem(problem: ImportRowProblem): string {
    if (!problem.messageKey) return problem.message;
    const params = (problem.params ?? {}) as Record<string, unknown>;
    return errorText({ code: 'VALIDATION', messageKey: problem.messageKey, params }, locale.value);
  }

  function column(name: string | null | undefined): string {
    if (!name) return t('import.wholeFile');
    return te(`importColumns.${name}`) ? t(`importColumns.${name}`) : name;
  }

  function fileProblem(error: AdalGraphqlError): string {
    const reason = error.details?.['reason'];
    return typeof reason === 'string' && te(`fileErrors.${reason}`)
      ? t(`fileErrors.${reason}`)
      : t(error.code === 'VALIDATION' ? 'fileErrors.other' : `errors.${error.code}`);
  }

  /** The row errors a refused import carried, when it carried them. */
  function refusedRows(error: AdalGraphqlError | null): ImportRowProblem[] {
    const rows = error?.details?.['errors'];
    return Array.isArray(rows) ? (rows as ImportRowProblem[]) : [];
  }

  return { rowProblem, column, fileProblem, refusedRows };
}
