import type { GatewayYoga } from '../yoga.js';
import { graphqlMultipart } from './graphql-multipart.js';
import { graphqlRequest, type GraphQLResponseBody } from './graphql-request.js';

export const SUBMIT_REPORT = /* GraphQL */ `
  mutation SubmitHotlineReport($input: HotlineReportInput!) {
    submitHotlineReport(input: $input) {
      receipt
      number
    }
  }
`;

export const REPORT_BY_RECEIPT = /* GraphQL */ `
  query HotlineReportByReceipt($receipt: String!) {
    hotlineReportByReceipt(receipt: $receipt) {
      number
      category
      status
      receivedAt
      acknowledgedAt
      processBy
      outcome
      closedAt
      messages {
        id
        from
        kind
        code
        body
        createdAt
        attachments {
          id
          fileName
          sizeBytes
        }
      }
    }
  }
`;

export const ADD_REPORTER_MESSAGE = /* GraphQL */ `
  mutation AddReporterMessage($receipt: String!, $input: ReporterMessageInput!) {
    addReporterMessage(receipt: $receipt, input: $input) {
      status
      messages {
        id
        from
        kind
        code
        body
        attachments {
          id
          fileName
          sizeBytes
        }
      }
    }
  }
`;

export interface ReporterReportData {
  number: string;
  category: string;
  status: string;
  receivedAt: string;
  acknowledgedAt: string | null;
  processBy: string | null;
  outcome: string | null;
  closedAt: string | null;
  messages: {
    id: string;
    from: string;
    kind: string;
    code: string | null;
    body: string;
    createdAt: string;
    attachments: { id: string; fileName: string; sizeBytes: number }[];
  }[];
}

/** A description long enough for the domain's minimum. */
export const WHAT =
  'Сатып алу бөлімінің бастығы жеткізушіден тендер үшін сыйақы алды деген мәлімет бар, 2026 жылғы наурызда.';

let clients = 0;

/**
 * A distinct client address per call (the gateway must trust X-Forwarded-For): reports from
 * one address are limited per hour, which rate-limit.test.ts proves; elsewhere it stays out of the way.
 */
export function freshClient(): Record<string, string> {
  clients += 1;
  return { 'x-forwarded-for': `198.51.100.${clients % 250}, 10.0.0.1` };
}

export interface SubmitOptions {
  organizationId: string;
  what?: string;
  anonymous?: boolean;
  name?: string;
  contact?: string;
  files?: File[];
  headers?: Record<string, string>;
  token?: string;
}

/** Files a report through the public operation, as the intake does (multipart when files come along). */
export async function submitReport(
  yoga: GatewayYoga,
  o: SubmitOptions,
): Promise<{
  status: number;
  body: GraphQLResponseBody<{ submitHotlineReport: { receipt: string; number: string } }>;
}> {
  const input = {
    organizationId: o.organizationId,
    category: 'corruption',
    what: o.what ?? WHAT,
    when: '2026 жылғы наурыз',
    where: 'Астана, бас кеңсе',
    who: 'Сатып алу бөлімінің бастығы',
    anonymous: o.anonymous ?? true,
    ...(o.name ? { name: o.name } : {}),
    ...(o.contact ? { contact: o.contact } : {}),
  };
  const headers = { ...freshClient(), ...o.headers };
  const files = o.files ?? [];
  if (files.length === 0) {
    return graphqlRequest(yoga, {
      query: SUBMIT_REPORT,
      variables: { input },
      headers,
      ...(o.token ? { token: o.token } : {}),
    });
  }
  return graphqlMultipart(yoga, {
    query: SUBMIT_REPORT,
    variables: { input: { ...input, attachments: files.map(() => null) } },
    files: Object.fromEntries(files.map((file, i) => [`input.attachments.${i}`, file])),
    headers,
    ...(o.token ? { token: o.token } : {}),
  });
}

/** Files a report and returns its receipt, failing loudly when refused. */
export async function fileReport(
  yoga: GatewayYoga,
  o: SubmitOptions,
): Promise<{ receipt: string; number: string }> {
  const { body } = await submitReport(yoga, o);
  const receipt = body.data?.submitHotlineReport;
  if (!receipt) throw new Error(`submitHotlineReport failed: ${JSON.stringify(body.errors)}`);
  return receipt;
}

export async function followUp(
  yoga: GatewayYoga,
  receipt: string,
  headers: Record<string, string> = freshClient(),
): Promise<{ status: number; body: GraphQLResponseBody<{ hotlineReportByReceipt: ReporterReportData }> }> {
  return graphqlRequest(yoga, { query: REPORT_BY_RECEIPT, variables: { receipt }, headers });
}

/** A minimal valid PDF header: the domain detects types by their bytes. */
export function pdfFile(name: string, extraBytes = 64): File {
  const bytes = new Uint8Array(8 + extraBytes);
  bytes.set(new TextEncoder().encode('%PDF-1.4'), 0);
  return new File([bytes], name, { type: 'application/pdf' });
}
