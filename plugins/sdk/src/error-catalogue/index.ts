// The error catalogue on its own, free of Vue: the standalone hotline intake imports it from source.
export { ERROR_CATALOGUE } from './catalogue';
export type { ErrorCatalogue, ErrorMessageKey } from './catalogue';
export { errorCodeText, errorText, hasDomainMessage } from './error-text';
export type { LocalizableError } from './error-text';
