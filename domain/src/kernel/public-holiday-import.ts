import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { readImportTable, type ImportFile, type ImportShape, type ImportTable } from '../org/import-table.js';
import { importProblems, keyedRowError, type ImportRowError } from '../org/people-import-rows.js';
import { requireAnyRole, type Actor } from './actor.js';
import { ValidationError } from './errors.js';
import { newId } from './ids.js';
import type { CalendarDayKind } from './kazakhstan-holidays.js';
import type { LocalizedText } from './locale.js';
import { PublicHoliday } from './public-holiday.entity.js';
import type { RoleCode } from './roles.js';
import { isWorkingDay, parseCalendarDay, type CalendarDay } from './working-days.js';

/** The administrator, who keeps the organisation's data, loads the calendar as the government publishes it. */
export const CALENDAR_IMPORTERS: readonly RoleCode[] = ['org_admin'];

export const HOLIDAY_IMPORT_COLUMNS = ['date', 'name_kk', 'name_ru', 'name_en', 'kind'] as const;
export const MAX_HOLIDAY_ROWS = 500;
const MAX_NAME = 200;

const HOLIDAY_TABLE: ImportShape = { columns: HOLIDAY_IMPORT_COLUMNS, maxRows: MAX_HOLIDAY_ROWS };

/** What an imported day does to the organisation's calendar. */
export const HOLIDAY_IMPORT_CHANGES = ['added', 'updated', 'unchanged'] as const;
export type HolidayImportChange = (typeof HOLIDAY_IMPORT_CHANGES)[number];

export interface HolidayImportRow {
  row: number;
  date: CalendarDay;
  kind: CalendarDayKind;
  name: LocalizedText;
  /** `unchanged`: the day is in the calendar already as the file has it (e.g. a national holiday). */
  change: HolidayImportChange;
}

