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

/** A calendar day (YYYY-MM-DD) as `formatDay` writes it. */
export function formatCalendarDay(day: string, locale: Locale): string {
  return formatDay(new Date(`${day.slice(0, 10)}T00:00:00Z`), locale);
}

/** A run of a certificate's statement: words of the language, or where the holder or the course goes. */
export type StatementPart = string | { slot: 'name' } | { slot: 'course' };

/** The holder's name and the course title, each in its own run: they are set larger and bold. */
const NAME = { slot: 'name' } as const;
const COURSE = { slot: 'course' } as const;

export const CERTIFICATE_TEXTS: Record<
  Locale,
  {
    title: string;
    certifies: string;
    /**
     * The statement line by line, in the word order of the language: Kazakh puts the course
     * first and the verb last («…» курсы бойынша <name> тестілеуден сәтті өтті), Russian and
     * English the holder first and the course last.
     */
    statement: StatementPart[][];
    /** The quotation marks around the course title. */
    quotes: [string, string];
    issued: string;
    score: string;
    validUntil: string;
    code: string;
    verifyAt: string;
  }
> = {
  kk: {
    title: 'СЕРТИФИКАТ',
    certifies: 'Осы сертификат мынаны растайды:',
    statement: [[COURSE, ' курсы бойынша'], [NAME], ['тестілеуден сәтті өтті']],
    quotes: ['«', '»'],
    issued: 'Берілген күні',
    score: 'Нәтиже',
    validUntil: 'Жарамдылық мерзімі',
    code: 'Тексеру коды',
    verifyAt: 'Түпнұсқалығын мына мекенжайда немесе QR-код арқылы тексеруге болады:',
  },
  ru: {
    title: 'СЕРТИФИКАТ',
    certifies: 'Настоящий сертификат подтверждает, что',
    statement: [[NAME], ['успешно прошёл(-ла) тестирование по курсу'], [COURSE]],
    quotes: ['«', '»'],
    issued: 'Дата выдачи',
    score: 'Результат',
    validUntil: 'Действителен до',
    code: 'Код проверки',
    verifyAt: 'Подлинность можно проверить по адресу или по QR-коду:',
  },
  en: {
    title: 'CERTIFICATE',
    certifies: 'This certifies that',
    statement: [[NAME], ['has successfully passed the test of the course'], [COURSE]],
    quotes: ['“', '”'],
    issued: 'Date of issue',
    score: 'Score',
    validUntil: 'Valid until',
    code: 'Verification code',
    verifyAt: 'Verify this certificate at this address or by its QR code:',
  },
};

export const VERIFY_TEXTS: Record<
  Locale,
  {
    title: string;
    valid: string;
    expired: string;
    invalid: string;
    holder: string;
    course: string;
    organization: string;
    issued: string;
    score: string;
    validUntil: string;
    /** For a certificate that does not expire. */
    noExpiry: string;
    code: string;
    tooMany: string;
  }
> = {
  kk: {
    title: 'Сертификатты тексеру',
    valid: 'Сертификат жарамды',
    expired: 'Сертификаттың жарамдылық мерзімі өтті',
    invalid: 'Мұндай кодпен сертификат табылмады',
    holder: 'Иесі',
    course: 'Курс',
    organization: 'Ұйым',
    issued: 'Берілген күні',
    score: 'Нәтиже',
    validUntil: 'Жарамдылық мерзімі',
    noExpiry: 'Мерзімсіз',
    code: 'Тексеру коды',
    tooMany: 'Осы желіден тым көп сертификат тексерілді. Бір минуттан кейін қайталап көріңіз.',
  },
  ru: {
    title: 'Проверка сертификата',
    valid: 'Сертификат действителен',
    expired: 'Срок действия сертификата истёк',
    invalid: 'Сертификат с таким кодом не найден',
    holder: 'Владелец',
    course: 'Курс',
    organization: 'Организация',
    issued: 'Дата выдачи',
    score: 'Результат',
    validUntil: 'Действителен до',
    noExpiry: 'Бессрочно',
    code: 'Код проверки',
    tooMany: 'С этого подключения проверено слишком много сертификатов. Повторите попытку через минуту.',
  },
  en: {
    title: 'Certificate verification',
    valid: 'The certificate is valid',
    expired: 'The certificate has expired',
    invalid: 'No certificate has this code',
    holder: 'Holder',
    course: 'Course',
    organization: 'Organisation',
    issued: 'Date of issue',
    score: 'Score',
    validUntil: 'Valid until',
    noExpiry: 'Does not expire',
    code: 'Verification code',
    tooMany: 'Too many certificates were checked from this connection. Try again in a minute.',
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
    },
  },
  ru: {
    figures: 'Показатели',
    people: 'Сотрудники',
    orgUnit: 'Подразделение',
    total: 'всего',
    assigned: 'Назначено',
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
    },
  },
  en: {
    figures: 'Figures',
    people: 'People',
    orgUnit: 'Org unit',
    total: 'total',
    assigned: 'Assigned',
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
    },
  },
};
