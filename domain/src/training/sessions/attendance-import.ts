import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { LocalizedText } from '../../kernel/locale.js';
import {
  readImportTable,
  type ImportFile,
  type ImportShape,
  type ImportTable,
} from '../../org/import-table.js';
import { isUuid } from '../../org/org-queries.js';
import { Person, type IPerson } from '../../org/person.entity.js';
import { importProblems, keyedRowError, type ImportRowError } from '../../org/people-import-rows.js';
import { requireTrainingManager } from '../training-roles.js';
import {
  MAX_ATTENDANCE_ENTRIES,
  MAX_REASON,
  openForAttendance,
  writeAttendance,
  type CheckedEntry,
} from './attendance.js';
import { TrainingSession, type AttendanceStatus, type ITrainingSession } from './session.entity.js';
import { lockedSession } from './sessions.js';

/** The columns of an attendance list, by the names an import reads them under. */
export const ATTENDANCE_IMPORT_COLUMNS = [
  'email',
  'iin',
  'full_name',
  'attended',
  'reason',
  'score_percent',
] as const;
export type AttendanceImportColumn = (typeof ATTENDANCE_IMPORT_COLUMNS)[number];

/**
 * The template's headings, Kazakh / Russian, in the layout the import reads (§68: attendance is
 * kept in the organisation's languages). The import also takes either half alone and the codes.
 */
export const ATTENDANCE_TEMPLATE_HEADINGS: Readonly<
  Record<AttendanceImportColumn, Pick<LocalizedText, 'kk' | 'ru'>>
> = {
  email: { kk: 'Электрондық пошта', ru: 'Электронная почта' },
  iin: { kk: 'ЖСН', ru: 'ИИН' },
  full_name: { kk: 'Аты-жөні', ru: 'ФИО' },
  attended: { kk: 'Қатысты (иә/жоқ)', ru: 'Присутствовал (да/нет)' },
  reason: { kk: 'Қатыспау себебі', ru: 'Причина отсутствия' },
  score_percent: { kk: 'Тексеру нәтижесі, %', ru: 'Результат проверки, %' },
};

/** A template heading as one cell: "Қатысты (иә/жоқ) / Присутствовал (да/нет)". */
export function attendanceTemplateHeading(column: AttendanceImportColumn): string {
  const { kk, ru } = ATTENDANCE_TEMPLATE_HEADINGS[column];
  return `${kk} / ${ru}`;
}

/** The blank attendance list to fill in: one heading row in Kazakh and Russian, columns wide enough to read. */
export async function attendanceTemplateXlsx(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Қатысу · Посещение', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(ATTENDANCE_IMPORT_COLUMNS.map(attendanceTemplateHeading));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = i === 2 || i === 4 ? 40 : 28;
    // IINs and e-mails stay text: a spreadsheet would drop an IIN's leading zero.
    column.numFmt = i < 2 ? '@' : 'General';
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const ATTENDANCE_TABLE: ImportShape = { columns: ATTENDANCE_IMPORT_COLUMNS, maxRows: MAX_ATTENDANCE_ENTRIES };

/** As the table reader names a heading: lower case, spaces and hyphens as underscores. */
function headingKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const COLUMN_OF_HEADING: ReadonlyMap<string, AttendanceImportColumn> = new Map(
  ATTENDANCE_IMPORT_COLUMNS.flatMap((column) => {
    const { kk, ru } = ATTENDANCE_TEMPLATE_HEADINGS[column];
    const names = [column, kk, ru, attendanceTemplateHeading(column)];
    if (column === 'score_percent') names.push('score');
    if (column === 'email') names.push('e-mail');
    return names.map((name) => [headingKey(name), column] as const);
  }),
);

/** The table with its headings read as the import's column names. */
function withColumnNames(table: ImportTable): ImportTable {
  const rename = (column: string) => COLUMN_OF_HEADING.get(column) ?? column;
  return {
    columns: table.columns.map(rename),
    rows: table.rows.map(({ row, values }) => ({
      row,
      values: Object.fromEntries(Object.entries(values).map(([column, value]) => [rename(column), value])),
    })),
  };
}

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  '+',
  'иә',
  'ия',
  'да',
  'attended',
  'қатысты',
  'присутствовал',
  'присутствовала',
]);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  '-',
  'жоқ',
  'нет',
  'absent',
  'қатыспады',
  'отсутствовал',
  'отсутствовала',
]);

