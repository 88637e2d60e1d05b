import type { AdalMessageTree } from '@adal/sdk';
import type { en } from './en';

export const kk = {
  plugin: { title: 'Сыбайлас жемқорлыққа қарсы мәдениет' },
  work: {},
  nav: {
    myCulture: 'Менің мәдениет іс-шараларым',
    plan: 'Мәдениет жоспары',
    materials: 'Материалдар',
    surveys: 'Сауалнамалар',
  },
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
