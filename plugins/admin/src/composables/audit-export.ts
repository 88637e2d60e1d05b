import { AdalGraphqlError, gatewayUrl, type AdalLocale } from '@adal/sdk';
import type { AuditTrailFilter } from '../graphql/generated/graphql';

export interface AuditExportRequest {
  filter: AuditTrailFilter;
  token: string | null;
  graphqlUrl: string;
  /** The interface language: the file's headings and action names are written in it. */
  locale: AdalLocale;
}

function fileNameFrom(disposition: string | null): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : 'audit-trail.csv';
}

/**
 * Fetches the trail's CSV export, narrowed as on screen, with the viewer's token (a plain link
 * could not carry it) and hands the file to the browser's download.
 */
export async function downloadAuditTrail(
  request: AuditExportRequest,
  send: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<string> {
  const { from, to, actor, action, entityType, entityId } = request.filter;
  const url = gatewayUrl('/admin/audit-trail.csv', request.graphqlUrl, {
    from: from ?? null,
    to: to ?? null,
    actor: actor ?? null,
    action: action ?? null,
    entityType: entityType ?? null,
    entityId: entityId ?? null,
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
      response.status === 401
        ? 'UNAUTHENTICATED'
        : response.status === 403
          ? 'FORBIDDEN'
          : response.status === 400
            ? 'VALIDATION'
            : 'INTERNAL';
    throw new AdalGraphqlError(code, `Export failed (HTTP ${response.status})`, { status: response.status });
  }
  const fileName = fileNameFrom(response.headers.get('content-disposition'));
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has taken the blob by then.
  setTimeout(() => URL.revokeObjectURL(href), 0);
  return fileName;
}
