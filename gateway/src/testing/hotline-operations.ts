import { createHash } from 'node:crypto';
import { leadingZeroBits, type WorkProof } from '../hotline-intake/proof-of-work.js';
import type { GatewayYoga } from '../yoga.js';
import { graphqlMultipart } from './graphql-multipart.js';
import { graphqlRequest, type GraphQLResponseBody } from './graphql-request.js';

export const HOTLINE_CHALLENGE = /* GraphQL */ `
  query HotlineChallenge($strong: Boolean) {
    hotlineChallenge(strong: $strong) {
      challenge
      difficulty
      expiresAt
    }
  }
`;

export const SUBMIT_REPORT = /* GraphQL */ `
  mutation SubmitHotlineReport($input: HotlineReportInput!, $proof: HotlineProofInput!) {
    submitHotlineReport(input: $input, proof: $proof) {
      receipt
      number
    }
  }
`;

export const REPORT_BY_RECEIPT = /* GraphQL */ `
  query HotlineReportByReceipt($receipt: String!, $proof: HotlineProofInput!) {
    hotlineReportByReceipt(receipt: $receipt, proof: $proof) {
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
  mutation AddReporterMessage($receipt: String!, $input: ReporterMessageInput!, $proof: HotlineProofInput) {
    addReporterMessage(receipt: $receipt, input: $input, proof: $proof) {
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
 * A distinct client address per call, as one proxy in front would forward it (the gateway must
 * trust one proxy): reports from one address are limited per hour, which rate-limit.test.ts
 * proves; elsewhere it stays out of the way.
 */
export function freshClient(): Record<string, string> {
  clients += 1;
  return { 'x-forwarded-for': `198.51.100.${clients % 250}` };
}

/** Finds the nonce a challenge asks for, as the intake does in the browser. */
export function solveChallenge({
  challenge,
  difficulty,
}: {
  challenge: string;
  difficulty: number;
}): WorkProof {
  for (let n = 0; ; n += 1) {
    const nonce = n.toString(36);
    const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
    if (leadingZeroBits(digest) >= difficulty) return { challenge, nonce };
  }
}

/**
 * Asks the gateway for a challenge and solves it: in process (a yoga) or over HTTP (a base URL).
 */
export async function proveWork(gateway: GatewayYoga | string, strong = false): Promise<WorkProof> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-adal-csrf': '1' },
    body: JSON.stringify({ query: HOTLINE_CHALLENGE, variables: { strong } }),
  };
  const response =
    typeof gateway === 'string'
      ? await fetch(`${gateway}/graphql`, init)
      : await gateway.fetch('http://gateway.test/graphql', init);
  const body = (await response.json()) as GraphQLResponseBody<{
    hotlineChallenge: { challenge: string; difficulty: number };
  }>;
  if (!body.data) throw new Error(`hotlineChallenge failed: ${JSON.stringify(body.errors)}`);
  return solveChallenge(body.data.hotlineChallenge);
}

export interface SubmitOptions {
  organizationId: string;
  what?: string;
  anonymous?: boolean;
  name?: string;
  contact?: string;
  files?: File[];
  /** Answers to the category's custom questions. */
  answers?: { questionId: string; text?: string; yes?: boolean; optionIds?: string[] }[];
  headers?: Record<string, string>;
  token?: string;
  /** A solved challenge; a fresh one is solved when absent. */
  proof?: WorkProof;
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
    ...(o.answers ? { answers: o.answers } : {}),
  };
  const headers = { ...freshClient(), ...o.headers };
  const proof = o.proof ?? (await proveWork(yoga));
  const files = o.files ?? [];
  if (files.length === 0) {
    return graphqlRequest(yoga, {
      query: SUBMIT_REPORT,
      variables: { input, proof },
      headers,
      ...(o.token ? { token: o.token } : {}),
    });
  }
  return graphqlMultipart(yoga, {
    query: SUBMIT_REPORT,
    variables: { input: { ...input, attachments: files.map(() => null) }, proof },
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

/** Opens a report by its receipt with a freshly solved challenge, as the intake does. */
export async function followUp(
  yoga: GatewayYoga,
  receipt: string,
  headers: Record<string, string> = freshClient(),
  proof?: WorkProof,
): Promise<{ status: number; body: GraphQLResponseBody<{ hotlineReportByReceipt: ReporterReportData }> }> {
  return graphqlRequest(yoga, {
    query: REPORT_BY_RECEIPT,
    variables: { receipt, proof: proof ?? (await proveWork(yoga)) },
    headers,
  });
}

/** A minimal valid PDF header: the domain detects types by their bytes. */
export function pdfFile(name: string, extraBytes = 64): File {
  const bytes = new Uint8Array(8 + extraBytes);
  bytes.set(new TextEncoder().encode('%PDF-1.4'), 0);
  return new File([bytes], name, { type: 'application/pdf' });
}
