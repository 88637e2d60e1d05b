import { QUESTION_SHEET_COLUMNS, questionSheetHeader, type Locale } from '@adal/domain';
import ExcelJS from 'exceljs';

const SHEET_NAMES: Record<Locale, string> = { kk: 'Сұрақтар', ru: 'Вопросы', en: 'Questions' };

/**
 * The question bank's spreadsheet: the headers in the reader's language, then one question a
 * row, every cell a text (so that a question starting with "=" stays a text). With no rows it is
 * the empty template; the import reads either back unchanged.
 */
export async function questionSheetXlsx(
  rows: readonly (readonly string[])[],
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(SHEET_NAMES[locale], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(QUESTION_SHEET_COLUMNS.map((column) => questionSheetHeader(column, locale)));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow([...row]);
    added.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = i < 2 ? 18 : 28;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
