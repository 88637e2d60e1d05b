import { isLocale, LOCALES, type Locale, type LocalizedText } from '../kernel/locale.js';
import type { ErrorMessageKey } from '../kernel/error-messages.js';
import { englishMessage, paramsOf, type MessageArgs } from '../kernel/errors.js';
import type { TableRow } from './import-table.js';
import { iinProblem } from './iin.js';

/**
 * One problem of an imported file. The client says it in the reader's language by `messageKey`
 * and `params`, as it says any domain error; `message` says it in English for logs and API callers.
 */
export interface ImportRowError {
  row: number;
  column?: string;
  messageKey?: ErrorMessageKey;
  params?: Record<string, string | number>;
  message: string;
}

/** A problem of a file's row (its column, when one is to blame) said by a domain message key. */
export function keyedRowError<K extends ErrorMessageKey>(
  row: number,
  column: string | null,
  key: K,
  ...[details]: MessageArgs<K>
): ImportRowError {
  const params = paramsOf(key, details);
  return {
    row,
    ...(column ? { column } : {}),
    messageKey: key,
    ...(Object.keys(params).length > 0 ? { params } : {}),
    message: englishMessage(key, params),
  };
}

/** The details of a refused import: every row's problem, their count and the first one in words. */
export function importProblems(errors: readonly ImportRowError[]): {
  errors: readonly ImportRowError[];
  count: number;
  first: string;
} {
  const [first] = errors;
  return {
    errors,
    count: errors.length,
    first: first ? `row ${first.row}${first.column ? `, ${first.column}` : ''}: ${first.message}` : '',
  };
}

/** One person of the HR export, checked and normalised. */
export interface PersonRow {
  row: number;
  email: string;
  fullName: string;
  iin: string | null;
  unitPath: string[];
  position: string;
  /** The post's title in the languages the file gives (`position_kk`, …); `position` stays its key. */
  positionTitles: Partial<LocalizedText> | null;
  /** The name of the person's own unit, the path's last, in the languages the file gives (`org_unit_kk`, …). */
  unitNames: Partial<LocalizedText> | null;
  riskExposed: boolean | null;
  /** §52.3: whether the post takes part in the procurement process; null when the file leaves it blank. */
  procurementStaff: boolean | null;
  /** §74.3: whether the post's holders are subject to anti-corruption restrictions; null when blank. */
  underRestrictions: boolean | null;
  managerEmail: string | null;
  hiredAt: string | null;
  locale: Locale | null;
}

export const REQUIRED_COLUMNS = ['email', 'full_name', 'org_unit_path', 'position'] as const;
export const OPTIONAL_COLUMNS = [
  'iin',
  'risk_exposed',
  'procurement_staff',
  'under_restrictions',
  'manager_email',
  'hired_at',
  'locale',
  'position_kk',
  'position_ru',
  'position_en',
  'org_unit_kk',
  'org_unit_ru',
  'org_unit_en',
] as const;

/** The texts of `<prefix>_kk`, `_ru` and `_en` that the row fills, or null when it fills none. */
function translations(get: (column: string) => string, prefix: string): Partial<LocalizedText> | null {
  const found = Object.fromEntries(
    LOCALES.map((locale) => [locale, get(`${prefix}_${locale}`).trim().replace(/\s+/g, ' ')]).filter(
      ([, text]) => text !== '',
    ),
  ) as Partial<LocalizedText>;
  return Object.keys(found).length > 0 ? found : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const YES = new Set(['yes', 'y', 'true', '1', 'иә', 'ия', 'да']);
const NO = new Set(['no', 'n', 'false', '0', 'жоқ', 'нет', '']);

/** A yes/no cell: true or false, null when blank, undefined when it is neither. */
function yesOrNo(cell: string): boolean | null | undefined {
  const text = cell.toLowerCase();
  return YES.has(text) ? true : NO.has(text) ? (text ? false : null) : undefined;
}

function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const normalised = `${year}-${month}-${day}`;
  return date.toISOString().slice(0, 10) === normalised ? normalised : null;
}

