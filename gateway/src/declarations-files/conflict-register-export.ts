import {
  formatCalendarDay,
  forTenant,
  listConflictRegister,
  MAX_REGISTER_PAGE,
  kazakhstanDay,
  type Actor,
  type ConflictMeasure,
  type ConflictRegisterRow,
  type ConflictRegisterStatus,
  type ConflictSource,
  type Locale,
} from '@adal/domain';
import { authenticate } from '../auth/authenticate.js';
import { signInRequired } from '../errors/plain-responses.js';
import { inertText } from '../files/formula-text.js';
import { tablesXlsx } from '../files/xlsx-tables.js';
import { requestLocale } from '../training-files/texts.js';
import { xlsxDownload } from '../files/xlsx-download.js';
import type { DeclarationsFilesOptions } from './use-declarations-files.js';

export const CONFLICT_REGISTER_EXPORT = '/declarations/conflicts/register.xlsx';
/** The most rows one export reads, a page of the register at a time. */
const MAX_EXPORT_ROWS = 20_000;

type Column = Exclude<keyof ConflictRegisterRow, 'id' | 'sourceId'>;

/** The register's columns in the order of the page's table, then the steps' days. */
const COLUMNS: readonly Column[] = [
  'caseNumber',
  'source',
  'person',
  'relatedPersonName',
  'counterparty',
  'description',
  'status',
  'identifiedOn',
  'notifiedOn',
  'forwardedOn',
  'concludedOn',
  'decidedOn',
  'transferredOn',
  'settledOn',
  'settledInTime',
  'measureCodes',
  'measures',
];

interface Texts {
  sheet: string;
  headings: Record<Column, string>;
  sources: Record<ConflictSource, string>;
  statuses: Record<ConflictRegisterStatus, string>;
  measures: Record<ConflictMeasure, string>;
  yes: string;
  no: string;
}

const TEXTS: Record<Locale, Texts> = {
  kk: {
    sheet: 'Тізілім',
    headings: {
      caseNumber: 'Нөмірі',
      source: 'Дереккөзі',
      person: 'Қызметкер',
      relatedPersonName: 'Байланысты адам',
      counterparty: 'Контрагент',
      description: 'Сипаттамасы',
      status: 'Мәртебесі',
      identifiedOn: 'Анықталды',
      notifiedOn: 'Хабарланды',
      forwardedOn: 'Жолданды',
      concludedOn: 'Қорытынды берілді',
      decidedOn: 'Шешім қабылданды',
      transferredOn: 'Ауыстырылды',
      settledOn: 'Реттелді',
      settledInTime: 'Мерзімінде реттелді',
      measureCodes: 'Шаралар',
      measures: 'Шешім туралы жазба',
    },
    sources: {
      notification: 'Хабарлама',
      campaign: 'Декларациялау науқаны',
      quarterly_analysis: 'Тоқсандық талдау',
      audit: 'Аудит',
      hotline: 'Сенім желісі',
    },
    statuses: { open: 'Ашық', settled: 'Реттелді', no_conflict: 'Қақтығыс жоқ' },
    measures: {
      remove_from_matter: 'Мәселені басқа адамға тапсыру',
      change_duties: 'Міндеттерді өзгерту',
      other_measures: 'Өзге шаралар',
      assign_course: 'Қысқа курс тағайындау',
      transfer_to_equivalent_post: 'Тең дәрежелі лауазымға ауыстыру',
    },
    yes: 'иә',
    no: 'жоқ',
  },
  ru: {
    sheet: 'Реестр',
    headings: {
      caseNumber: 'Номер',
      source: 'Источник',
      person: 'Работник',
      relatedPersonName: 'Связанное лицо',
      counterparty: 'Контрагент',
      description: 'Описание',
      status: 'Статус',
      identifiedOn: 'Выявлен',
      notifiedOn: 'Уведомление',
      forwardedOn: 'Направлен',
      concludedOn: 'Заключение',
      decidedOn: 'Решение',
      transferredOn: 'Перевод',
      settledOn: 'Урегулирован',
      settledInTime: 'Урегулирован в срок',
      measureCodes: 'Меры',
      measures: 'Запись о решении',
    },
    sources: {
      notification: 'Уведомление',
      campaign: 'Декларационная кампания',
      quarterly_analysis: 'Квартальный анализ',
      audit: 'Аудит',
      hotline: 'Горячая линия',
    },
    statuses: { open: 'Открыт', settled: 'Урегулирован', no_conflict: 'Конфликта нет' },
    measures: {
      remove_from_matter: 'Поручить вопрос другому лицу',
      change_duties: 'Изменить обязанности',
      other_measures: 'Иные меры',
      assign_course: 'Назначить краткий курс',
      transfer_to_equivalent_post: 'Перевести на равнозначную должность',
    },
    yes: 'да',
    no: 'нет',
  },
  en: {
    sheet: 'Register',
    headings: {
      caseNumber: 'Number',
      source: 'Source',
      person: 'Employee',
      relatedPersonName: 'Related person',
      counterparty: 'Counterparty',
      description: 'Description',
      status: 'Status',
      identifiedOn: 'Identified',
      notifiedOn: 'Notified',
      forwardedOn: 'Forwarded',
      concludedOn: 'Concluded',
      decidedOn: 'Decided',
      transferredOn: 'Transferred',
      settledOn: 'Settled',
      settledInTime: 'Settled in time',
      measureCodes: 'Measures',
      measures: 'Decision note',
    },
    sources: {
      notification: 'Notification',
      campaign: 'Declaration campaign',
      quarterly_analysis: 'Quarterly analysis',
      audit: 'Audit',
      hotline: 'Hotline',
    },
    statuses: { open: 'Open', settled: 'Settled', no_conflict: 'No conflict' },
    measures: {
      remove_from_matter: 'Hand the matter to another person',
      change_duties: 'Change the duties',
      other_measures: 'Other measures',
      assign_course: 'Assign a short course',
      transfer_to_equivalent_post: 'Transfer to an equivalent post',
    },
    yes: 'yes',
    no: 'no',
  },
};

