import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ValidationError } from '../kernel/errors.js';

/** A row of an uploaded table: its number as the person sees it in a spreadsheet, and its cells by column. */
export interface TableRow {
  row: number;
  values: Record<string, string>;
}

export interface ImportTable {
  columns: string[];
  rows: TableRow[];
}

export interface ImportFile {
  filename: string;
  content: Uint8Array;
}

/** 'Full name' and 'full_name' name the same column. */
function columnKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function toTable(records: readonly (readonly string[])[]): ImportTable {
  const [header, ...body] = records;
  if (!header) throw ValidationError.because('The file is empty: the first row must name the columns');
  const columns = header.map(columnKey);
  const rows: TableRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (column) values[column] = (cells[i] ?? '').trim();
    });
    rows.push({ row: index + 2, values });
  });
  return { columns, rows };
}

function readCsv(content: Uint8Array): ImportTable {
  const text = Buffer.from(content)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // Spreadsheets saved in a Russian or Kazakh locale separate CSV fields with semicolons.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  try {
    const records: string[][] = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
    return toTable(records);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw ValidationError.because(`The CSV file could not be read: ${(error as Error).message}`);
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') {
    // A 12-digit IIN typed into a spreadsheet becomes a number and loses the leading zero
    // of people born in 2000–2009; put it back.
    return Number.isInteger(value) && value >= 1e10 && value < 1e12
      ? String(value).padStart(12, '0')
      : String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('error' in value) return '';
  return '';
}

async function readXlsx(content: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
  } catch {
    throw ValidationError.because(
      'The XLSX file could not be read; save it again from the spreadsheet program',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw ValidationError.because('The XLSX file has no sheet');
  const records: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c += 1) {
      cells.push(cellText(row.getCell(c).value).trim());
    }
    records.push(cells);
  }
  return toTable(records);
}

/** Reads an HR export, CSV or XLSX, chosen by the file's extension. */
export async function readImportTable(file: ImportFile): Promise<ImportTable> {
  const name = file.filename.toLowerCase();
  if (name.endsWith('.csv')) return readCsv(file.content);
  if (name.endsWith('.xlsx')) return readXlsx(file.content);
  throw ValidationError.because('Upload a .csv or .xlsx file');
}
