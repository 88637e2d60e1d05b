import { formatDay } from '../format';
import { isAdalLocale } from '../locale';
import { ERROR_CATALOGUE, type ErrorCatalogue } from './catalogue';

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

/** The code's general text: what any failure of that kind means, in `locale`. */
export function errorCodeText(code: string, locale: string): string {
  const catalogue: ErrorCatalogue = ERROR_CATALOGUE[isAdalLocale(locale) ? locale : 'kk'];
  return isKnown(catalogue.codes, code) ? catalogue.codes[code] : catalogue.codes.INTERNAL;
}

/**
 * The failure in the interface language: the domain message of its key with its parameters filled
 * in (calendar days written as the language writes them), or, for a key this catalogue does not
 * know or no key at all, the code's general text — never the server's English.
 */
export function errorText(error: LocalizableError, locale: string): string {
  const catalogue: ErrorCatalogue = ERROR_CATALOGUE[isAdalLocale(locale) ? locale : 'kk'];
  if (!isKnown(catalogue.messages, error.messageKey)) return errorCodeText(error.code, locale);
  const params = typeof error.params === 'object' && error.params !== null ? error.params : {};
  return catalogue.messages[error.messageKey].replace(/\{(\w+)\}/g, (_, name: string) =>
    paramText((params as Record<string, unknown>)[name], locale),
  );
}

/** True when the failure carries a domain message this catalogue can say. */
export function hasDomainMessage(error: LocalizableError): boolean {
  return isKnown(ERROR_CATALOGUE.kk.messages, error.messageKey);
}
