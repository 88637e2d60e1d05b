import {
  formatKazakhstanDateTime,
  type CampaignDeclarantRow,
  type CampaignProgress,
  type DeclarationStatus,
  type Locale,
  type ProgressCounts,
} from '@adal/domain';
import { inertText } from '../files/formula-text.js';
import { tablesXlsx } from '../files/xlsx-tables.js';

interface Texts {
  figures: string;
  people: string;
  orgUnit: string;
  total: string;
  whole: string;
  counts: Record<keyof ProgressCounts, string>;
  fullName: string;
  email: string;
  supplier: string;
  bin: string;
  status: string;
  dueOn: string;
  submittedAt: string;
  declaredInterest: string;
  reminders: string;
  yes: string;
  no: string;
  statuses: Record<DeclarationStatus, string>;
}

const TEXTS: Record<Locale, Texts> = {
  kk: {
    figures: 'Бөлімшелер бойынша',
    people: 'Декларанттар',
    orgUnit: 'Бөлімше',
    total: 'Барлығы',
    whole: 'барлығы',
    counts: {
      total: 'Барлығы',
      submitted: 'Тапсырды',
      pending: 'Күтілуде',
      overdue: 'Мерзімі өтті',
      missed: 'Тапсырмады',
    },
    fullName: 'Аты-жөні',
    email: 'Электрондық пошта',
    supplier: 'Жеткізуші',
    bin: 'БСН',
    status: 'Мәртебе',
    dueOn: 'Мерзімі',
    submittedAt: 'Тапсырылған күні',
    declaredInterest: 'Мүдде мәлімделді',
    reminders: 'Еске салулар',
    yes: 'иә',
    no: 'жоқ',
    statuses: {
      submitted: 'Тапсырылды',
      pending: 'Күтілуде',
      overdue: 'Мерзімі өтті',
      missed: 'Тапсырылмады',
    },
  },
  ru: {
    figures: 'По подразделениям',
    people: 'Декларанты',
    orgUnit: 'Подразделение',
    total: 'Всего',
    whole: 'всего',
    counts: {
      total: 'Всего',
      submitted: 'Подали',
      pending: 'Ожидается',
      overdue: 'Просрочено',
      missed: 'Не подали',
    },
    fullName: 'ФИО',
    email: 'Эл. почта',
    supplier: 'Поставщик',
    bin: 'БИН',
    status: 'Статус',
    dueOn: 'Срок',
    submittedAt: 'Подана',
    declaredInterest: 'Заявлен интерес',
    reminders: 'Напоминания',
    yes: 'да',
    no: 'нет',
    statuses: { submitted: 'Подана', pending: 'Ожидается', overdue: 'Просрочена', missed: 'Не подана' },
  },
  en: {
    figures: 'By unit',
    people: 'Declarants',
    orgUnit: 'Unit',
    total: 'Total',
    whole: 'whole',
    counts: {
      total: 'Total',
      submitted: 'Submitted',
      pending: 'Pending',
      overdue: 'Overdue',
      missed: 'Missed',
    },
    fullName: 'Full name',
    email: 'E-mail',
    supplier: 'Supplier',
    bin: 'BIN',
    status: 'Status',
    dueOn: 'Due on',
    submittedAt: 'Submitted at',
    declaredInterest: 'Interest declared',
    reminders: 'Reminders',
    yes: 'yes',
    no: 'no',
    statuses: { submitted: 'Submitted', pending: 'Pending', overdue: 'Overdue', missed: 'Missed' },
  },
};

const COUNT_KEYS: (keyof ProgressCounts)[] = ['total', 'submitted', 'pending', 'overdue', 'missed'];

/** §72.2: a campaign's progress by unit and its declarants, in the reader's language, as a workbook. */
export async function campaignProgressXlsx(
  progress: CampaignProgress,
  declarants: readonly CampaignDeclarantRow[],
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = TEXTS[locale];
  const figures = [
    [t.orgUnit, ...COUNT_KEYS.map((key) => t.counts[key])],
    [`${progress.campaign.title[locale]} (${t.whole})`, ...COUNT_KEYS.map((key) => progress.totals[key])],
    ...progress.units.map((unit) => [unit.names[locale], ...COUNT_KEYS.map((key) => unit[key])]),
  ];
  const people = [
    [
      t.fullName,
      t.email,
      t.orgUnit,
      t.supplier,
      t.bin,
      t.status,
      t.dueOn,
      t.submittedAt,
      t.declaredInterest,
      t.reminders,
    ],
    ...declarants.map((row) => [
      row.fullName ?? '',
      row.email ?? '',
      row.orgUnitNames?.[locale] ?? '',
      row.supplierName ?? '',
      row.supplierBin ?? '',
      t.statuses[row.status],
      row.dueOn,
      row.submittedAt ? formatKazakhstanDateTime(row.submittedAt) : '',
      row.declaredInterest ? t.yes : t.no,
      row.reminderCount,
    ]),
  ];
  const inert = (rows: readonly (readonly (string | number)[])[]) =>
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? inertText(cell) : cell)));
  return tablesXlsx([
    { name: t.figures, rows: inert(figures), widths: { first: 40, rest: 18 } },
    { name: t.people, rows: inert(people), widths: { first: 40, rest: 18 } },
  ]);
}