function statusOf(cell: string): AttendanceStatus | null {
  const text = cell.trim().toLowerCase();
  return YES.has(text) ? 'attended' : NO.has(text) ? 'absent' : null;
}

/** A name compared as people write it: case, extra spaces and ё/е aside. */
function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/** One row of the list, matched to a person and read. */
export interface AttendanceImportRow {
  row: number;
  personId: string;
  fullName: string;
  email: string;
  /** How the row named the person. */
  matchedBy: 'email' | 'iin' | 'name';
  status: AttendanceStatus;
  reason: string | null;
  scorePercent: number | null;
}

export interface AttendanceImportPreview {
  rows: AttendanceImportRow[];
  attended: number;
  absent: number;
  /** Every problem, row by row; the import records nothing while there is one. */
  errors: ImportRowError[];
}

interface ReadRow {
  row: number;
  email: string | null;
  iin: string | null;
  fullName: string | null;
  status: AttendanceStatus | null;
  reason: string | null;
  score: number | null;
}

/** Checks each row's cells; all problems are reported at once, each with its row and column. */
function readRows(
  table: ImportTable,
  session: ITrainingSession,
): { rows: ReadRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  if (!table.columns.includes('attended')) {
    errors.push(keyedRowError(1, 'attended', 'training.attendanceImport.missingColumn'));
  }
  if (!['email', 'iin', 'full_name'].some((column) => table.columns.includes(column))) {
    errors.push(keyedRowError(1, 'email', 'training.attendanceImport.personColumn'));
  }
  if (errors.length > 0) return { rows: [], errors };
  if (table.rows.length === 0)
    return { rows: [], errors: [keyedRowError(2, null, 'training.attendanceImport.empty')] };

  const rows: ReadRow[] = [];
  for (const { row, values } of table.rows) {
    const get = (column: AttendanceImportColumn) => (values[column] ?? '').trim();
    const email = get('email').toLowerCase() || null;
    const iin = get('iin').replace(/\s/g, '') || null;
    const fullName = get('full_name').replace(/\s+/g, ' ') || null;
    if (!email && !iin && !fullName)
      errors.push(keyedRowError(row, 'email', 'training.attendanceImport.personRequired'));
    else if (iin && !/^\d{12}$/.test(iin))
      errors.push(keyedRowError(row, 'iin', 'training.attendanceImport.iinInvalid', { value: iin }));

    const attendedText = get('attended');
    const status = statusOf(attendedText);
    if (!attendedText)
      errors.push(keyedRowError(row, 'attended', 'training.attendanceImport.attendedRequired'));
    else if (!status)
      errors.push(
        keyedRowError(row, 'attended', 'training.attendanceImport.attendedUnknown', { value: attendedText }),
      );

    const reason = get('reason') || null;
    // §68: who could not attend, and why.
    if (status === 'absent' && !reason)
      errors.push(keyedRowError(row, 'reason', 'training.attendanceImport.reasonRequired'));
    else if (reason && reason.length > MAX_REASON)
      errors.push(
        keyedRowError(row, 'reason', 'training.attendanceImport.reasonTooLong', { max: MAX_REASON }),
      );

    const scoreText = get('score_percent').replace(/\s*%$/, '').replace(',', '.');
    let score: number | null = null;
    if (scoreText) {
      const value = Number(scoreText);
      if (!/^\d+(\.0+)?$/.test(scoreText) || value > 100) {
        errors.push(
          keyedRowError(row, 'score_percent', 'training.attendanceImport.score', {
            value: get('score_percent'),
          }),
        );
      } else if (!session.knowledgeCheck || status === 'absent') {
        errors.push(keyedRowError(row, 'score_percent', 'training.attendanceImport.noCheck'));
      } else score = value;
    }
    rows.push({ row, email, iin, fullName, status, reason: status === 'absent' ? reason : null, score });
  }
  return { rows, errors };
}

