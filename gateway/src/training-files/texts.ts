import { isLocale, type EnrolmentStatus, type Locale } from '@adal/domain';

/** The language of a page or file: `?lang=`, else the first supported Accept-Language, else Kazakh. */
export function requestLocale(request: Request, url: URL): Locale {
  const asked = url.searchParams.get('lang');
  if (asked && isLocale(asked)) return asked;
  const accepted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim().slice(0, 2).toLowerCase() ?? '');
  return accepted.find((tag): tag is Locale => isLocale(tag)) ?? 'kk';
}

export function formatDay(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export const CERTIFICATE_TEXTS: Record<
  Locale,
  {
    title: string;
    certifies: string;
    passed: string;
    issued: string;
    score: string;
    code: string;
    verifyAt: string;
  }
> = {
  kk: {
    title: 'СЕРТИФИКАТ',
    certifies: 'Осы сертификат мынаны растайды:',
    passed: 'курсы бойынша тесттен сәтті өтті',
    issued: 'Берілген күні',
    score: 'Нәтиже',
    code: 'Тексеру коды',
    verifyAt: 'Түпнұсқалығын мына мекенжайда тексеруге болады:',
  },
  ru: {
    title: 'СЕРТИФИКАТ',
    certifies: 'Настоящий сертификат подтверждает, что',
    passed: 'успешно прошёл(-ла) тест по курсу',
    issued: 'Дата выдачи',
    score: 'Результат',
    code: 'Код проверки',
    verifyAt: 'Подлинность можно проверить по адресу:',
  },
  en: {
    title: 'CERTIFICATE',
    certifies: 'This certifies that',
    passed: 'has passed the test of the course',
    issued: 'Date of issue',
    score: 'Score',
    code: 'Verification code',
    verifyAt: 'Verify this certificate at:',
  },
};

export const VERIFY_TEXTS: Record<
  Locale,
  {
    title: string;
    valid: string;
    invalid: string;
    holder: string;
    course: string;
    organization: string;
    issued: string;
    score: string;
    code: string;
  }
> = {
  kk: {
    title: 'Сертификатты тексеру',
    valid: 'Сертификат жарамды',
    invalid: 'Мұндай кодпен сертификат табылмады',
    holder: 'Иесі',
    course: 'Курс',
    organization: 'Ұйым',
    issued: 'Берілген күні',
    score: 'Нәтиже',
    code: 'Тексеру коды',
  },
  ru: {
    title: 'Проверка сертификата',
    valid: 'Сертификат действителен',
    invalid: 'Сертификат с таким кодом не найден',
    holder: 'Владелец',
    course: 'Курс',
    organization: 'Организация',
    issued: 'Дата выдачи',
    score: 'Результат',
    code: 'Код проверки',
  },
  en: {
    title: 'Certificate verification',
    valid: 'The certificate is valid',
    invalid: 'No certificate has this code',
    holder: 'Holder',
    course: 'Course',
    organization: 'Organisation',
    issued: 'Date of issue',
    score: 'Score',
    code: 'Verification code',
  },
};

export const EXPORT_TEXTS: Record<
  Locale,
  {
    figures: string;
    people: string;
    orgUnit: string;
    total: string;
    assigned: string;
    notStarted: string;
    started: string;
    passed: string;
    failed: string;
    overdue: string;
    percentOf: string;
    fullName: string;
    email: string;
    course: string;
    status: string;
    dueOn: string;
    attempts: string;
    bestScore: string;
    statuses: Record<EnrolmentStatus, string>;
  }
> = {
  kk: {
    figures: 'Көрсеткіштер',
    people: 'Қызметкерлер',
    orgUnit: 'Бөлімше',
    total: 'барлығы',
    assigned: 'Тағайындалды',
    notStarted: 'Бастамады',
    started: 'Бастады',
    passed: 'Өтті',
    failed: 'Өтпеді',
    overdue: 'Мерзімі өтті',
    percentOf: '%',
    fullName: 'Аты-жөні',
    email: 'Email',
    course: 'Курс',
    status: 'Мәртебесі',
    dueOn: 'Мерзімі',
    attempts: 'Әрекеттер',
    bestScore: 'Үздік нәтиже, %',
    statuses: {
      not_started: 'Басталмаған',
      in_progress: 'Өтуде',
      passed: 'Тапсырылды',
      failed: 'Тапсырылмады',
      overdue: 'Мерзімі өтті',
      withdrawn: 'Тоқтатылды',
    },
  },
  ru: {
    figures: 'Показатели',
    people: 'Сотрудники',
    orgUnit: 'Подразделение',
    total: 'всего',
    assigned: 'Назначено',
    notStarted: 'Не начали',
    started: 'Начали',
    passed: 'Сдали',
    failed: 'Не сдали',
    overdue: 'Просрочено',
    percentOf: '%',
    fullName: 'ФИО',
    email: 'Email',
    course: 'Курс',
    status: 'Статус',
    dueOn: 'Срок',
    attempts: 'Попытки',
    bestScore: 'Лучший результат, %',
    statuses: {
      not_started: 'Не начат',
      in_progress: 'В процессе',
      passed: 'Пройден',
      failed: 'Не сдан',
      overdue: 'Просрочен',
      withdrawn: 'Отозван',
    },
  },
  en: {
    figures: 'Figures',
    people: 'People',
    orgUnit: 'Org unit',
    total: 'total',
    assigned: 'Assigned',
    notStarted: 'Not started',
    started: 'Started',
    passed: 'Passed',
    failed: 'Failed',
    overdue: 'Overdue',
    percentOf: '%',
    fullName: 'Full name',
    email: 'Email',
    course: 'Course',
    status: 'Status',
    dueOn: 'Due on',
    attempts: 'Attempts',
    bestScore: 'Best score, %',
    statuses: {
      not_started: 'Not started',
      in_progress: 'In progress',
      passed: 'Passed',
      failed: 'Failed',
      overdue: 'Overdue',
      withdrawn: 'Withdrawn',
    },
  },
};
