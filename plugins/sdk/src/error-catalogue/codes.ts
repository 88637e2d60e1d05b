import type { AdalLocale } from '../locale';

/**
 * The general text of each error code: what any failure of that kind means. Shown when the server
 * names no message, or one the catalogue does not know. Small, so every language is always here;
 * the domain messages of a language load with it (catalogue.ts).
 */
export const ERROR_CODE_TEXTS = {
  kk: {
    UNAUTHENTICATED: 'Сеанс аяқталды. Қайта кіріңіз.',
    FORBIDDEN: 'Мұны істеуге құқығыңыз жоқ.',
    NOT_FOUND: 'Мұнда ештеңе табылмады. Ол жойылған болуы мүмкін.',
    VALIDATION: 'Сервер деректерді қабылдамады.',
    CONFLICT: 'Бұл әрекет орындалып қойған немесе енді мүмкін емес.',
    RATE_LIMITED: 'Әрекет тым көп болды. Бірнеше минут күтіп, қайталаңыз.',
    INTERNAL: 'Серверде қате болды. Кейінірек қайталаңыз.',
    NETWORK: 'Серверге қосылу мүмкін болмады. Байланысты тексеріп, қайталаңыз.',
  },
  ru: {
    UNAUTHENTICATED: 'Сеанс завершён. Войдите снова.',
    FORBIDDEN: 'У вас нет права это делать.',
    NOT_FOUND: 'Здесь ничего не найдено. Возможно, это удалено.',
    VALIDATION: 'Сервер не принял данные.',
    CONFLICT: 'Это уже сделано или больше невозможно.',
    RATE_LIMITED: 'Слишком много попыток. Подождите несколько минут и повторите.',
    INTERNAL: 'На сервере произошла ошибка. Повторите позже.',
    NETWORK: 'Сервер недоступен. Проверьте подключение и повторите.',
  },
  en: {
    UNAUTHENTICATED: 'Your session has ended. Sign in again.',
    FORBIDDEN: 'You may not do this.',
    NOT_FOUND: 'Nothing was found here. It may have been removed.',
    VALIDATION: 'The server did not accept the data.',
    CONFLICT: 'This has already been done or is no longer possible.',
    RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again.',
    INTERNAL: 'Something went wrong on the server. Try again later.',
    NETWORK: 'The server could not be reached. Check the connection and try again.',
  },
} as const satisfies Record<AdalLocale, Record<string, string>>;
