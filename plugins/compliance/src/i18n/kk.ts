import type { AdalMessageTree } from '@adal/sdk';
import type { en } from './en';

export const kk = {
  plugin: { title: 'Комплаенс бағдарламасы' },
  work: {},
  nav: {},
  common: {
    loading: 'Жүктелуде…',
    retry: 'Қайталау',
    cancel: 'Бас тарту',
    save: 'Сақтау',
    edit: 'Өзгерту',
    remove: 'Жою',
    close: 'Жабу',
    optional: 'міндетті емес',
  },
  errors: {
    UNAUTHENTICATED: 'Сеанс аяқталды. Қайта кіріңіз.',
    FORBIDDEN: 'Бұл бетке кіруге құқығыңыз жоқ.',
    NOT_FOUND: 'Мұнда ештеңе табылмады. Ол жойылған болуы мүмкін.',
    VALIDATION: 'Сервер деректерді қабылдамады.',
    CONFLICT: 'Бұл әрекет орындалып қойған немесе енді мүмкін емес.',
    INTERNAL: 'Серверде қате болды. Кейінірек қайталаңыз.',
    NETWORK: 'Серверге қосылу мүмкін болмады. Байланысты тексеріп, қайталаңыз.',
    RATE_LIMITED: 'Әрекет тым көп болды. Бірнеше минут күтіп, қайталаңыз.',
  },
} satisfies AdalMessageTree & typeof en;
