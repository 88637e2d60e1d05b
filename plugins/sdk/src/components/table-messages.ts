import type { AdalMessages } from '../locale';

/**
 * The table's own words. They are the sdk's, not each plugin's: every table of every plugin
 * pages and scrolls the same way, and says so the same way.
 */
export const tableMessages = {
  kk: {
    adalTable: {
      scrollHint: 'Барлық бағанды көру үшін кестені көлденеңінен айналдырыңыз',
      pages: 'Кесте беттері',
      previous: 'Алдыңғы',
      next: 'Келесі',
      range: '{from}–{to}, барлығы {total}',
      page: '{page}-бет',
      sortBy: 'Сұрыптау',
    },
  },
  ru: {
    adalTable: {
      scrollHint: 'Прокрутите таблицу вбок, чтобы увидеть все столбцы',
      pages: 'Страницы таблицы',
      previous: 'Назад',
      next: 'Вперёд',
      range: '{from}–{to} из {total}',
      page: 'Страница {page}',
      sortBy: 'Сортировка',
    },
  },
  en: {
    adalTable: {
      scrollHint: 'Scroll the table sideways to see every column',
      pages: 'Table pages',
      previous: 'Previous',
      next: 'Next',
      range: '{from}–{to} of {total}',
      page: 'Page {page}',
      sortBy: 'Sort by',
    },
  },
} satisfies AdalMessages;
