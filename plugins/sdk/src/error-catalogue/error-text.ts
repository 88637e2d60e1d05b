import { formatDay } from '../format';
import { isAdalLocale, type AdalLocale } from '../locale';
import { errorMessagesOf } from './catalogue';
import { ERROR_CODE_TEXTS } from './codes';

/** What the client knows of a failure: its code and, from the domain, the message key and its parameters. */
export interface LocalizableError {
  code: string;
  messageKey?: unknown;
  params?: unknown;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isKnown<T extends object>(table: T, key: unknown): key is keyof T {
  return typeof key === 'string' && Object.hasOwn(table, key);
}

function paramText(value: unknown, locale: string): string {
  if (typeof value === 'string') return DAY.test(value) ? formatDay(value, locale) : value;
  return typeof value === 'number' ? String(value) : '';
}

function localeOf(locale: string): AdalLocale {
  return isAdalLocale(locale) ? locale : 'kk';
}

/** The code's general text: what any failure of that kind means, in `locale`. */
export function errorCodeText(code: string, locale: string): string {
  const codes = ERROR_CODE_TEXTS[localeOf(locale)];
  return isKnown(codes, code) ? codes[code] : codes.INTERNAL;
}

/**
 * The failure in the interface language: the domain message of its key with its parameters filled
 * in (calendar days written as the language writes them), or, for a key this catalogue does not
 * know, no key at all, or messages not loaded (loadErrorMessages), the code's general text — never
 * the server's English.
 */
export function errorText(error: LocalizableError, locale: string): string {
  const messages = errorMessagesOf(localeOf(locale));
  if (!messages || !isKnown(messages, error.messageKey)) return errorCodeText(error.code, locale);
  const params = typeof error.params === 'object' && error.params !== null ? error.params : {};
  return messages[error.messageKey].replace(/\{(\w+)\}/g, (_, name: string) =>
    paramText((params as Record<string, unknown>)[name], locale),
  );
}

/** True when the failure carries a domain message this catalogue can say in `locale` (once loaded). */
export function hasDomainMessage(error: LocalizableError, locale: string): boolean {
  const messages = errorMessagesOf(localeOf(locale));
  return messages !== undefined && isKnown(messages, error.messageKey);
}
