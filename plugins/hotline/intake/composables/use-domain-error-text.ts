import { ref, watch } from 'vue';
import { errorText, hasDomainMessage, loadErrorMessages } from '@adal/sdk/errors';
import type { IntakeError } from '../api/intake-error';
import { useIntakeI18n } from '../i18n/use-intake-i18n';

/**
 * What exactly the server refused, in the reader's language: the domain's message from the sdk's
 * error catalogue (imported from source: the intake loads no import map), or null when it names none.
 * Only the reader's language's messages are downloaded, when it is chosen; the text follows once
 * they are here.
 */
export function useDomainErrorText(): (error: IntakeError) => string | null {
  const { locale } = useIntakeI18n();
  const loads = ref(0);
  watch(
    locale,
    (chosen) => {
      void loadErrorMessages(chosen)
        .then(() => (loads.value += 1))
        .catch(() => undefined);
    },
    { immediate: true },
  );
  return (error) => {
    void loads.value; // read, so a text shown before the messages came is redrawn with them
    return hasDomainMessage(error, locale.value) ? errorText(error, locale.value) : null;
  };
}
