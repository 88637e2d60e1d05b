import type { AdalLocale } from './locale';

export interface LocalizedText {
  kk: string;
  ru: string;
  en: string;
}

/**
 * The text in `locale`. One rule for every page, free of Vue so the standalone intake uses it too.
 *
 * Names an organisation enters (the organisation, its units, its posts) arrive with every
 * language filled by the server: the translation kept for it, else the name as entered (the
 * domain's `localizedName`), so each reads the same on every page. Content texts (course titles,
 * questions) may leave English blank: it falls back to Russian, then Kazakh.
 */
export function pickLocalized(text: LocalizedText, locale: AdalLocale): string {
  return text[locale] || text.ru || text.kk;
}
