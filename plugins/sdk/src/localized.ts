import { useI18n } from 'vue-i18n';
import { isAdalLocale, type AdalLocale } from './locale';

export interface LocalizedText {
  kk: string;
  ru: string;
  en: string;
}

/** Picks the text in `locale`, falling back to Russian and then Kazakh when a translation is blank. */
export function pickLocalized(text: LocalizedText, locale: AdalLocale): string {
  return text[locale] || text.ru || text.kk;
}

/** Content texts from the server (course titles, questions) in the interface language. */
export function useLocalized(): (text: LocalizedText | null | undefined) => string {
  const { locale } = useI18n();
  return (text) => {
    if (!text) return '';
    return pickLocalized(text, isAdalLocale(locale.value) ? locale.value : 'kk');
  };
}
