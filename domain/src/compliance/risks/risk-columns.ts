import type { Locale, LocalizedText } from '../../kernel/locale.js';
import type { RiskConfidentiality, RiskLevel, RiskSource, RiskStatus } from './risk.entity.js';

/**
 * Annex 1: the columns of a register as a spreadsheet — number, process or document, scheme,
 * exposed posts, probability, frequency, impact, level, source, last review — and the optional
 * marks. An export names the columns asked for, in that order; an import reads those it finds.
 */
export const RISK_COLUMNS = [
  'number',
  'process_or_document',
  'scheme',
  'positions',
  'probability',
  'frequency',
  'impact',
  'score',
  'level',
  'source',
  'last_reviewed_on',
  'status',
  'confidentiality',
  'procurement',
] as const;
export type RiskColumn = (typeof RISK_COLUMNS)[number];

/** The default layout, after Annex 1's register descriptions. */
export const DEFAULT_RISK_COLUMNS: readonly RiskColumn[] = [
  'number',
  'process_or_document',
  'scheme',
  'positions',
  'probability',
  'frequency',
  'impact',
  'level',
  'source',
  'last_reviewed_on',
];

/** What an import cannot do without: the description and §9.2's scores. */
export const REQUIRED_IMPORT_COLUMNS: readonly RiskColumn[] = [
  'process_or_document',
  'scheme',
  'probability',
  'frequency',
  'impact',
];

/** Columns an import never reads: the number is given on creation, the score and level computed. */
export const COMPUTED_COLUMNS: readonly RiskColumn[] = ['number', 'score', 'level'];

export const RISK_COLUMN_HEADINGS: Record<RiskColumn, LocalizedText> = {
  number: { kk: 'Нөмірі', ru: 'Номер', en: 'Number' },
  process_or_document: {
    kk: 'Процесс немесе құжат',
    ru: 'Процесс или документ',
    en: 'Process or document',
  },
  scheme: { kk: 'Сыбайлас жемқорлық схемасы', ru: 'Коррупционная схема', en: 'Corruption scheme' },
  positions: {
    kk: 'Тәуекелге ұшыраған лауазымдар',
    ru: 'Должности, подверженные риску',
    en: 'Exposed positions',
  },
  probability: { kk: 'Ықтималдық', ru: 'Вероятность', en: 'Probability' },
  frequency: { kk: 'Жиілік', ru: 'Частота', en: 'Frequency' },
  impact: { kk: 'Салдары', ru: 'Последствия', en: 'Impact' },
  score: { kk: 'Балл', ru: 'Балл', en: 'Score' },
  level: { kk: 'Деңгейі', ru: 'Уровень', en: 'Level' },
  source: { kk: 'Дереккөз', ru: 'Источник', en: 'Source' },
  last_reviewed_on: { kk: 'Соңғы қарау', ru: 'Последний пересмотр', en: 'Last review' },
  status: { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
  confidentiality: { kk: 'Құпиялылық', ru: 'Конфиденциальность', en: 'Confidentiality' },
  procurement: { kk: 'Сатып алу', ru: 'Закупки', en: 'Procurement' },
};

export const RISK_LEVEL_NAMES: Record<RiskLevel, LocalizedText> = {
  low: { kk: 'Төмен', ru: 'Низкий', en: 'Low' },
  medium: { kk: 'Орташа', ru: 'Средний', en: 'Medium' },
  high: { kk: 'Жоғары', ru: 'Высокий', en: 'High' },
  critical: { kk: 'Өте жоғары', ru: 'Критический', en: 'Critical' },
};

export const RISK_SOURCE_NAMES: Record<RiskSource, LocalizedText> = {
  internal_analysis: { kk: 'Ішкі талдау', ru: 'Внутренний анализ', en: 'Internal analysis' },
  external_analysis: { kk: 'Сыртқы талдау', ru: 'Внешний анализ', en: 'External analysis' },
  audit: { kk: 'Тексеру, аудит', ru: 'Проверка, аудит', en: 'Audit' },
  hotline: { kk: 'Сенім телефоны', ru: 'Горячая линия', en: 'Hotline' },
  conflict_of_interest: {
    kk: 'Мүдделер қақтығысы',
    ru: 'Конфликт интересов',
    en: 'Conflict of interest',
  },
  media: { kk: 'БАҚ жарияланымдары', ru: 'Публикации в СМИ', en: 'Media' },
  complaint: { kk: 'Шағымдар, өтініштер', ru: 'Жалобы, обращения', en: 'Complaints' },
};

export const RISK_STATUS_NAMES: Record<RiskStatus, LocalizedText> = {
  open: { kk: 'Ашық', ru: 'Открыт', en: 'Open' },
  mitigated: { kk: 'Азайтылды', ru: 'Снижен', en: 'Mitigated' },
  retired: { kk: 'Өзекті емес', ru: 'Неактуален', en: 'Retired' },
};

export const RISK_CONFIDENTIALITY_NAMES: Record<RiskConfidentiality, LocalizedText> = {
  none: { kk: 'Жоқ', ru: 'Нет', en: 'None' },
  confidential: { kk: 'Құпия', ru: 'Конфиденциально', en: 'Confidential' },
  insider: { kk: 'Инсайдерлік', ru: 'Инсайдерская', en: 'Insider' },
  commercial: { kk: 'Коммерциялық', ru: 'Коммерческая', en: 'Commercial' },
  personal: { kk: 'Дербес деректер', ru: 'Персональные данные', en: 'Personal data' },
};

export const YES_NO: Record<'yes' | 'no', LocalizedText> = {
  yes: { kk: 'Иә', ru: 'Да', en: 'Yes' },
  no: { kk: 'Жоқ', ru: 'Нет', en: 'No' },
};

/** How a spreadsheet heading or a typed value is compared: case, spaces, hyphens and underscores aside. */
export function normalized(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/** Every way a value is written — its code and its name in each language — to the value. */
export function valueReader<T extends string>(names: Record<T, LocalizedText>): (text: string) => T | null {
  const map = new Map<string, T>();
  for (const [code, name] of Object.entries(names) as [T, LocalizedText][]) {
    map.set(normalized(code), code);
    for (const text of Object.values(name)) map.set(normalized(text), code);
  }
  return (text) => map.get(normalized(text)) ?? null;
}

/** The column a heading names: its code or its heading in any language; null when none. */
export const columnOfHeading = valueReader(RISK_COLUMN_HEADINGS);

export const headingOf = (column: RiskColumn, locale: Locale): string => RISK_COLUMN_HEADINGS[column][locale];
