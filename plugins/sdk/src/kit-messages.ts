import type { AdalMessages, AdalMessageTree } from './locale';

/**
 * The words of the kit's own components (dialog, pager, file chooser), under `adal.` in every
 * plugin's messages: a plugin gets them with the components and never repeats them.
 */
export const ADAL_KIT_MESSAGES: AdalMessages = {
  kk: {
    close: 'Жабу',
    dateFormat: 'кк.аа.жжжж',
    pager: {
      previous: 'Алдыңғы бет',
      next: 'Келесі бет',
      page: '{page}-бет',
      pageOfCount: '{count} беттің {page}-беті',
    },
    fileChooser: {
      chooseOne: 'Файлды таңдау',
      chooseMany: 'Файлдарды таңдау',
      noneOne: 'Файл таңдалмаған',
      noneMany: 'Файлдар таңдалмаған',
    },
  },
  ru: {
    close: 'Закрыть',
    dateFormat: 'дд.мм.гггг',
    pager: {
      previous: 'Предыдущая страница',
      next: 'Следующая страница',
      page: 'Страница {page}',
      pageOfCount: 'Страница {page} из {count}',
    },
    fileChooser: {
      chooseOne: 'Выбрать файл',
      chooseMany: 'Выбрать файлы',
      noneOne: 'Файл не выбран',
      noneMany: 'Файлы не выбраны',
    },
  },
  en: {
    close: 'Close',
    dateFormat: 'yyyy-mm-dd',
    pager: {
      previous: 'Previous page',
      next: 'Next page',
      page: 'Page {page}',
      pageOfCount: 'Page {page} of {count}',
    },
    fileChooser: {
      chooseOne: 'Choose a file',
      chooseMany: 'Choose files',
      noneOne: 'No file chosen',
      noneMany: 'No files chosen',
    },
  },
};

/** A plugin's messages with the kit's beside them. */
export function withKitMessages(messages: AdalMessages): AdalMessages {
  const merged = (locale: keyof AdalMessages): AdalMessageTree => ({
    ...messages[locale],
    adal: ADAL_KIT_MESSAGES[locale],
  });
  return { kk: merged('kk'), ru: merged('ru'), en: merged('en') };
}
