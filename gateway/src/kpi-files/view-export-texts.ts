import type { Locale } from '@adal/domain';

/** The words of a KPI view's PDF and workbook, in the reader's language. */
export interface ViewExportTexts {
  exported: string;
  organization: string;
  ownOrganization: string;
  orgUnit: string;
  wholeOrganization: string;
  period: string;
  signedOff: (who: string, when: string) => string;
  notSignedOff: string;
  indicator: string;
  value: string;
  numerator: string;
  denominator: string;
  target: string;
  status: string;
  met: string;
  notMet: string;
  close: string;
  noTarget: string;
  suppressed: string;
  noValue: string;
  refused: string;
  commentary: string;
  unit: string;
  riskMap: string;
  likelihood: string;
  impact: string;
  risks: string;
  page: (n: number, of: number) => string;
}

export const VIEW_EXPORT_TEXTS: Record<Locale, ViewExportTexts> = {
  kk: {
    exported: 'Жүктеп алынған күні',
    organization: 'Ұйым',
    ownOrganization: 'Өз ұйымы',
    orgUnit: 'Бөлімше',
    wholeOrganization: 'Бүкіл ұйым',
    period: 'Кезең',
    signedOff: (who, when) => `Бекіткен: ${who}, ${when}`,
    notSignedOff: 'Кезеңнің көрсеткіштері әлі бекітілмеген',
    indicator: 'Көрсеткіш',
    value: 'Мәні',
    numerator: 'Алымы',
    denominator: 'Бөлімі',
    target: 'Мақсат',
    status: 'Жағдайы',
    met: 'Орындалды',
    notMet: 'Орындалмады',
    close: 'Мақсатқа жақын',
    noTarget: 'Мақсат жоқ',
    suppressed: '< 5 (жасырылған)',
    noValue: 'Дерек жоқ',
    refused: 'Рөліңіз бұл көрсеткішті көруге рұқсат бермейді',
    commentary: 'Түсініктеме',
    unit: 'Бөлімше',
    riskMap: 'Тәуекелдер картасы',
    likelihood: 'Ықтималдық',
    impact: 'Салдары',
    risks: 'Тәуекелдер',
    page: (n, of) => `${n}-бет / ${of}`,
  },
  ru: {
    exported: 'Дата выгрузки',
    organization: 'Организация',
    ownOrganization: 'Своя организация',
    orgUnit: 'Подразделение',
    wholeOrganization: 'Вся организация',
    period: 'Период',
    signedOff: (who, when) => `Утвердил(а): ${who}, ${when}`,
    notSignedOff: 'Показатели периода ещё не утверждены',
    indicator: 'Показатель',
    value: 'Значение',
    numerator: 'Числитель',
    denominator: 'Знаменатель',
    target: 'Цель',
    status: 'Состояние',
    met: 'Достигнута',
    notMet: 'Не достигнута',
    close: 'Близко к цели',
    noTarget: 'Без цели',
    suppressed: '< 5 (скрыто)',
    noValue: 'Нет данных',
    refused: 'Ваши роли не позволяют видеть этот показатель',
    commentary: 'Комментарий',
    unit: 'Подразделение',
    riskMap: 'Карта рисков',
    likelihood: 'Вероятность',
    impact: 'Последствия',
    risks: 'Риски',
    page: (n, of) => `Стр. ${n} из ${of}`,
  },
  en: {
    exported: 'Exported on',
    organization: 'Organisation',
    ownOrganization: 'Own organisation',
    orgUnit: 'Unit',
    wholeOrganization: 'Whole organisation',
    period: 'Period',
    signedOff: (who, when) => `Signed off by ${who}, ${when}`,
    notSignedOff: 'The figures of the period are not signed off yet',
    indicator: 'Indicator',
    value: 'Value',
    numerator: 'Numerator',
    denominator: 'Denominator',
    target: 'Target',
    status: 'Status',
    met: 'Met',
    notMet: 'Not met',
    close: 'Close to target',
    noTarget: 'No target',
    suppressed: '< 5 (withheld)',
    noValue: 'No data',
    refused: 'Your roles do not allow you to see this figure',
    commentary: 'Commentary',
    unit: 'Unit',
    riskMap: 'Risk map',
    likelihood: 'Likelihood',
    impact: 'Impact',
    risks: 'Risks',
    page: (n, of) => `Page ${n} of ${of}`,
  },
};
