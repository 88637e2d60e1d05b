/** A cell of a CSV export: text, a number, or nothing. */
export type CsvCell = string | number | null;

// A spreadsheet runs a cell that starts like a formula (=, +, -, @, or a tab or carriage return
// before one): such text is written as text, behind an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as RFC 4180 writes it: quoted when it holds a quote, a comma or a line break. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells, ended by CRLF. */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * The byte-order mark a CSV export starts with, so that Excel reads Kazakh and Russian text as
 * UTF-8.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';
