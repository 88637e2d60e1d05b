import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import type { ImportTable } from '../../org/import-table.js';
import { keyedRowError, type ImportRowError } from '../../org/people-import-rows.js';
import type { HrActionInitiator, HrActionKind } from './hr-action.entity.js';

/** One HR action of an export, checked; the person is still to be found by email or IIN. */
export interface HrActionRow {
  row: number;
  email: string | null;
  iin: string | null;
  kind: HrActionKind;
  initiator: HrActionInitiator;
  decidedOn: CalendarDay;
  description: string;
}

export const HR_ACTION_COLUMNS = ['email', 'iin', 'kind', 'initiator', 'decided_on', 'description'] as const;

export const MAX_DESCRIPTION_LENGTH = 5000;

/** HR systems write the kind in their own language: the English code, Russian or Kazakh. */
const KINDS: Readonly<Record<string, HrActionKind>> = {
  dismissal: 'dismissal',
  увольнение: 'dismissal',
  'жұмыстан шығару': 'dismissal',
  transfer: 'transfer',
  перевод: 'transfer',
  ауыстыру: 'transfer',
  disciplinary: 'disciplinary',
  взыскание: 'disciplinary',
  'дисциплинарное взыскание': 'disciplinary',
  'тәртіптік жаза': 'disciplinary',
};

/** Who initiated it, as HR systems and people write it: the code, Russian or Kazakh. */
const INITIATORS: Readonly<Record<string, HrActionInitiator>> = {
  employer: 'employer',
  работодатель: 'employer',
  'инициатива работодателя': 'employer',
  'по инициативе работодателя': 'employer',
  'жұмыс беруші': 'employer',
  'жұмыс берушінің бастамасы': 'employer',
  'жұмыс берушінің бастамасы бойынша': 'employer',
  employee: 'employee',
  работник: 'employee',
  'по собственному желанию': 'employee',
  'инициатива работника': 'employee',
  'по инициативе работника': 'employee',
  қызметкер: 'employee',
  'өз қалауы бойынша': 'employee',
  'қызметкердің бастамасы': 'employee',
  'қызметкердің бастамасы бойынша': 'employee',
  agreement: 'agreement',
  'соглашение сторон': 'agreement',
  'по соглашению сторон': 'agreement',
  'тараптардың келісімі': 'agreement',
  'тараптардың келісімі бойынша': 'agreement',
  beyond_parties: 'beyond_parties',
  'beyond the parties': 'beyond_parties',
  'независящие от воли сторон': 'beyond_parties',
  'по обстоятельствам, не зависящим от воли сторон': 'beyond_parties',
  'тараптардың еркіне байланысты емес': 'beyond_parties',
};

export function parseHrActionInitiator(text: string): HrActionInitiator | null {
  return INITIATORS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export function parseHrActionKind(text: string): HrActionKind | null {
  return KINDS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Checks every row; all problems are reported at once, each with its row and column. */
export function parseHrActionRows(table: ImportTable): { rows: HrActionRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const missing = ['kind', 'initiator', 'decided_on', 'description'].filter(
    (column) => !table.columns.includes(column),
  );
  for (const column of missing) errors.push(keyedRowError(1, column, 'hotline.hrImport.missingColumn'));
  if (!table.columns.includes('email') && !table.columns.includes('iin')) {
    errors.push(keyedRowError(1, 'email', 'hotline.hrImport.personColumn'));
  }
  if (errors.length > 0) return { rows: [], errors };
  if (table.rows.length === 0)
    return { rows: [], errors: [keyedRowError(2, null, 'hotline.hrImport.empty')] };

  const rows: HrActionRow[] = [];
  for (const { row, values } of table.rows) {
    const before = errors.length;
    const email = (values['email'] ?? '').toLowerCase() || null;
    const iin = (values['iin'] ?? '').replace(/\s/g, '') || null;
    if (!email && !iin) errors.push(keyedRowError(row, 'email', 'hotline.hrImport.personRequired'));
    else if (iin && !/^\d{12}$/.test(iin))
      errors.push(keyedRowError(row, 'iin', 'hotline.hrImport.iinInvalid', { value: iin }));

    const kindText = values['kind'] ?? '';
    const kind = parseHrActionKind(kindText);
    if (!kindText) errors.push(keyedRowError(row, 'kind', 'hotline.hrImport.kindRequired'));
    else if (!kind)
      errors.push(keyedRowError(row, 'kind', 'hotline.hrImport.kindUnknown', { value: kindText }));

    // §40.1 holds only the employer's initiative, so an action with no initiator cannot be judged.
    const initiatorText = values['initiator'] ?? '';
    const initiator = parseHrActionInitiator(initiatorText);
    if (!initiatorText) errors.push(keyedRowError(row, 'initiator', 'hotline.hr.initiatorRequired'));
    else if (!initiator)
      errors.push(
        keyedRowError(row, 'initiator', 'hotline.hrImport.initiatorUnknown', { value: initiatorText }),
      );

    const dateText = values['decided_on'] ?? '';
    const decidedOn = parseCalendarDay(dateText);
    if (!dateText) errors.push(keyedRowError(row, 'decided_on', 'hotline.hrImport.dateRequired'));
    else if (!decidedOn)
      errors.push(keyedRowError(row, 'decided_on', 'hotline.hrImport.notDate', { value: dateText }));

    const description = (values['description'] ?? '').trim();
    if (!description) errors.push(keyedRowError(row, 'description', 'hotline.hr.descriptionRequired'));
    else if (description.length > MAX_DESCRIPTION_LENGTH) {
      errors.push(
        keyedRowError(row, 'description', 'hotline.hr.descriptionTooLong', { max: MAX_DESCRIPTION_LENGTH }),
      );
    }

    if (errors.length === before && kind && initiator && decidedOn) {
      rows.push({ row, email, iin, kind, initiator, decidedOn, description });
    }
  }
  return { rows, errors };
}
