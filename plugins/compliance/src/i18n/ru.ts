import type { AdalMessageTree } from '@adal/sdk';
import type { en } from './en';

export const ru = {
  plugin: { title: 'Комплаенс-программа' },
  work: {},
  nav: {},
  common: {
    loading: 'Загрузка…',
    retry: 'Повторить',
    cancel: 'Отмена',
    save: 'Сохранить',
    edit: 'Изменить',
    remove: 'Удалить',
    close: 'Закрыть',
    optional: 'необязательно',
  },
  errors: {
    UNAUTHENTICATED: 'Сеанс завершён. Войдите снова.',
    FORBIDDEN: 'У вас нет доступа к этой странице.',
    NOT_FOUND: 'Здесь ничего не найдено. Возможно, это удалено.',
    VALIDATION: 'Сервер не принял данные.',
    CONFLICT: 'Это уже сделано или больше невозможно.',
    INTERNAL: 'На сервере произошла ошибка. Повторите позже.',
    NETWORK: 'Сервер недоступен. Проверьте подключение и повторите.',
    RATE_LIMITED: 'Слишком много попыток. Подождите несколько минут и повторите.',
  },
} satisfies AdalMessageTree & typeof en;
