import { contentDisposition } from '../errors/plain-responses.js';

export interface FileContent {
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

/**
 * Always a download, never rendered in our origin: a stored file may be any PDF or document.
 * The type is the one detected from the bytes, the name the domain's safe one.
 */
export function download(file: FileContent): Response {
  return new Response(new Uint8Array(file.data), {
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.data.byteLength),
      'content-disposition': contentDisposition('attachment', file.fileName),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  });
}
