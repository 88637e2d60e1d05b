import { parseCalendarDay, type CalendarDay } from '../kernel/working-days.js';
import type { ImportTable } from '../org/import-table.js';
import type { ImportRowError } from '../org/people-import-rows.js';
import type { HrActionKind } from './hr-action.entity.js';

/** One HR action of an export, checked; the person is still to be found by email or IIN. */
export interface HrActionRow {
  row: number;
  email: string | null;
  iin: string | null;
  kind: HrActionKind;
  decidedOn: CalendarDay;
  description: string;
}

export const HR_ACTION_COLUMNS = ['email', 'iin', 'kind', 'decided_on', 'description'] as const;

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

export function parseHrActionKind(text: string): HrActionKind | null {
  return KINDS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Checks every row; all problems are reported at once, each with its row and column. */
export function parseHrActionRows(table: ImportTable): { rows: HrActionRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const missing = ['kind', 'decided_on', 'description'].filter((column) => !table.columns.includes(column));
  for (const column of missing)
    errors.push({ row: 1, column, message: 'this column is missing from the first row' });
  if (!table.columns.includes('email') && !table.columns.includes('iin')) {
    errors.push({ row: 1, column: 'email', message: 'name the person by an email or an iin column' });
  }
  if (errors.length > 0) return { rows: [], errors };
  if (table.rows.length === 0)
    return { rows: [], errors: [{ row: 2, message: 'the file has no HR actions' }] };

  const rows: HrActionRow[] = [];
  for (const { row, values } of table.rows) {
    const before = errors.length;
    const fail = (column: string, message: string): void => {
      errors.push({ row, column, message });
    };
    const email = (values['email'] ?? '').toLowerCase() || null;
    const iin = (values['iin'] ?? '').replace(/\s/g, '') || null;
    if (!email && !iin) fail('email', 'give the email or the IIN of the person');
    else if (iin && !/^\d{12}$/.test(iin)) fail('iin', `"${iin}" is not a 12-digit IIN`);

    const kindText = values['kind'] ?? '';
    const kind = parseHrActionKind(kindText);
    if (!kindText) fail('kind', 'is required: dismissal, transfer or disciplinary');
    else if (!kind) fail('kind', `"${kindText}" is not dismissal, transfer or disciplinary`);

    const dateText = values['decided_on'] ?? '';
    const decidedOn = parseCalendarDay(dateText);
    if (!dateText) fail('decided_on', 'is required');
    else if (!decidedOn) fail('decided_on', `"${dateText}" is not a date; use YYYY-MM-DD or DD.MM.YYYY`);

    const description = (values['description'] ?? '').trim();
    if (!description) fail('description', 'is required: what was decided and why');
    else if (description.length > MAX_DESCRIPTION_LENGTH) {
      fail('description', `must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
    }

    if (errors.length === before && kind && decidedOn) {
      rows.push({ row, email, iin, kind, decidedOn, description });
    }
  }
  return { rows, errors };
}
