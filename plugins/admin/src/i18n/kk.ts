import type { AdalMessageTree } from '@adal/sdk';
import type { en } from './en';

export const kk = {
  nav: { orgUnits: 'Бөлімшелер' },
  common: {
    loading: 'Жүктелуде…',
    retry: 'Қайталау',
    close: 'Жабу',
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
  orgUnits: {
    title: 'Бөлімшелер',
    intro: 'Қызметкерлер тізімімен бірге жүктелген ұйым құрылымы.',
    empty: 'Ұйымда әзірге бөлімше жоқ. Оларды құру үшін қызметкерлер тізімін жүктеңіз.',
    columns: { path: 'Бөлімше', code: 'Код' },
  },
} satisfies typeof en & AdalMessageTree;
