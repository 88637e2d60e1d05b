import { downloadFromGateway, type AdalLocale } from '@adal/sdk';

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

/**
 * Fetches the completion export with the viewer's token through the kit's gateway download and
 * hands the file to the browser; resolves to the name it was saved under.
 */
export function downloadCompletion(request: CompletionExportRequest, send?: typeof fetch): Promise<string> {
  return downloadFromGateway(
    {
      path: `/training/completion.${request.format}`,
      query: { courseId: request.courseId, orgUnitId: request.orgUnitId, lang: request.locale },
      token: request.token,
      graphqlUrl: request.graphqlUrl,
      fileName: `training-completion.${request.format}`,
    },
    ...(send ? [send] : []),
  );
}
