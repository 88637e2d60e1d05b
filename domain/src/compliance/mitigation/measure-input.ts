import { ValidationError } from '../../kernel/errors.js';
import { httpsLinkOf } from '../../kernel/https-link.js';

/** Trimmed text, null when blank; longer than `max` is refused naming the field. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw ValidationError.because('compliance.textTooLong', { field, max });
  return text === '' ? null : text;
}

type MissingTextKey =
  | 'compliance.measure.textRequired'
  | 'compliance.measure.completionFormRequired'
  | 'compliance.quarterly.textRequired'
  | 'compliance.proposal.answerRequired';

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

/** Evidence given as a link: an https address up to `max` characters, null when blank. */
export function evidenceLinkOf(value: string | null | undefined, max: number): string | null {
  const typed = value?.trim() ?? '';
  if (typed === '') return null;
  const link = httpsLinkOf(typed, max);
  if (!link) throw ValidationError.because('compliance.measure.evidenceLink', { field: 'evidenceLink', max });
  return link;
}
