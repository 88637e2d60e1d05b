import { AdalGraphqlError, type AdalLocale } from '@adal/sdk';
import { gatewayUrl } from '@adal/sdk';

export type ExportFormat = 'xlsx' | 'csv';

export interface CompletionExportRequest {
  format: ExportFormat;
  courseId: string | null;
  orgUnitId: string | null;
  token: string | null;
  graphqlUrl: string;
  /** The interface language: the file's headings and statuses are written in it. */
  locale: AdalLocale;
}

function fileNameFrom(disposition: string | null, format: ExportFormat): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : `training-completion.${format}`;
}

/**
 * Fetches the completion export with the viewer's token (a plain link could not carry it) and
 * hands the file to the browser's download.
 */
export async function downloadCompletion(
  request: CompletionExportRequest,
  send: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<string> {
  const url = gatewayUrl(`/training/completion.${request.format}`, request.graphqlUrl, {
    courseId: request.courseId,
    orgUnitId: request.orgUnitId,
    lang: request.locale,
  });
  let response: Response;
  try {
    response = await send(url, {
      headers: request.token ? { authorization: `Bearer ${request.token}` } : {},
    });
  } catch (cause) {
    throw new AdalGraphqlError('NETWORK', 'The server could not be reached', { cause });
  }
  if (!response.ok) {
    const code =
      response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'INTERNAL';
    throw new AdalGraphqlError(code, `Export failed (HTTP ${response.status})`, { status: response.status });
  }
  const fileName = fileNameFrom(response.headers.get('content-disposition'), request.format);
  saveBlob(await response.blob(), fileName);
  return fileName;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has taken the blob by then.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
