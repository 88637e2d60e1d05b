import ExcelJS from 'exceljs';

/** One sheet: its name, its rows (the first the headings) and, when set, the column widths. */
export interface XlsxTable {
  name: string;
  rows: readonly (readonly ExcelJS.CellValue[])[];
  /** The first column's width, then the others'; Excel's default when absent. */
  widths?: { first: number; rest: number };
}

/** Tables as the sheets of one workbook, each with its heading row bold and frozen. */
export async function tablesXlsx(tables: readonly XlsxTable[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRows(table.rows.map((row) => [...row]));
    sheet.getRow(1).font = { bold: true };
    const widths = table.widths;
    if (widths) sheet.columns.forEach((column, i) => (column.width = i === 0 ? widths.first : widths.rest));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
