import { useI18n } from 'vue-i18n';
import type { AdalGraphqlError } from '@adal/sdk';
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
  'under_restrictions',
  'manager_email',
  'hired_at',
  'locale',
] as const;

/**
 * Says an import's problems in the reader's language: a row's problem from its code and
 * parameters, a refused file from its reason; the server's English only for what it has no code for.
 */
export function useImportProblems() {
  const { t, te } = useI18n();

  function rowProblem(problem: ImportRowProblem): string {
    const params = (problem.params ?? {}) as Record<string, unknown>;
    return problem.code && te(`importErrors.${problem.code}`)
      ? t(`importErrors.${problem.code}`, params)
      : problem.message;
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
