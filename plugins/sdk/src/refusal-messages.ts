import { DEFAULT_LOCALE, isAdalLocale, type AdalLocale } from './locale';
import type { AdalPageRefusal } from './page-refusal';

export interface RefusalTexts {
  notAllowedTitle: string;
  notAllowedBody: string;
  notFoundTitle: string;
  notFoundBody: string;
  backToSection: string;
  backHome: string;
}

/**
 * The sdk's own texts: the states every plugin shows the same way when a page is refused, so
 * that no plugin has to translate them and each says them alike.
 */
export const refusalMessages: Record<AdalLocale, RefusalTexts> = {
  kk: {
    notAllowedTitle: 'Бұл бетке рұқсатыңыз жоқ',
    notAllowedBody:
      'Сіздің рөліңіз бұл бетті ашуға мүмкіндік бермейді. Рұқсат қажет болса, ұйым әкімшісіне жүгініңіз.',
    notFoundTitle: 'Табылмады',
    notFoundBody: 'Сіз іздеген жазба жоқ немесе жойылған.',
    backToSection: 'Бөлімнің басына оралу',
    backHome: 'Басты бетке оралу',
  },
  ru: {
    notAllowedTitle: 'Нет доступа к этой странице',
    notAllowedBody:
      'Ваша роль не позволяет открыть эту страницу. Если доступ нужен, обратитесь к администратору организации.',
    notFoundTitle: 'Не найдено',
    notFoundBody: 'То, что вы ищете, не существует или было удалено.',
    backToSection: 'Вернуться в начало раздела',
    backHome: 'Вернуться на главную',
  },
  en: {
    notAllowedTitle: 'You cannot use this page',
    notAllowedBody:
      "Your role does not give access to this page. If you need it, ask your organisation's administrator.",
    notFoundTitle: 'Not found',
    notFoundBody: 'What you are looking for does not exist or was removed.',
    backToSection: 'Back to the start of this section',
    backHome: 'Back to the home page',
  },
};

/** The sdk's texts in the interface language (Kazakh when the language is none of Adal's). */
export function refusalTexts(locale: string): RefusalTexts {
  return refusalMessages[isAdalLocale(locale) ? locale : DEFAULT_LOCALE];
}

export function refusalTitle(refusal: AdalPageRefusal, locale: string): string {
  const texts = refusalTexts(locale);
  return refusal === 'notAllowed' ? texts.notAllowedTitle : texts.notFoundTitle;
}
