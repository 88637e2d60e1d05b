import { useI18n } from 'vue-i18n';
import { isAdalLocale } from './locale';
import { pickLocalized, type LocalizedText } from './localized-text';

export { pickLocalized, type LocalizedText };

/**
 * Texts from the server in the interface language (see `pickLocalized`): course titles and
 * questions, and the names of the organisation, its units and its posts.
 */
export function useLocalized(): (text: LocalizedText | null | undefined) => string {
  const { locale } = useI18n();
  return (text) => {
    if (!text) return '';
    return pickLocalized(text, isAdalLocale(locale.value) ? locale.value : 'kk');
  };
}
