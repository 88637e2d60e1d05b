import { contentDisposition } from '../errors/plain-responses.js';
import { CSV_BYTE_ORDER_MARK, csvRow, type CsvCell } from './csv.js';

/**
 * Rows as a CSV file the browser saves as `fileName`, never cached (it holds what the reader may
 * read now).
 */
export function csvDownload(rows: readonly (readonly CsvCell[])[], fileName: string): Response {
  return new Response(`${CSV_BYTE_ORDER_MARK}${rows.map(csvRow).join('')}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'cache-control': 'no-store',
      'content-disposition': contentDisposition('attachment', fileName),
      'x-content-type-options': 'nosniff',
    },
  });
}
