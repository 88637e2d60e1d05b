// The error catalogue on its own, without the kit: the standalone hotline intake imports it from source
// (its reactivity comes from the Vue of whoever imports it).
export { errorMessagesOf, loadErrorMessages, requestErrorMessages } from './catalogue';
export type { ErrorMessageKey } from './catalogue';
export { errorCodeText, errorText, hasDomainMessage } from './error-text';
export type { LocalizableError } from './error-text';
