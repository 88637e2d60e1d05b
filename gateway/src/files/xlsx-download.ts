import { contentDisposition } from '../errors/plain-responses.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook the browser saves as `fileName`, never cached (it holds what the reader may read now). */
export function xlsxDownload(bytes: Uint8Array<ArrayBuffer>, fileName: string): Response {
  return new Response(bytes, {
    headers: {
      'content-type': XLSX_TYPE,
      'cache-control': 'no-store',
      'content-disposition': contentDisposition('attachment', fileName),
      'x-content-type-options': 'nosniff',
    },
  });
}
