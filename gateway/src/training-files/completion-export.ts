import type {
  CompletionFigures,
  CompletionReport,
  CompletionReportPerson,
  Locale,
  UnitCompletion,
} from '@adal/domain';
import ExcelJS from 'exceljs';
import { CSV_BYTE_ORDER_MARK, csvRow, type CsvCell } from '../files/csv.js';
import { EXPORT_TEXTS } from './texts.js';

export interface CompletionExport {
  report: CompletionReport;
  people: readonly CompletionReportPerson[];
  locale: Locale;
}

/** As the completion table: each person in exactly one of not started, started (not passed), passed, overdue. */
function figureCells(f: CompletionFigures): CsvCell[] {
  return [
    f.assigned,
    f.notStarted,
    f.started,
    f.passed,
    f.overdue,
    f.notStartedPercent,
    f.startedPercent,
    f.passedPercent,
    f.overduePercent,
  ];
}

/** The units in the order of their names as the reader's language writes them. */
function byName(rows: readonly UnitCompletion[], locale: Locale): UnitCompletion[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  return [...rows].sort((a, b) => collator.compare(a.names[locale], b.names[locale]));
}

/** The figures table: the unit's whole subtree first, then each child unit (the drill-down). */
export function figureTable(data: CompletionExport): CsvCell[][] {
  const t = EXPORT_TEXTS[data.locale];
  const header = [
    t.orgUnit,
    t.assigned,
    t.notStarted,
    t.started,
    t.passed,
    t.overdue,
    `${t.notStarted}, %`,
    `${t.started}, %`,
    `${t.passed}, %`,
    `${t.overdue}, %`,
  ];
  return [
    header,
    [`${data.report.orgUnitNames[data.locale]} (${t.total})`, ...figureCells(data.report.total)],
    ...byName(data.report.rows, data.locale).map((row) => [
      row.names[data.locale],
      ...figureCells(row.figures),
    ]),
  ];
}

function peopleTable(data: CompletionExport): CsvCell[][] {
  const t = EXPORT_TEXTS[data.locale];
  return [
    [t.fullName, t.email, t.orgUnit, t.course, t.status, t.dueOn, t.attempts, t.bestScore],
    ...data.people.map((p) => [
      p.fullName,
      p.email,
      p.orgUnitNames[data.locale],
      p.courseTitle[data.locale],
      t.statuses[p.status],
      p.dueOn,
      p.attempts,
      p.bestScorePercent,
    ]),
  ];
}

export async function completionXlsx(data: CompletionExport): Promise<Uint8Array<ArrayBuffer>> {
  const t = EXPORT_TEXTS[data.locale];
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  for (const [name, rows] of [
    [t.figures, figureTable(data)],
    [t.people, peopleTable(data)],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRows(rows);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 40 : 16;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** RFC 4180 CSV with a byte-order mark, so that Excel reads the Cyrillic and Kazakh names as UTF-8. */
export function completionCsv(data: CompletionExport): string {
  return `${CSV_BYTE_ORDER_MARK}${figureTable(data).map(csvRow).join('')}`;
}
