import type { Locale } from '@adal/domain';

/** The public page's words in each language (§9.4–§11). */
export interface TransparencyTexts {
  title: string;
  languages: string;
  cartogram: string;
  cartogramIntro: string;
  noRisks: string;
  number: string;
  register: string;
  process: string;
  scheme: string;
  level: string;
  posts: string;
  exposedPosts: string;
  noPosts: string;
  plan: string;
  noMeasures: string;
  measure: string;
  deadline: string;
  completionForm: string;
  status: string;
  overdue: string;
  progress: (done: number, total: number) => string;
  reports: string;
  noReports: string;
  quarter: (year: number, quarter: number) => string;
  proposals: string;
  proposalIntro: string;
  proposalText: string;
  proposalHint: (min: number, max: number) => string;
  contact: string;
  contactHint: string;
  send: string;
  thanks: (receipt: string) => string;
  tooShort: (min: number, max: number) => string;
  tooMany: string;
  answered: string;
  noAnswered: string;
  accepted: string;
  rejected: string;
  notFound: string;
  registers: Record<'legal_acts' | 'activity', string>;
  levels: Record<'low' | 'medium' | 'high' | 'critical', string>;
  statuses: Record<'planned' | 'in_progress' | 'done', string>;
}

export const TRANSPARENCY_TEXTS: Record<Locale, TransparencyTexts> = {
  kk: {
    title: 'Сыбайлас жемқорлық тәуекелдері: ашық ақпарат',
    languages: 'Тіл',
    cartogram: 'Сыбайлас жемқорлық картограммасы',
    cartogramIntro: 'Жарияланған тәуекелдер деңгейі бойынша саралған: ең жоғарысы бірінші.',
    noRisks: 'Әзірге жарияланған тәуекел жоқ.',
    number: '№',
    register: 'Тізілім',
    process: 'Процесс немесе құжат',
    scheme: 'Сыбайлас жемқорлық схемасы',
    level: 'Деңгей',
    posts: 'Лауазымдар',
    exposedPosts: 'Сыбайлас жемқорлық тәуекеліне ұшыраған лауазымдар',
    noPosts: 'Лауазымдар тізімі әзірге жоқ.',
    plan: 'Тәуекелдерді жою жоспарының орындалуы',
    noMeasures: 'Жарияланған жоспарда шаралар әзірге жоқ.',
    measure: 'Шара',
    deadline: 'Мерзімі',
    completionForm: 'Аяқталу нысаны',
    status: 'Күйі',
    overdue: 'мерзімі өтті',
    progress: (d, t) => `${t} шараның ${d} орындалды.`,
    reports: 'Тоқсандық есептер',
    noReports: 'Әзірге есеп жарияланған жоқ.',
    quarter: (y, q) => `${y} жыл, ${q}-тоқсан`,
    proposals: 'Ұсыныстар',
    proposalIntro: 'Тәуекелдерді жою бойынша ұсынысыңызды жіберіңіз. Аты-жөніңізді көрсету міндетті емес.',
    proposalText: 'Ұсыныс',
    proposalHint: (min, max) => `${min}–${max} таңба`,
    contact: 'Жауапқа арналған байланыс (міндетті емес)',
    contactHint: 'Электрондық пошта немесе телефон; жарияланбайды.',
    send: 'Ұсынысты жіберу',
    thanks: (r) => `Ұсынысыңыз қабылданды. Нөмірі: ${r}. Жауап осы бетте жарияланады.`,
    tooShort: (min, max) => `Ұсынысты ${min}–${max} таңба көлемінде жазыңыз.`,
    tooMany: 'Бұл қосылымнан ұсыныстар тым көп жіберілді. Кейінірек қайталаңыз.',
    answered: 'Жауап берілген ұсыныстар',
    noAnswered: 'Әзірге жауап берілген ұсыныс жоқ.',
    accepted: 'Қабылданды',
    rejected: 'Қабылданбады',
    notFound: 'Мұндай бет жоқ немесе ол өшірілген.',
    registers: {
      legal_acts: 'Құқықтық актілер және ішкі құжаттар',
      activity: 'Ұйымдастырушылық-басқарушылық қызмет',
    },
    levels: { low: 'Төмен', medium: 'Орташа', high: 'Жоғары', critical: 'Өте жоғары' },
    statuses: { planned: 'Жоспарланған', in_progress: 'Орындалуда', done: 'Орындалды' },
  },
  ru: {
    title: 'Коррупционные риски: открытая информация',
    languages: 'Язык',
    cartogram: 'Коррупционная картограмма',
    cartogramIntro: 'Опубликованные риски ранжированы по уровню: самые высокие первыми.',
    noRisks: 'Опубликованных рисков пока нет.',
    number: '№',
    register: 'Реестр',
    process: 'Процесс или документ',
    scheme: 'Коррупционная схема',
    level: 'Уровень',
    posts: 'Должности',
    exposedPosts: 'Должности, подверженные коррупционным рискам',
    noPosts: 'Перечня должностей пока нет.',
    plan: 'Исполнение плана устранения рисков',
    noMeasures: 'В опубликованном плане пока нет мер.',
    measure: 'Мера',
    deadline: 'Срок',
    completionForm: 'Форма завершения',
    status: 'Состояние',
    overdue: 'просрочено',
    // «из 1 меры», «из 21 меры», but «из 2 мер», «из 11 мер».
    progress: (d, t) => `Выполнено ${d} из ${t} ${t % 10 === 1 && t % 100 !== 11 ? 'меры' : 'мер'}.`,
    reports: 'Квартальные отчёты',
    noReports: 'Отчётов пока нет.',
    quarter: (y, q) => `${q} квартал ${y} года`,
    proposals: 'Предложения',
    proposalIntro: 'Направьте предложение по устранению рисков. Указывать имя не обязательно.',
    proposalText: 'Предложение',
    proposalHint: (min, max) => `от ${min} до ${max} символов`,
    contact: 'Контакт для ответа (необязательно)',
    contactHint: 'Электронная почта или телефон; не публикуется.',
    send: 'Отправить предложение',
    thanks: (r) => `Ваше предложение принято. Номер: ${r}. Ответ будет опубликован на этой странице.`,
    tooShort: (min, max) => `Напишите предложение длиной от ${min} до ${max} символов.`,
    tooMany: 'С этого подключения отправлено слишком много предложений. Попробуйте позже.',
    answered: 'Предложения с ответами',
    noAnswered: 'Ответов на предложения пока нет.',
    accepted: 'Принято',
    rejected: 'Отклонено',
    notFound: 'Такой страницы нет или она отключена.',
    registers: {
      legal_acts: 'Правовые акты и внутренние документы',
      activity: 'Организационно-управленческая деятельность',
    },
    levels: { low: 'Низкий', medium: 'Средний', high: 'Высокий', critical: 'Критический' },
    statuses: { planned: 'Запланировано', in_progress: 'Выполняется', done: 'Выполнено' },
  },
  en: {
    title: 'Corruption risks: open information',
    languages: 'Language',
    cartogram: 'Corruption cartogram',
    cartogramIntro: 'The published risks, ranked by level: the highest first.',
    noRisks: 'No risk is published yet.',
    number: 'No.',
    register: 'Register',
    process: 'Process or document',
    scheme: 'Corruption scheme',
    level: 'Level',
    posts: 'Posts',
    exposedPosts: 'Posts exposed to corruption risks',
    noPosts: 'No list of posts yet.',
    plan: 'Progress of the risk elimination plan',
    noMeasures: 'The published plan has no measures yet.',
    measure: 'Measure',
    deadline: 'Deadline',
    completionForm: 'Form of completion',
    status: 'Status',
    overdue: 'overdue',
    progress: (d, t) => `${d} of ${t} measures done.`,
    reports: 'Quarterly reports',
    noReports: 'No report is published yet.',
    quarter: (y, q) => `Quarter ${q} of ${y}`,
    proposals: 'Proposals',
    proposalIntro: 'Send a proposal on eliminating the risks. You need not give your name.',
    proposalText: 'Proposal',
    proposalHint: (min, max) => `${min} to ${max} characters`,
    contact: 'Contact for the answer (optional)',
    contactHint: 'An e-mail or a phone; never published.',
    send: 'Send the proposal',
    thanks: (r) => `Your proposal is received. Its number: ${r}. The answer will be published on this page.`,
    tooShort: (min, max) => `Write the proposal in ${min} to ${max} characters.`,
    tooMany: 'Too many proposals were sent from this connection. Try again later.',
    answered: 'Answered proposals',
    noAnswered: 'No proposal is answered yet.',
    accepted: 'Accepted',
    rejected: 'Not accepted',
    notFound: 'There is no such page, or it is turned off.',
    registers: {
      legal_acts: 'Legal acts and internal documents',
      activity: 'Organisational and management activity',
    },
    levels: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    statuses: { planned: 'Planned', in_progress: 'In progress', done: 'Done' },
  },
};
