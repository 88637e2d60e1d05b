// The error catalogue on its own, free of Vue: the standalone hotline intake imports it from source.
export { errorMessagesOf, loadErrorMessages } from './catalogue';
export type { ErrorMessageKey, ErrorMessages } from './catalogue';
export { ERROR_CODE_TEXTS } from './codes';
export type { ErrorCode } from './codes';
export { errorCodeText, errorText, hasDomainMessage } from './error-text';
export type { LocalizableError } from './error-text';
