import { watch } from 'vue';
import { errorText, hasDomainMessage, requestErrorMessages } from '@adal/sdk/errors';
import type { IntakeError } from '../api/intake-error';
import { useIntakeI18n } from '../i18n/use-intake-i18n';

/**
 * What exactly the server refused, in the reader's language: the domain's message from the sdk's
 * error catalogue (imported from source: the intake loads no import map), or null when it names none.
 * Only the reader's language's messages are downloaded, when it is chosen; a text shown before
 * they come is drawn again with them (the catalogue is reactive).
 */
export function useDomainErrorText(): (error: IntakeError) => string | null {
  const { locale } = useIntakeI18n();
  watch(locale, requestErrorMessages, { immediate: true });
  return (error) => (hasDomainMessage(error, locale.value) ? errorText(error, locale.value) : null);
}
