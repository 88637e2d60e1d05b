import { ValidationError } from '../kernel/errors.js';
import { keptTranslations, LOCALES, type Locale, type LocalizedText } from '../kernel/locale.js';

/** What an administrator typed for a name in each interface language; blank or absent for none. */
export type TypedTranslations = Partial<Record<Locale, string | null>>;

/** As long as the name itself may be (org units and posts alike). */
export const MAX_NAME_LENGTH = 300;

/**
 * The translations to keep of a name (see `keptTranslations`); a text longer than a name may be
 * is a VALIDATION error naming its field, `<field>.<locale>`.
 */
export function checkedTranslations(
  typed: TypedTranslations,
  name: string,
  field: string,
): Partial<LocalizedText> | null {
  for (const locale of LOCALES) {
    if ((typed[locale] ?? '').trim().length > MAX_NAME_LENGTH) {
      throw ValidationError.because('org.translationTooLong', {
        max: MAX_NAME_LENGTH,
        field: `${field}.${locale}`,
        reason: 'too_long',
      });
    }
  }
  return keptTranslations(typed, name);
}

/** The languages whose kept translation differs between two versions of a name. */
export function changedLanguages(
  before: Partial<LocalizedText> | null | undefined,
  after: Partial<LocalizedText> | null,
): Locale[] {
  return LOCALES.filter((locale) => (before?.[locale] ?? null) !== (after?.[locale] ?? null));
}
