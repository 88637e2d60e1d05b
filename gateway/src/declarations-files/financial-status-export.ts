import {
  FILING_STATUSES,
  financialDeclarationStatus,
  formatCalendarDay,
  forTenant,
  kazakhstanDay,
  type Actor,
  type DeclarantCategory,
  type DeclarantStatus,
  type FilingStatus,
  type Locale,
  type NoticeStanding,
} from '@adal/domain';
import { authenticate } from '../auth/authenticate.js';
import { plainText, signInRequired } from '../errors/plain-responses.js';
import { inertText } from '../files/formula-text.js';
import { tablesXlsx } from '../files/xlsx-tables.js';
import { xlsxDownload } from '../files/xlsx-download.js';
import { requestLocale } from '../training-files/texts.js';
import type { DeclarationsFilesOptions } from './use-declarations-files.js';

export const FINANCIAL_STATUS_EXPORT = '/declarations/financial/status.xlsx';

type Column =
  | 'fullName'
  | 'category'
  | 'form'
  | 'deadline'
  | 'filing'
  | 'filedOn'
  | 'dutyNotice'
  | 'reminder'
  | 'reminderDueOn'
  | 'trustManagementDueOn'
  | 'trustManagementSettledOn';

/** The page's table, each of its merged cells in a column of its own. */
const COLUMNS: readonly Column[] = [
  'fullName',
  'category',
  'form',
  'deadline',
  'filing',
  'filedOn',
  'dutyNotice',
  'reminder',
  'reminderDueOn',
  'trustManagementDueOn',
  'trustManagementSettledOn',
];

interface Texts {
  sheet: string;
  headings: Record<Column, string>;
  categories: Record<DeclarantCategory, string>;
  filing: Record<FilingStatus, string>;
  standing: Record<NoticeStanding, string>;
}

const TEXTS: Record<Locale, Texts> = {
  kk: {
    sheet: 'Декларанттар',
    headings: {
      fullName: 'Аты-жөні',
      category: 'Санат',
      form: 'Нысан',
      deadline: 'Мерзім',
      filing: 'Тапсыру',
      filedOn: 'Тапсырған күні',
      dutyNotice: 'Декларациялау міндеті туралы хабарлама',
      reminder: 'Мерзім алдындағы еске салу',
      reminderDueOn: 'Еске салу мерзімі',
      trustManagementDueOn: 'Сенімгерлік басқаруға беру мерзімі',
      trustManagementSettledOn: 'Сенімгерлік басқаруға берілген күні',
    },
    categories: {
      responsible_state_position: 'Жауапты мемлекеттік лауазым',
      authorised_state_functions: 'Мемлекеттік функцияларды орындауға уәкілетті',
      official: 'Лауазымды адам',
      equated: 'Теңестірілген адам',
      candidate: 'Кандидат',
    },
    filing: {
      filed: 'Тапсырылды',
      filed_late: 'Кешігіп тапсырылды',
      pending: 'Әлі тапсырылмаған',
      overdue: 'Мерзімі өтті',
      not_due: 'Талап етілмейді',
    },
    standing: {
      sent: 'Жіберілді',
      sent_late: 'Кешігіп жіберілді',
      pending: 'Жіберу керек',
      overdue: 'Мерзімі өтті',
    },
  },
  ru: {
    sheet: 'Декларанты',
    headings: {
      fullName: 'ФИО',
      category: 'Категория',
      form: 'Форма',
      deadline: 'Срок',
      filing: 'Подача',
      filedOn: 'Дата подачи',
      dutyNotice: 'Уведомление об обязанности декларировать',
      reminder: 'Напоминание до срока',
      reminderDueOn: 'Срок напоминания',
      trustManagementDueOn: 'Срок передачи в доверительное управление',
      trustManagementSettledOn: 'Передано в доверительное управление',
    },
    categories: {
      responsible_state_position: 'Ответственная государственная должность',
      authorised_state_functions: 'Уполномочен на выполнение государственных функций',
      official: 'Должностное лицо',
      equated: 'Приравненное лицо',
      candidate: 'Кандидат',
    },
    filing: {
      filed: 'Подана',
      filed_late: 'Подана с опозданием',
      pending: 'Ещё не подана',
      overdue: 'Просрочена',
      not_due: 'Не требуется',
    },
    standing: {
      sent: 'Отправлено',
      sent_late: 'Отправлено с опозданием',
      pending: 'К отправке',
      overdue: 'Просрочено',
    },
  },
  en: {
    sheet: 'Declarants',
    headings: {
      fullName: 'Full name',
      category: 'Category',
      form: 'Form',
      deadline: 'Deadline',
      filing: 'Filing',
      filedOn: 'Filed on',
      dutyNotice: 'Notice of the duty to declare',
      reminder: 'Reminder before the deadline',
      reminderDueOn: 'Reminder due on',
      trustManagementDueOn: 'Trust management due on',
      trustManagementSettledOn: 'Trust management settled on',
    },
    categories: {
      responsible_state_position: 'Responsible state position',
      authorised_state_functions: 'Authorised to perform state functions',
      official: 'Official',
      equated: 'Equated person',
      candidate: 'Candidate',
    },
    filing: {
      filed: 'Filed',
      filed_late: 'Filed late',
      pending: 'Not yet filed',
      overdue: 'Overdue',
      not_due: 'Nothing due',
    },
    standing: { sent: 'Sent', sent_late: 'Sent late', pending: 'To send', overdue: 'Overdue' },
  },
};