/**
 * The people the rows name, by email, else IIN, else full name, in the organisation; a row naming
 * nobody, somebody of another organisation, two people, or a name several people share is a problem.
 */
async function matchPeople(
  em: EntityManager,
  organizationId: string,
  rows: readonly ReadRow[],
): Promise<{
  people: Map<number, { person: IPerson; matchedBy: AttendanceImportRow['matchedBy'] }>;
  errors: ImportRowError[];
}> {
  const emails = [...new Set(rows.flatMap((row) => (row.email ? [row.email] : [])))];
  const iins = [...new Set(rows.flatMap((row) => (row.iin && /^\d{12}$/.test(row.iin) ? [row.iin] : [])))];
  const byName = rows.some((row) => !row.email && !row.iin && row.fullName);
  const known = await em.find(Person, {
    organization: organizationId,
    $or: [{ email: { $in: emails } }, { iin: { $in: iins } }],
  });
  const named = byName
    ? await em.find(Person, { organization: organizationId }, { orderBy: { active: 'desc' } })
    : [];
  // Whether an email or IIN the organisation does not know is another organisation's: said as
  // such (nothing else of that person), so the list is fixed rather than searched.
  const elsewhere =
    emails.length + iins.length === 0
      ? []
      : await em.find(
          Person,
          {
            organization: { $ne: organizationId },
            $or: [{ email: { $in: emails } }, { iin: { $in: iins } }],
          },
          { filters: false, fields: ['email', 'iin'] },
        );
  const elsewhereEmails = new Set(elsewhere.map((p) => p.email));
  const elsewhereIins = new Set(elsewhere.flatMap((p) => (p.iin ? [p.iin] : [])));

  const emailOf = new Map(known.map((person) => [person.email, person]));
  const iinOf = new Map(known.flatMap((person) => (person.iin ? [[person.iin, person] as const] : [])));
  const withName = new Map<string, IPerson[]>();
  for (const person of named)
    withName.set(nameKey(person.fullName), [...(withName.get(nameKey(person.fullName)) ?? []), person]);

  const people = new Map<number, { person: IPerson; matchedBy: AttendanceImportRow['matchedBy'] }>();
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    const viaEmail = row.email ? emailOf.get(row.email) : undefined;
    const viaIin = row.iin ? iinOf.get(row.iin) : undefined;
    const validIin = row.iin !== null && /^\d{12}$/.test(row.iin);
    if (row.email && !viaEmail) {
      errors.push(
        elsewhereEmails.has(row.email)
          ? keyedRowError(row.row, 'email', 'training.attendanceImport.otherOrganization', { who: row.email })
          : keyedRowError(row.row, 'email', 'training.attendanceImport.unknownEmail', { email: row.email }),
      );
    } else if (row.iin && validIin && !viaIin) {
      errors.push(
        elsewhereIins.has(row.iin)
          ? keyedRowError(row.row, 'iin', 'training.attendanceImport.otherOrganization', { who: row.iin })
          : keyedRowError(row.row, 'iin', 'training.attendanceImport.unknownIin', { iin: row.iin }),
      );
    } else if (viaEmail && viaIin && viaEmail.id !== viaIin.id) {
      errors.push(keyedRowError(row.row, 'iin', 'training.attendanceImport.twoPeople'));
    } else if (viaEmail || viaIin) {
      people.set(row.row, { person: (viaEmail ?? viaIin)!, matchedBy: viaEmail ? 'email' : 'iin' });
    } else if (row.fullName && !row.email && !row.iin) {
      const candidates = withName.get(nameKey(row.fullName)) ?? [];
      const [only] = candidates;
      if (!only) {
        errors.push(
          keyedRowError(row.row, 'full_name', 'training.attendanceImport.unknownName', {
            name: row.fullName,
          }),
        );
      } else if (candidates.length > 1) {
        errors.push(
          keyedRowError(row.row, 'full_name', 'training.attendanceImport.sameName', {
            name: row.fullName,
            count: candidates.length,
          }),
        );
      } else people.set(row.row, { person: only, matchedBy: 'name' });
    }
  }
  return { people, errors };
}

