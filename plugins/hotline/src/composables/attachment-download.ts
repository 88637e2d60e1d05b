import { AdalGraphqlError } from '@adal/sdk';
import { gatewayUrl } from '@adal/sdk';

export interface AttachmentDownload {
  id: string;
  fileName: string;
  token: string | null;
  graphqlUrl: string;
}

function codeOf(status: number): 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL' {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  return 'INTERNAL';
}

/**
 * Fetches a case attachment with the viewer's token (a plain link could not carry it; the
 * gateway checks the case's access rules and records the read) and hands it to the browser's
 * download under its own name.
 */
export async function downloadAttachment(
  request: AttachmentDownload,
  send: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<void> {
  const url = gatewayUrl(`/hotline/attachments/${encodeURIComponent(request.id)}`, request.graphqlUrl);
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
  saveBlob(await response.blob(), request.fileName);
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
  // Revoked on the next task: the download has taken the blob by then, and the report's file
  // does not stay reachable in the page.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