function cell(row: DeclarantStatus, column: Column, t: Texts): string {
  switch (column) {
    case 'fullName':
      return inertText(row.fullName);
    case 'category':
      return t.categories[row.category];
    case 'form':
      return row.form ?? '';
    case 'filing':
      return t.filing[row.filing];
    case 'dutyNotice':
    case 'reminder': {
      const standing = row[column];
      return standing ? t.standing[standing] : '';
    }
    default: {
      const day = row[column];
      return day ? formatCalendarDay(day) : '';
    }
  }
}

async function statusXlsx(
  rows: readonly DeclarantStatus[],
  year: number,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const t = TEXTS[locale];
  return tablesXlsx([
    {
      name: `${t.sheet} ${year}`,
      rows: [
        COLUMNS.map((column) => t.headings[column]),
        ...rows.map((row) => COLUMNS.map((column) => cell(row, column, t))),
      ],
      widths: { first: 36, rest: 20 },
    },
  ]);
}

/** The rows the page shows under its filing filter and name search, both optional. */
function shown(
  rows: readonly DeclarantStatus[],
  filing: FilingStatus | null,
  search: string,
): DeclarantStatus[] {
  const words = search.trim().toLowerCase();
  return rows.filter(
    (row) => (!filing || row.filing === filing) && row.fullName.toLowerCase().includes(words),
  );
}

/**
 * §24: who must declare in a unit's subtree for a year and where each filing stands, as the HR
 * register page shows it (`year`, `orgUnitId`, and the page's `filing` and `search`); who may
 * read it is the domain's rule.
 */
export async function exportFinancialStatus(
  options: DeclarationsFilesOptions,
  request: Request,
  url: URL,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const filing = url.searchParams.get('filing') || null;
  // Checked here as GraphQL's enum would, so that a mistyped filter is refused, not ignored.
  if (filing !== null && !(FILING_STATUSES as readonly string[]).includes(filing)) {
    return plainText(400, `filing: one of ${FILING_STATUSES.join(', ')}`);
  }
  // A missing or malformed year is Number's NaN or 0, which the domain refuses (VALIDATION → 400).
  const year = Number(url.searchParams.get('year') ?? '');
  const rows = await financialDeclarationStatus(forTenant(options.orm.em, actor.organizationId), actor, {
    year,
    orgUnitId: url.searchParams.get('orgUnitId') ?? '',
  });
  return xlsxDownload(
    await statusXlsx(
      shown(rows, filing as FilingStatus | null, url.searchParams.get('search') ?? ''),
      year,
      requestLocale(request, url),
    ),
    `financial-declarations-${year}-${kazakhstanDay(new Date())}.xlsx`,
  );
}
