import { MONTH_NAMES, type Locale, type QuarterlyKpi, type RecommendationState } from '@adal/domain';

interface QuarterlyTexts {
  title: string;
  period: string;
  generated: string;
  byJob: string;
  onRequest: string;
  kpis: string;
  indicator: string;
  value: string;
  target: string;
  result: string;
  met: string;
  notMet: string;
  noTarget: string;
  withheld: string;
  months: string;
  month: string;
  received: string;
  acknowledgedInTime: string;
  processedInTime: string;
  substantiated: string;
  recommendations: string;
  state: string;
  count: string;
  states: Record<RecommendationState, string>;
  note: string;
  monthNames: readonly string[];
}

/** The quarterly report's words in the three interface languages. */
export const QUARTERLY_TEXTS: Record<Locale, QuarterlyTexts> = {
  kk: {
    title: 'Сенім желісінің тоқсандық есебі',
    period: 'Кезең',
    generated: 'Жасалған уақыты',
    byJob: 'кесте бойынша автоматты түрде',
    onRequest: 'сұрау бойынша',
    kpis: 'Негізгі көрсеткіштер және олардың мақсаттары',
    indicator: 'Көрсеткіш',
    value: 'Мәні',
    target: 'Мақсат',
    result: 'Нәтиже',
    met: 'Орындалды',
    notMet: 'Орындалмады',
    noTarget: 'Мақсат жоқ',
    withheld: '< 5 (жасырылған)',
    months: 'Айлар бойынша үрдістер',
    month: 'Ай',
    received: 'Түскені',
    acknowledgedInTime: 'Мерзімінде расталғаны',
    processedInTime: 'Мерзімінде қаралғаны',
    substantiated: 'Расталғаны (толық не ішінара)',
    recommendations: 'Ұсынымдар және олардың орындалуы',
    state: 'Күйі',
    count: 'Саны',
    states: {
      done_on_time: 'Мерзімінде орындалды',
      done_late: 'Кешігіп орындалды',
      open_in_time: 'Орындалуда, мерзімі өтпеген',
      open_overdue: 'Мерзімі өтті, орындалмаған',
    },
    note: '1-ден 4-ке дейінгі сандар «< 5» болып көрсетіледі, ол хабарлама берушіні анықтауға мүмкіндік бермейді. Есепте істердің мазмұны мен адамдардың аты-жөні жоқ. Қазақстан уақыты бойынша толық күндер есептеледі.',
    monthNames: MONTH_NAMES.kk,
  },
  ru: {
    title: 'Квартальный отчёт линии доверия',
    period: 'Период',
    generated: 'Сформирован',
    byJob: 'автоматически по расписанию',
    onRequest: 'по запросу',
    kpis: 'Ключевые показатели и их цели',
    indicator: 'Показатель',
    value: 'Значение',
    target: 'Цель',
    result: 'Итог',
    met: 'Достигнута',
    notMet: 'Не достигнута',
    noTarget: 'Без цели',
    withheld: '< 5 (скрыто)',
    months: 'Динамика по месяцам',
    month: 'Месяц',
    received: 'Поступило',
    acknowledgedInTime: 'Подтверждено в срок',
    processedInTime: 'Рассмотрено в срок',
    substantiated: 'Подтвердилось (полностью или частично)',
    recommendations: 'Рекомендации и их исполнение',
    state: 'Состояние',
    count: 'Количество',
    states: {
      done_on_time: 'Исполнены в срок',
      done_late: 'Исполнены с опозданием',
      open_in_time: 'Исполняются, срок не истёк',
      open_overdue: 'Срок истёк, не исполнены',
    },
    note: 'Числа от 1 до 4 показаны как «< 5», чтобы не указывать на заявителя. В отчёте нет содержания дел и имён. Считаются полные дни по времени Казахстана.',
    monthNames: MONTH_NAMES.ru,
  },
  en: {
    title: 'Quarterly hotline report',
    period: 'Period',
    generated: 'Generated',
    byJob: 'by the schedule',
    onRequest: 'on request',
    kpis: 'Key indicators against their targets',
    indicator: 'Indicator',
    value: 'Value',
    target: 'Target',
    result: 'Result',
    met: 'Met',
    notMet: 'Not met',
    noTarget: 'No target',
    withheld: '< 5 (withheld)',
    months: 'Trends by month',
    month: 'Month',
    received: 'Received',
    acknowledgedInTime: 'Acknowledged in time',
    processedInTime: 'Processed in time',
    substantiated: 'Substantiated (wholly or partly)',
    recommendations: 'Recommendations and their implementation',
    state: 'State',
    count: 'Count',
    states: {
      done_on_time: 'Implemented on time',
      done_late: 'Implemented late',
      open_in_time: 'Being implemented, not yet due',
      open_overdue: 'Past due, not implemented',
    },
    note: 'Figures of 1 to 4 are shown as "< 5", so that they cannot point at a reporter. The report holds no case content and no names. Whole days of Kazakhstan are counted.',
    monthNames: MONTH_NAMES.en,
  },
};

/** "2026-03" → "Наурыз 2026". */
/** "2026-Q3" as people write it: «2026 ж. 3-тоқсан», «3-й квартал 2026 г.», "Q3 2026". */
export function quarterName(quarter: string, locale: Locale): string {
  const [year, number] = quarter.split('-Q');
  if (locale === 'kk') return `${year} ж. ${number}-тоқсан`;
  if (locale === 'ru') return `${number}-й квартал ${year} г.`;
  return `Q${number} ${year}`;
}

export function monthName(month: string, locale: Locale): string {
  return `${QUARTERLY_TEXTS[locale].monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** A KPI's value or target as read in `locale`: "60 %", "60,5 %", "15". */
export function kpiFigure(value: number | null, unit: QuarterlyKpi['unit'], locale: Locale): string {
  if (value === null) return '—';
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
    maximumFractionDigits: 1,
  }).format(value);
  return unit === 'percent' ? `${number} %` : number;
}

/** The value cell of a KPI: withheld, or its figure. */
export function kpiValue(kpi: QuarterlyKpi, locale: Locale): string {
  return kpi.suppressed ? QUARTERLY_TEXTS[locale].withheld : kpiFigure(kpi.value, kpi.unit, locale);
}

export function kpiResult(kpi: QuarterlyKpi, locale: Locale): string {
  const t = QUARTERLY_TEXTS[locale];
  if (kpi.target === null) return t.noTarget;
  if (kpi.met === null) return '—';
  return kpi.met ? t.met : t.notMet;
}
