import { useI18n } from 'vue-i18n';
import type { AdalGraphqlError } from '@adal/sdk';

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
 * Names an import's columns and a refused file's reason in the reader's language (a row's problem
 * is the kit's ImportProblemTable's to say).
 */
export function useImportProblems() {
  const { t, te } = useI18n();

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

  return { column, fileProblem };
}
