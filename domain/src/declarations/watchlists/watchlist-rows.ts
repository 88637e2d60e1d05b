import type { ImportShape, ImportTable } from '../../org/import-table.js';
import { iinProblem } from '../../org/iin.js';
import { keyedRowError, type ImportRowError } from '../../org/people-import-rows.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { binProblem } from '../relatives/bin.js';
import type { SupplierRole, WatchlistKind } from './watchlist.entity.js';

/** A register's export of a large holding's suppliers runs to tens of thousands of people. */
export const MAX_WATCHLIST_ROWS = 50_000;
const MAX_NAME = 300;
const MAX_COMPANY = 500;

/** The columns each list reads; the first ones are required. */
export const WATCHLIST_COLUMNS: Readonly<Record<WatchlistKind, readonly string[]>> = {
  supplier_people: ['bin', 'company', 'full_name', 'iin', 'birth_date', 'role'],
  corruption_dismissals: ['full_name', 'iin', 'birth_date', 'dismissed_on', 'employer'],
};
const REQUIRED_COLUMNS: Readonly<Record<WatchlistKind, readonly string[]>> = {
  supplier_people: ['bin', 'company', 'full_name'],
  corruption_dismissals: ['full_name'],
};

export function watchlistShape(kind: WatchlistKind): ImportShape {
  return { columns: WATCHLIST_COLUMNS[kind], maxRows: MAX_WATCHLIST_ROWS };
}

/** The registers write the role in either language. */
const ROLES: Readonly<Record<string, SupplierRole>> = {
  founder: 'founder',
  учредитель: 'founder',
  участник: 'founder',
  құрылтайшы: 'founder',
  қатысушы: 'founder',
  manager: 'manager',
  head: 'manager',
  director: 'manager',
  руководитель: 'manager',
  директор: 'manager',
  басшы: 'manager',
  директоры: 'manager',
};

export interface WatchlistRow {
  row: number;
  fullName: string;
  iin: string | null;
  birthDate: CalendarDay | null;
  bin: string | null;
  companyName: string | null;
  role: SupplierRole | null;
  dismissedOn: CalendarDay | null;
  employer: string | null;
}

function clean(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ');
}

/** Checks every row on its own: all the problems at once, each with its row and column. */
export function parseWatchlistRows(
  kind: WatchlistKind,
  table: ImportTable,
): { rows: WatchlistRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  for (const column of REQUIRED_COLUMNS[kind]) {
    if (!table.columns.includes(column))
      errors.push(keyedRowError(1, column, 'declarations.watchlist.missingColumn', { column }));
  }
  if (!table.columns.includes('iin') && !table.columns.includes('birth_date'))
    errors.push(keyedRowError(1, 'iin', 'declarations.watchlist.identityColumn'));
  if (errors.length > 0) return { rows: [], errors };
  if (table.rows.length === 0)
    return { rows: [], errors: [keyedRowError(2, null, 'declarations.watchlist.empty')] };

  const rows: WatchlistRow[] = [];
  for (const { row, values } of table.rows) {
    const before = errors.length;
    const fullName = clean(values['full_name']);
    if (!fullName) errors.push(keyedRowError(row, 'full_name', 'declarations.watchlist.nameRequired'));
    else if (fullName.length > MAX_NAME)
      errors.push(keyedRowError(row, 'full_name', 'declarations.watchlist.tooLong', { max: MAX_NAME }));

    const iin = clean(values['iin']) || null;
    const iinWrong = iin ? iinProblem(iin) : null;
    if (iin && iinWrong)
      errors.push(
        keyedRowError(row, 'iin', 'declarations.watchlist.iinInvalid', { value: iin, detail: iinWrong }),
      );
    const birthText = clean(values['birth_date']);
    const birthDate = birthText ? parseCalendarDay(birthText) : null;
    if (birthText && !birthDate)
      errors.push(keyedRowError(row, 'birth_date', 'declarations.watchlist.notDate', { value: birthText }));
    // A name alone matches too many people to be worth a compliance officer's time.
    if (!iin && !birthText) errors.push(keyedRowError(row, 'iin', 'declarations.watchlist.identityRequired'));

    let bin: string | null = null;
    let companyName: string | null = null;
    let role: SupplierRole | null = null;
    let dismissedOn: CalendarDay | null = null;
    let employer: string | null = null;
    if (kind === 'supplier_people') {
      bin = clean(values['bin']) || null;
      const binWrong = bin ? binProblem(bin) : null;
      if (!bin) errors.push(keyedRowError(row, 'bin', 'declarations.watchlist.binRequired'));
      else if (binWrong)
        errors.push(
          keyedRowError(row, 'bin', 'declarations.watchlist.binInvalid', { value: bin, detail: binWrong }),
        );
      companyName = clean(values['company']) || null;
      if (!companyName) errors.push(keyedRowError(row, 'company', 'declarations.watchlist.companyRequired'));
      else if (companyName.length > MAX_COMPANY)
        errors.push(keyedRowError(row, 'company', 'declarations.watchlist.tooLong', { max: MAX_COMPANY }));
      const roleText = clean(values['role']);
      role = roleText ? (ROLES[roleText.toLowerCase()] ?? null) : null;
      if (roleText && !role)
        errors.push(keyedRowError(row, 'role', 'declarations.watchlist.roleUnknown', { value: roleText }));
    } else {
      const dismissedText = clean(values['dismissed_on']);
      dismissedOn = dismissedText ? parseCalendarDay(dismissedText) : null;
      if (dismissedText && !dismissedOn)
        errors.push(
          keyedRowError(row, 'dismissed_on', 'declarations.watchlist.notDate', { value: dismissedText }),
        );
      employer = clean(values['employer']) || null;
      if (employer && employer.length > MAX_COMPANY)
        errors.push(keyedRowError(row, 'employer', 'declarations.watchlist.tooLong', { max: MAX_COMPANY }));
    }
    if (errors.length === before)
      rows.push({ row, fullName, iin, birthDate, bin, companyName, role, dismissedOn, employer });
  }
  return { rows, errors };
}
