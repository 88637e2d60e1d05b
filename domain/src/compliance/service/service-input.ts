import type { ErrorMessageKey } from '../../kernel/error-messages.js';
import { ValidationError } from '../../kernel/errors.js';
import { httpsLinkOf } from '../../kernel/https-link.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';

/** Trimmed text, null when blank; longer than `max` is refused naming the field. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) throw ValidationError.because('compliance.textTooLong', { field, max });
  return text === '' ? null : text;
}

/** The refusals of a value that must be given, each naming only its field. */
type MissingKey = Extract<
  ErrorMessageKey,
  | 'compliance.standard.actNumberRequired'
  | 'compliance.standard.adoptedOnRequired'
  | 'compliance.service.appointedOnRequired'
  | 'compliance.service.bodyNameRequired'
>;

export function requiredText(
  value: string | null | undefined,
  field: string,
  max: number,
  missing: MissingKey,
): string {
  const text = optionalText(value, field, max);
  if (text === null) throw ValidationError.because(missing, { field });
  return text;
}

/**
 * A day typed as YYYY-MM-DD (or DD.MM.YYYY), null when blank; an act or a check recorded here has
 * already happened, so a day after today (in Kazakhstan) is refused.
 */
export function optionalPastDay(
  value: string | null | undefined,
  field: string,
  now: Date,
): CalendarDay | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const day = parseCalendarDay(text);
  if (!day) throw ValidationError.because('kernel.notADate', { field, value: text.slice(0, 40) });
  if (day > kazakhstanDay(now)) throw ValidationError.because('compliance.dayInFuture', { field });
  return day;
}

export function requiredPastDay(
  value: string | null | undefined,
  field: string,
  now: Date,
  missing: MissingKey,
): CalendarDay {
  const day = optionalPastDay(value, field, now);
  if (day === null) throw ValidationError.because(missing, { field });
  return day;
}

/** Any day (a term's end lies ahead), null when blank. */
export function optionalDay(value: string | null | undefined, field: string): CalendarDay | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const day = parseCalendarDay(text);
  if (!day) throw ValidationError.because('kernel.notADate', { field, value: text.slice(0, 40) });
  return day;
}

/** An https link, null when blank. */
export function optionalLink(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const link = httpsLinkOf(text, 2000);
  if (!link) throw ValidationError.because('compliance.link', { field });
  return link;
}

/** One of the allowed values, or a refusal listing them. */
export function choiceOf<T extends string>(value: string, choices: readonly T[], field: string): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw ValidationError.because('compliance.choice', { field, choices: choices.join(', ') });
  }
  return value as T;
}