function parseRow(source: TableRow, today: string, errors: ImportRowError[]): PersonRow | null {
  const { row, values } = source;
  const get = (column: string): string => values[column] ?? '';
  const fail = <K extends ErrorMessageKey>(column: string, key: K, ...details: MessageArgs<K>): void => {
    errors.push(keyedRowError(row, column, key, ...details));
  };
  const before = errors.length;

  const email = get('email').toLowerCase();
  if (!email) fail('email', 'org.import.required');
  else if (!EMAIL.test(email)) fail('email', 'org.import.notEmail', { value: get('email') });

  const fullName = get('full_name').replace(/\s+/g, ' ');
  if (!fullName) fail('full_name', 'org.import.required');
  else if (fullName.length > 300) fail('full_name', 'org.import.tooLong', { max: 300 });

  const iin = get('iin').replace(/\s/g, '');
  const iinError = iin ? iinProblem(iin) : null;
  if (iinError) fail('iin', 'org.import.iinInvalid');

  const unitPath = get('org_unit_path')
    .split('/')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '');
  if (unitPath.length === 0) fail('org_unit_path', 'org.import.orgUnitPathRequired');
  else if (unitPath.some((part) => part.length > 300))
    fail('org_unit_path', 'org.import.tooLong', { max: 300 });

  const position = get('position').replace(/\s+/g, ' ');
  if (!position) fail('position', 'org.import.required');
  else if (position.length > 300) fail('position', 'org.import.tooLong', { max: 300 });

  const riskExposed = yesOrNo(get('risk_exposed'));
  if (riskExposed === undefined) fail('risk_exposed', 'org.import.yesOrNo');
  const procurementStaff = yesOrNo(get('procurement_staff'));
  if (procurementStaff === undefined) fail('procurement_staff', 'org.import.yesOrNo');
  const underRestrictions = yesOrNo(get('under_restrictions'));
  if (underRestrictions === undefined) fail('under_restrictions', 'org.import.yesOrNo');

  const managerEmail = get('manager_email').toLowerCase() || null;
  if (managerEmail && !EMAIL.test(managerEmail))
    fail('manager_email', 'org.import.notEmail', { value: managerEmail });
  else if (managerEmail && managerEmail === email) fail('manager_email', 'org.import.ownManager');

  const hiredText = get('hired_at');
  const hiredAt = hiredText ? parseDate(hiredText) : null;
  if (hiredText && !hiredAt)
    fail('hired_at', 'org.import.notDate', {
      value: hiredText,
    });
  else if (hiredAt && hiredAt > today) fail('hired_at', 'org.import.futureDate');

  const localeText = get('locale').toLowerCase();
  if (localeText && !isLocale(localeText)) fail('locale', 'org.import.localeInvalid');

  if (errors.length > before) return null;
  return {
    row,
    email,
    fullName,
    iin: iin || null,
    unitPath,
    position,
    positionTitles: translations(get, 'position'),
    unitNames: translations(get, 'org_unit'),
    riskExposed: riskExposed ?? null,
    procurementStaff: procurementStaff ?? null,
    underRestrictions: underRestrictions ?? null,
    managerEmail,
    hiredAt,
    locale: localeText && isLocale(localeText) ? localeText : null,
  };
}

/** The file's problems when it lacks a column every row needs; one error per column, on the header. */
export function missingColumnErrors(columns: readonly string[]): ImportRowError[] {
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  return missing.map((column) =>
    keyedRowError(1, column, 'org.import.missingColumn', { found: columns.filter(Boolean).join(', ') }),
  );
}

// A post is exposed to corruption risk (§14, §71) and takes part in procurement (§52.3) or not
// for all its holders: rows that mark one post both ways contradict each other.
const POST_FLAGS = [
  { column: 'risk_exposed', key: 'org.import.positionRiskDiffers', of: (p: PersonRow) => p.riskExposed },
  {
    column: 'procurement_staff',
    key: 'org.import.positionProcurementDiffers',
    of: (p: PersonRow) => p.procurementStaff,
  },
  {
    column: 'under_restrictions',
    key: 'org.import.positionRestrictionsDiffer',
    of: (p: PersonRow) => p.underRestrictions,
  },
] as const;

/**
 * Checks the rows of a file one by one, in file order, holding only what the checks across rows
 * need per post: each row on its own, and the post marks against the first row that marked it.
 * Problems are added to `errors`; a row with a problem of its own is not returned.
 */
export class PeopleRowChecker {
  private readonly today: string;
  private readonly firstMarks = new Map<string, { row: number; value: boolean }>();

  constructor(
    today: Date,
    readonly errors: ImportRowError[] = [],
  ) {
    this.today = today.toISOString().slice(0, 10);
  }

  check(source: TableRow): PersonRow | null {
    const person = parseRow(source, this.today, this.errors);
    if (!person) return null;
    for (const flag of POST_FLAGS) {
      const value = flag.of(person);
      if (value === null) continue;
      const key = `${flag.column}|${person.position.toLowerCase()}`;
      const seen = this.firstMarks.get(key);
      if (seen && seen.value !== value) {
        this.errors.push(
          keyedRowError(person.row, flag.column, flag.key, { position: person.position, firstRow: seen.row }),
        );
      } else if (!seen) {
        this.firstMarks.set(key, { row: person.row, value });
      }
    }
    return person;
  }
}
