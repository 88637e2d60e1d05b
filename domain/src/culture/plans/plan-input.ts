import { ValidationError } from '../../kernel/errors.js';

/** Trimmed text, null when blank; longer than `max` is refused naming the field. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw ValidationError.because('culture.textTooLong', { field, max });
  return text === '' ? null : text;
}

/** The refusals of a text that must be given, each naming only its field. */
type MissingTextKey =
  | 'culture.plan.returnNoteRequired'
  | 'culture.plan.amendReasonRequired'
  | 'culture.plan.reportRequired'
  | 'culture.activity.titleRequired'
  | 'culture.activity.checkNoneReasonRequired'
  | 'culture.activity.incentiveDescription'
  | 'culture.evidence.titleRequired';

/** Trimmed text that must be given. */
export function requiredText(
  value: string | null | undefined,
  field: string,
  max: number,
  missing: MissingTextKey,
): string {
  const text = optionalText(value, field, max);
  if (text === null) throw ValidationError.because(missing, { field });
  return text;
}
