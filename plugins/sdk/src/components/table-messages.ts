import type { AdalMessages } from '../locale';

/**
 * The table's own words. They are the sdk's, not each plugin's: every table of every plugin
 * pages and scrolls the same way, and says so the same way (its pager's buttons are PagerNav's).
 */
export const tableMessages = {
  kk: {
    adalTable: {
      scrollHint: 'Барлық бағанды көру үшін кестені көлденеңінен айналдырыңыз',
      pages: 'Кесте беттері',
      range: '{from}–{to}, барлығы {total}',
    },
  },
  ru: {
    adalTable: {
      scrollHint: 'Прокрутите таблицу вбок, чтобы увидеть все столбцы',
      pages: 'Страницы таблицы',
      range: '{from}–{to} из {total}',
    },
  },
  en: {
    adalTable: {
      scrollHint: 'Scroll the table sideways to see every column',
      pages: 'Table pages',
      range: '{from}–{to} of {total}',
    },
  },
} satisfies AdalMessages;
