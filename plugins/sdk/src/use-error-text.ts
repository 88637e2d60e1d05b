import { useI18n } from 'vue-i18n';
import { errorText, hasDomainMessage, type LocalizableError } from './error-catalogue';

/**
 * The domain's message of a failure in the interface language, or null when the server named
 * none this catalogue knows (the caller then shows only its general text for the code).
 */
export function useErrorText(): (error: LocalizableError | null | undefined) => string | null {
  const { locale } = useI18n();
  return (error) => (error && hasDomainMessage(error, locale.value) ? errorText(error, locale.value) : null);
}
