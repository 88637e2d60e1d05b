import { errorText, hasDomainMessage } from '@adal/sdk/errors';
import type { IntakeError } from '../api/intake-error';
import { useIntakeI18n } from '../i18n/use-intake-i18n';

/**
 * What exactly the server refused, in the reader's language: the domain's message from the sdk's
 * error catalogue (imported from source: the intake loads no import map), or null when it names none.
 */
export function useDomainErrorText(): (error: IntakeError) => string | null {
  const { locale } = useIntakeI18n();
  return (error) => (hasDomainMessage(error) ? errorText(error, locale.value) : null);
}
