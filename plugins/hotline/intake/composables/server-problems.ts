import type { IntakeError } from '../api/intake-error';
import { MAX_ATTACHMENT_MB, MAX_ATTACHMENTS } from '../rules/attachments';
import type { ValidationKey } from './report-draft';

/** A problem to show next to a field, as a message key and its parameters (translated when shown). */
export interface FieldProblem {
  key: ValidationKey;
  params?: Readonly<Record<string, string | number>>;
}

const FIELD_KEYS: Readonly<Record<string, ValidationKey>> = {
  organizationId: 'organization',
  category: 'category',
  name: 'name',
  contact: 'contact',
  body: 'body',
};

const FILE_KEYS: Readonly<Record<string, ValidationKey>> = {
  too_large: 'fileTooLarge',
  type: 'fileType',
  empty: 'fileEmpty',
  count: 'fileCount',
};

/**
 * Where a VALIDATION error from the server belongs: the domain names the input field
 * (`details.field`) or, for attachments, the file and the reason (`details.file`,
 * `details.reason`). Null when it names neither: the form shows a banner instead.
 */
export function fieldOfServerError(error: IntakeError): { field: string; problem: FieldProblem } | null {
  if (error.code !== 'VALIDATION') return null;
  const { file, reason } = error.details;
  if (typeof reason === 'string' && reason in FILE_KEYS) {
    return {
      field: 'attachments',
      problem: {
        key: FILE_KEYS[reason]!,
        params: {
          file: typeof file === 'string' ? file : '',
          size: MAX_ATTACHMENT_MB,
          count: MAX_ATTACHMENTS,
        },
      },
    };
  }
  const field = error.field;
  if (!field) return null;
  if (field === 'what') {
    const { min, max } = error.details;
    if (typeof max === 'number') return { field, problem: { key: 'whatTooLong', params: { max } } };
    if (typeof min === 'number') return { field, problem: { key: 'whatTooShort', params: { min } } };
    return { field, problem: { key: 'whatRequired' } };
  }
  return { field, problem: { key: FIELD_KEYS[field] ?? 'field' } };
}
