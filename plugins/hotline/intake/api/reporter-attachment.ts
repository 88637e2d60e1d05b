import { anonymousRequest } from './graphql-client';
import { codeFromStatus, IntakeError } from './intake-error';
import type { WorkProof } from './proof-of-work';

/**
 * Fetches one of the report's files. The receipt travels in the POST body, never in a URL, so it
 * reaches no log, history or referrer (hotline HTTP contract). A proof of work goes along when
 * the server asked for one (429 with `x-adal-retry-with-work`, kept in the error's details).
 */
export async function fetchReporterAttachment(
  receipt: string,
  attachmentId: string,
  proof: WorkProof | null = null,
): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(
      '/hotline/reporter-attachment',
      anonymousRequest(
        JSON.stringify({ receipt, attachmentId, ...(proof ? { proof } : {}) }),
        'application/json',
      ),
    );
  } catch (error) {
    throw new IntakeError('NETWORK', (error as Error).message);
  }
  if (!response.ok) {
    const retryWithWork = response.headers.get('x-adal-retry-with-work');
    throw new IntakeError(
      codeFromStatus(response.status),
      `HTTP ${response.status}`,
      retryWithWork ? { retryWithWork } : {},
    );
  }
  return response.blob();
}

/** Hands a downloaded file to the browser's save dialog; the object URL lives only for the click. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
