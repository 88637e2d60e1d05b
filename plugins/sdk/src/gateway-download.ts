import { AdalGraphqlError, type AdalErrorCode } from './graphql/errors';
import { gatewayUrl } from './gateway-url';

export interface GatewayDownload {
  /** The gateway's file route, e.g. `/admin/audit-trail.csv`. */
  path: string;
  /** Its query string; empty values are left out. */
  query?: Record<string, string | null>;
  token: string | null;
  graphqlUrl: string;
  /** The name to save under when the answer names none. */
  fileName: string;
}

/** A file route's refusal as the error code GraphQL would have answered with. */
function codeOf(status: number): AdalErrorCode {
  switch (status) {
    case 400:
      return 'VALIDATION';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    default:
      return 'INTERNAL';
  }
}

/** The name a Content-Disposition gives: the exact UTF-8 one (`filename*`) before its ASCII stand-in. */
function nameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const exact = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(disposition)?.[1];
  if (exact) return decodeURIComponent(exact);
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/** Hands a blob to the browser's download under `fileName`. */
function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has taken the blob by then, and the file does not stay
  // reachable in the page.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

/**
 * Fetches a file from one of the gateway's file routes with the viewer's token (a plain link
 * could not carry it) and hands it to the browser's download; resolves to the name it was saved
 * under. A refusal is an AdalGraphqlError with the code GraphQL would have given.
 */
export async function downloadFromGateway(
  request: GatewayDownload,
  send: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<string> {
  const url = gatewayUrl(request.path, request.graphqlUrl, request.query);
  let response: Response;
  try {
    response = await send(url, {
      headers: request.token ? { authorization: `Bearer ${request.token}` } : {},
      cache: 'no-store',
    });
  } catch (cause) {
    throw new AdalGraphqlError('NETWORK', 'The server could not be reached', { cause });
  }
  if (!response.ok) {
    throw new AdalGraphqlError(codeOf(response.status), `Download failed (HTTP ${response.status})`, {
      status: response.status,
    });
  }
  const fileName = nameFrom(response.headers.get('content-disposition')) ?? request.fileName;
  saveBlob(await response.blob(), fileName);
  return fileName;
}