interface CheckedList {
  preview: AttendanceImportPreview;
  entries: CheckedEntry[];
}

async function checkList(
  em: EntityManager,
  actor: Actor,
  session: ITrainingSession,
  file: ImportFile,
): Promise<CheckedList> {
  const table = withColumnNames(await readImportTable(file, ATTENDANCE_TABLE));
  const read = readRows(table, session);
  const { people, errors: personErrors } = await matchPeople(em, actor.organizationId, read.rows);

  const firstRow = new Map<string, number>();
  const duplicateErrors: ImportRowError[] = [];
  const rows: AttendanceImportRow[] = [];
  const entries: CheckedEntry[] = [];
  const badRows = new Set([...read.errors, ...personErrors].map((error) => error.row));
  for (const row of read.rows) {
    const match = people.get(row.row);
    if (!match) continue;
    const first = firstRow.get(match.person.id);
    if (first !== undefined) {
      duplicateErrors.push(
        keyedRowError(row.row, null, 'training.attendanceImport.duplicate', { firstRow: first }),
      );
      continue;
    }
    firstRow.set(match.person.id, row.row);
    if (badRows.has(row.row) || !row.status) continue;
    rows.push({
      row: row.row,
      personId: match.person.id,
      fullName: match.person.fullName,
      email: match.person.email,
      matchedBy: match.matchedBy,
      status: row.status,
      reason: row.reason,
      scorePercent: row.score,
    });
    entries.push({ person: match.person, status: row.status, reason: row.reason, scorePercent: row.score });
  }
  const errors = [...read.errors, ...personErrors, ...duplicateErrors].sort((a, b) => a.row - b.row);
  return {
    preview: {
      rows,
      attended: rows.filter((row) => row.status === 'attended').length,
      absent: rows.filter((row) => row.status === 'absent').length,
      errors,
    },
    entries,
  };
}

/**
 * §68: a seminar's attendance list as kept on paper or in a spreadsheet (CSV or XLSX, the
 * template's layout): each row matched to a person of the organisation and read, with every
 * problem row by row. Records nothing.
 */
export async function previewAttendanceImport(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
  file: ImportFile,
  now: Date = new Date(),
): Promise<AttendanceImportPreview> {
  requireTrainingManager(actor, 'import attendance');
  const session = isUuid(sessionId)
    ? await em.findOne(TrainingSession, { id: sessionId, organization: actor.organizationId })
    : null;
  if (!session) throw NotFoundError.forId('TrainingSession', sessionId);
  openForAttendance(session, now, false);
  return (await checkList(em, actor, session, file)).preview;
}

/**
 * Records a session's attendance from a list (§5.3, §68), as `recordAttendance` does for a list
 * marked on the page: all or nothing — if any row has a problem nothing is recorded and the
 * error lists every problem with its row and column. Imports of one session take turns on its row.
 */
export async function importAttendance(
  em: EntityManager,
  actor: Actor,
  sessionId: string,
  file: ImportFile,
  now: Date = new Date(),
): Promise<AttendanceImportPreview> {
  requireTrainingManager(actor, 'import attendance');
  const session = await lockedSession(em, actor, sessionId);
  openForAttendance(session, now, false);
  const { preview, entries } = await checkList(em, actor, session, file);
  if (preview.errors.length > 0)
    throw ValidationError.because('import.rowProblems', importProblems(preview.errors));
  openForAttendance(session, now);
  await writeAttendance(em, actor, session, entries, now);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'training.attendance_imported',
    entityType: 'TrainingSession',
    entityId: session.id,
    data: { filename: file.filename, attended: preview.attended, absent: preview.absent },
  });
  return preview;
}