function cell(row: ConflictRegisterRow, column: Column, t: Texts): string {
  switch (column) {
    case 'person':
      return row.person.fullName;
    case 'source':
      return t.sources[row.source];
    case 'status':
      return t.statuses[row.status];
    case 'measureCodes':
      return row.measureCodes.map((code) => t.measures[code]).join('; ');
    case 'settledInTime':
      return row.settledInTime === null ? '' : row.settledInTime ? t.yes : t.no;
    case 'identifiedOn':
    case 'notifiedOn':
    case 'forwardedOn':
    case 'concludedOn':
    case 'decidedOn':
    case 'transferredOn':
    case 'settledOn': {
      const day = row[column];
      return day ? formatCalendarDay(day) : '';
    }
    default:
      return row[column] ?? '';
  }
}

async function registerXlsx(
  rows: readonly ConflictRegisterRow[],
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = TEXTS[locale];
  return tablesXlsx([
    {
      name: t.sheet,
      rows: [
        COLUMNS.map((column) => t.headings[column]),
        ...rows.map((row) => COLUMNS.map((column) => inertText(cell(row, column, t)))),
      ],
    },
  ]);
}

/**
 * §14–§15: the conflict-of-interest register as a spreadsheet, with the search and filters of the
 * register page (`search`, `status`, `source`); who may export is the domain's rule.
 */
export async function exportConflictRegister(
  options: DeclarationsFilesOptions,
  request: Request,
  url: URL,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const em = forTenant(options.orm.em, actor.organizationId);
  const filter = {
    search: url.searchParams.get('search'),
    status: url.searchParams.get('status'),
    source: url.searchParams.get('source'),
  };
  const rows: ConflictRegisterRow[] = [];
  for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += MAX_REGISTER_PAGE) {
    const page = await listConflictRegister(em, actor, { ...filter, limit: MAX_REGISTER_PAGE, offset });
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) break;
  }
  const day = kazakhstanDay(new Date());
  return xlsxDownload(await registerXlsx(rows, requestLocale(request, url)), `conflict-register-${day}.xlsx`);
}