export interface HolidayImportPreview {
  rows: HolidayImportRow[];
  added: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

/** The production calendars say it in either language: the codes, Russian or Kazakh. */
const KINDS: Readonly<Record<string, CalendarDayKind>> = {
  holiday: 'day_off',
  day_off: 'day_off',
  'day off': 'day_off',
  праздник: 'day_off',
  выходной: 'day_off',
  'выходной день': 'day_off',
  мереке: 'day_off',
  демалыс: 'day_off',
  'демалыс күні': 'day_off',
  'transfer-working-day': 'working_day',
  transfer_working_day: 'working_day',
  working_day: 'working_day',
  'working day': 'working_day',
  'рабочий день': 'working_day',
  'перенесённый рабочий день': 'working_day',
  'перенесенный рабочий день': 'working_day',
  'жұмыс күні': 'working_day',
};

function kindOf(text: string): CalendarDayKind | null {
  return KINDS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

interface ParsedRow {
  row: number;
  date: CalendarDay;
  kind: CalendarDayKind;
  name: LocalizedText;
}

function cleanName(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ');
}

/** Checks every row of the file on its own; all problems at once, each with its row and column. */
export function parseHolidayRows(table: ImportTable): { rows: ParsedRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  for (const column of ['date', 'name_kk', 'name_ru'] as const) {
    if (!table.columns.includes(column))
      errors.push(keyedRowError(1, column, 'calendar.import.missingColumn'));
  }
  if (errors.length > 0) return { rows: [], errors };
  if (table.rows.length === 0) return { rows: [], errors: [keyedRowError(2, null, 'calendar.import.empty')] };
  const rows: ParsedRow[] = [];
  const firstRowOf = new Map<CalendarDay, number>();
  for (const { row, values } of table.rows) {
    const before = errors.length;
    const dateText = values['date'] ?? '';
    const date = parseCalendarDay(dateText);
    if (!dateText) errors.push(keyedRowError(row, 'date', 'calendar.import.dateRequired'));
    else if (!date) errors.push(keyedRowError(row, 'date', 'calendar.import.notDate', { value: dateText }));
    else if (Number(date.slice(0, 4)) < 2000 || Number(date.slice(0, 4)) > 2100)
      errors.push(keyedRowError(row, 'date', 'calendar.yearOutOfRange', { year: Number(date.slice(0, 4)) }));

    const kk = cleanName(values['name_kk']);
    const ru = cleanName(values['name_ru']);
    const en = cleanName(values['name_en']) || ru;
    for (const [column, name] of [
      ['name_kk', kk],
      ['name_ru', ru],
      ['name_en', en],
    ] as const) {
      if (!name) errors.push(keyedRowError(row, column, 'calendar.nameRequired'));
      else if (name.length > MAX_NAME)
        errors.push(keyedRowError(row, column, 'calendar.nameTooLong', { max: MAX_NAME }));
    }

    const kindText = values['kind'] ?? '';
    const kind = kindText ? kindOf(kindText) : 'day_off';
    if (!kind) errors.push(keyedRowError(row, 'kind', 'calendar.import.kindUnknown', { value: kindText }));
    // A holiday may fall on a weekend (it still names the day); a worked day must be a weekend day.
    else if (date && kind === 'working_day' && isWorkingDay(date, new Set()))
      errors.push(keyedRowError(row, 'kind', 'calendar.alreadyWorkingDay', { date }));

    if (date) {
      const first = firstRowOf.get(date);
      if (first !== undefined)
        errors.push(keyedRowError(row, 'date', 'calendar.import.sameDateAsRow', { firstRow: first }));
      else firstRowOf.set(date, row);
    }
    if (errors.length === before && date && kind) rows.push({ row, date, kind, name: { kk, ru, en } });
  }
  return { rows, errors };
}

function sameName(a: LocalizedText, b: LocalizedText): boolean {
  return a.kk === b.kk && a.ru === b.ru && a.en === b.en;
}

/** The file checked against the calendar as it is: what each row adds or changes, and every problem. */
async function checkFile(em: EntityManager, actor: Actor, file: ImportFile): Promise<HolidayImportPreview> {
  requireAnyRole(actor, CALENDAR_IMPORTERS, "load the organisation's holiday calendar from a file");
  const table = await readImportTable(file, HOLIDAY_TABLE);
  const parsed = parseHolidayRows(table);
  const dates = parsed.rows.map((row) => row.date);
  const existing =
    dates.length === 0
      ? []
      : await em.find(PublicHoliday, {
          $or: [{ organization: null }, { organization: actor.organizationId }],
          date: { $in: dates },
        });
  const national = new Map(existing.filter((day) => day.organization === null).map((day) => [day.date, day]));
  const own = new Map(existing.filter((day) => day.organization !== null).map((day) => [day.date, day]));
  const errors = [...parsed.errors];
  const rows: HolidayImportRow[] = [];
  for (const row of parsed.rows) {
    const fromLaw = national.get(row.date);
    if (fromLaw) {
      // The national calendar follows the law; a file may repeat it, but not contradict it.
      if (fromLaw.kind !== row.kind) {
        errors.push(
          keyedRowError(row.row, 'kind', 'calendar.inNationalCalendar', {
            date: row.date,
            name: fromLaw.name.en,
          }),
        );
      } else rows.push({ ...row, change: 'unchanged' });
      continue;
    }
    const mine = own.get(row.date);
    const change: HolidayImportChange = !mine
      ? 'added'
      : mine.kind === row.kind && sameName(mine.name, row.name)
        ? 'unchanged'
        : 'updated';
    rows.push({ ...row, change });
  }
  errors.sort((a, b) => a.row - b.row);
  const count = (change: HolidayImportChange) => rows.filter((row) => row.change === change).length;
  return { rows, added: count('added'), updated: count('updated'), unchanged: count('unchanged'), errors };
}

/** Reads a calendar file (CSV or XLSX) and says what it would change; changes nothing. */
export function previewHolidayImport(
  em: EntityManager,
  actor: Actor,
  file: ImportFile,
): Promise<HolidayImportPreview> {
  return checkFile(em, actor, file);
}

/**
 * Loads the organisation's calendar from a file (columns date, name_kk, name_ru, optional
 * name_en, kind holiday / transfer-working-day): new days are added, its own days of the same
 * date take the file's name and kind, national days it repeats stay as they are. All or
 * nothing: any problem fails the import with every row's problem, and nothing changes.
 */
export async function importHolidays(
  em: EntityManager,
  actor: Actor,
  file: ImportFile,
): Promise<HolidayImportPreview> {
  // One change to the organisation's calendar at a time (as addHoliday).
  await em.execute('select id from organization where id = ? for no key update', [actor.organizationId]);
  const preview = await checkFile(em, actor, file);
  if (preview.errors.length > 0)
    throw ValidationError.because('import.rowProblems', importProblems(preview.errors));
  const own = new Map(
    (
      await em.find(PublicHoliday, {
        organization: actor.organizationId,
        date: { $in: preview.rows.map((row) => row.date) },
      })
    ).map((day) => [day.date, day]),
  );
  for (const row of preview.rows) {
    if (row.change === 'added') {
      em.create(PublicHoliday, {
        id: newId(),
        organization: actor.organizationId,
        date: row.date,
        kind: row.kind,
        name: row.name,
      });
    } else if (row.change === 'updated') {
      const day = own.get(row.date);
      if (day) {
        day.kind = row.kind;
        day.name = row.name;
      }
    }
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'calendar.imported',
    entityType: 'Organization',
    entityId: actor.organizationId,
    data: {
      filename: file.filename,
      added: preview.added,
      updated: preview.updated,
      unchanged: preview.unchanged,
    },
  });
  return preview;
}
