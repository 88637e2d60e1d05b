import type { ReporterReportFieldsFragment } from '../graphql/generated/graphql';

/** The report as its reporter may see it: status, deadlines and the conversation, no staff data. */
export type ReporterReport = ReporterReportFieldsFragment;
export type ReporterMessage = ReporterReport['messages'][number];
export type ReporterAttachment = ReporterMessage['attachments'][number];
