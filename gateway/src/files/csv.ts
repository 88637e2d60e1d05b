import { inertText } from './formula-text.js';

/** A cell of a CSV export: text, a number, or nothing. */
export type CsvCell = string | number | null;

/** One cell as RFC 4180 writes it: quoted when it holds a quote, a comma or a line break. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = inertText(value);
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
