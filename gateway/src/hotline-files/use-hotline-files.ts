import type { IncomingMessage } from 'node:http';
import {
  DomainError,
  findQuarterlyReport,
  forTenant,
  isLocale,
  Person,
  printHotlineCase,
  readHotlineAttachment,
  reporterAttachment,
  type HotlineKeyring,
  type MikroORM as Orm,
} from '@adal/domain';
import { GraphQLError } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { guardReceipt, type HotlineIntakeLimits } from '../hotline-intake/intake-limits.js';
import type { WorkProof } from '../hotline-intake/proof-of-work.js';
import type { ClientSource } from '../limits/client-key.js';
import { requestIdOf } from '../request-id.js';
import { requestLocale } from '../training-files/texts.js';
import { casePdf } from './case-pdf.js';
import { quarterlyReportPdf } from './quarterly-report-pdf.js';
import { quarterlyReportXlsx } from './quarterly-report-xlsx.js';
import {
  contentDisposition,
  domainErrorText,
  internalErrorText,
  plainText,
  signInRequired,
} from '../errors/plain-responses.js';
import { XLSX_TYPE } from '../files/xlsx-download.js';
import { download } from '../files/file-download.js';
import { readLimitedBody } from '../limits/read-limited-body.js';

export interface HotlineFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
  hotlineKeyring: HotlineKeyring;
  hotlineLimits: HotlineIntakeLimits;
  clientKey: (source: ClientSource) => string;
}

/** The reporter's own files: the receipt travels in the body, never in a URL (so never in a log or history). */
export const REPORTER_ATTACHMENT_PATH = '/hotline/reporter-attachment';
const STAFF_ATTACHMENT = /^\/hotline\/attachments\/([0-9a-f-]{36})$/;
/** A case as a PDF for the file or the commission: `?identity=1` asks for the reporter's identity, `?lang=` its language. */
const CASE_PDF = /^\/hotline\/cases\/([0-9a-f-]{36})\.pdf$/;
const QUARTERLY_REPORT = /^\/hotline\/quarterly-reports\/([0-9a-f-]{36})\.(pdf|xlsx)$/;

/** A receipt, an id and perhaps a proof of work: anything longer is not a legitimate request. */
const MAX_REPORTER_REQUEST_BYTES = 1024;

/** The paths served here; the rest of /hotline/ is the hotline plugin's client-side routes. */
export function isHotlineFilePath(path: string): boolean {
  return (
    path === REPORTER_ATTACHMENT_PATH ||
    STAFF_ATTACHMENT.test(path) ||
    CASE_PDF.test(path) ||
    QUARTERLY_REPORT.test(path)
  );
}

async function reporterDownload(
  options: HotlineFilesOptions,
  request: Request,
  socketAddress: string | undefined,
): Promise<Response> {
  if (request.method !== 'POST') return plainText(405, 'Method not allowed');
  // JSON only: a browser sends it cross-site only after a CORS preflight, which no other site passes.
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
    return plainText(415, REPORTER_REQUEST_SHAPE);
  }
  const raw = await readLimitedBody(request, MAX_REPORTER_REQUEST_BYTES);
  if (raw === null) return plainText(413, 'Request body too large');
  const body = parseReporterRequest(raw);
  if (!body) return plainText(400, REPORTER_REQUEST_SHAPE);
  const reporter = {
    limits: options.hotlineLimits,
    client: options.clientKey({ headers: request.headers, socketAddress }),
  };
  // Like the GraphQL receipt operations: no actor, an unfiltered manager, the same rate limit.
  const file = await guardReceipt(reporter, body.proof, () =>
    options.orm.em
      .fork()
      .transactional((em) => reporterAttachment(em, options.hotlineKeyring, body.receipt, body.attachmentId)),
  );
  return download(file);
}

const REPORTER_REQUEST_SHAPE =
  'Send {"receipt": "...", "attachmentId": "..."} as application/json, with "proof": {"challenge": "...", ' +
  '"nonce": "..."} once asked for one.';

interface ReporterFileRequest {
  receipt: string;
  attachmentId: string;
  proof: WorkProof | null;
}

function parseReporterRequest(raw: string): ReporterFileRequest | null {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { receipt, attachmentId, proof } = parsed as Record<string, unknown>;
    if (typeof receipt !== 'string' || typeof attachmentId !== 'string') return null;
    if (proof === undefined || proof === null) return { receipt, attachmentId, proof: null };
    const { challenge, nonce } = proof as Record<string, unknown>;
    if (typeof challenge !== 'string' || typeof nonce !== 'string') return null;
    return { receipt, attachmentId, proof: { challenge, nonce } };
  } catch {
    return null;
  }
}

async function staffDownload(options: HotlineFilesOptions, request: Request, id: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
  // The same sign-in as GraphQL: the Bearer token, roles read from the database.
  const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  // Who may read a case's files is the domain's rule (not assigned → FORBIDDEN → 403); the read is audited.
  const file = await forTenant(options.orm.em, actor.organizationId).transactional((em) =>
    readHotlineAttachment(em, actor, options.hotlineKeyring, id),
  );
  return download(file);
}

const CASE_PDF_QUERY = 'Ask with identity=1 (or leave it out) and lang=kk, ru or en (or leave it out).';

/**
 * A case as a PDF for its handlers, in the reader's language, as the certificate PDFs are served.
 * Who may export it, and whether the reporter's identity goes in, is the domain's rule
 * (printHotlineCase): a person the report names → 403 and nothing written; the identity asked for
 * by someone who may not read it → 403 and nothing written; otherwise the export (and a read of
 * the identity) is on the audit trail.
 */
async function casePdfDownload(
  options: HotlineFilesOptions,
  request: Request,
  url: URL,
  id: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
  const identity = url.searchParams.get('identity');
  const lang = url.searchParams.get('lang');
  if ((identity !== null && identity !== '1' && identity !== '0') || (lang !== null && !isLocale(lang))) {
    return plainText(400, CASE_PDF_QUERY);
  }
  const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const locale = requestLocale(request, url);
  const { body, number } = await forTenant(options.orm.em, actor.organizationId).transactional(async (em) => {
    const print = await printHotlineCase(em, actor, options.hotlineKeyring, id, {
      withIdentity: identity === '1',
    });
    const reader = await em.findOne(Person, { id: actor.personId }, { fields: ['fullName'] });
    // Made inside the transaction: if the file cannot be made, the export is not on the trail either.
    return { body: await casePdf(print, locale, reader?.fullName ?? ''), number: print.hotlineCase.number };
  });
  return new Response(body, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition('attachment', `${number}.pdf`),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  });
}

/** A quarterly report (§69) as PDF or XLSX in the language asked for, for the dashboard's readers. */
async function quarterlyReportDownload(
  options: HotlineFilesOptions,
  request: Request,
  url: URL,
  id: string,
  format: 'pdf' | 'xlsx',
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
  const lang = url.searchParams.get('lang') ?? 'kk';
  if (!isLocale(lang)) return plainText(400, 'Ask for the report in kk, ru or en (?lang=kk).');
  const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const report = await findQuarterlyReport(options.orm.em.fork(), actor, id);
  const data =
    format === 'pdf' ? await quarterlyReportPdf(report, lang) : await quarterlyReportXlsx(report, lang);
  return download({
    fileName: `hotline-${report.quarter}-${lang}.${format}`,
    contentType: format === 'pdf' ? 'application/pdf' : XLSX_TYPE,
    data,
  });
}

/**
 * The hotline's file downloads beside GraphQL, served by yoga so that they share its request ids
 * and token verification: a reporter's own files by receipt, and a case's files for its handlers.
 */
export function useHotlineFiles(options: HotlineFilesOptions): Plugin {
  async function route(
    request: Request,
    url: URL,
    socketAddress: string | undefined,
  ): Promise<Response | null> {
    if (url.pathname === REPORTER_ATTACHMENT_PATH) return reporterDownload(options, request, socketAddress);
    const staff = STAFF_ATTACHMENT.exec(url.pathname);
    if (staff?.[1]) return staffDownload(options, request, staff[1]);
    const printed = CASE_PDF.exec(url.pathname);
    if (printed?.[1]) return casePdfDownload(options, request, url, printed[1]);
    const quarterly = QUARTERLY_REPORT.exec(url.pathname);
    if (quarterly?.[1])
      return quarterlyReportDownload(options, request, url, quarterly[1], quarterly[2] as 'pdf' | 'xlsx');
    return null;
  }

  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (!isHotlineFilePath(url.pathname)) return;
      const { req } = serverContext as { req?: IncomingMessage };
      let response: Response | null;
      try {
        response = await route(request, url, req?.socket.remoteAddress);
      } catch (error) {
        response = failure(options, request, error, url.pathname === REPORTER_ATTACHMENT_PATH);
      }
      if (response) endResponse(response);
    },
  };
}

function failure(
  options: HotlineFilesOptions,
  request: Request,
  error: unknown,
  reporter: boolean,
): Response {
  if (error instanceof DomainError) return domainErrorText(error);
  if (error instanceof GraphQLError) {
    const code = error.extensions['code'];
    if (code === 'UNAUTHENTICATED') return plainText(401, error.message);
    if (code === 'VALIDATION') return plainText(400, error.message);
    if (code === 'RATE_LIMITED') return rateLimitedText(error);
  }
  const requestId = requestIdOf(request);
  // Around a reporter's request, the error's name only: its message could carry what they sent.
  if (reporter) options.logger.error(`[${requestId}] reporter file request failed: ${errorName(error)}`);
  else options.logger.error(`[${requestId}] hotline file request failed`, error);
  return internalErrorText(requestId);
}

/** 429, and the grade of work that would be accepted at once, as the GraphQL error's extensions say. */
function rateLimitedText(error: GraphQLError): Response {
  const response = plainText(429, error.message);
  const grade = error.extensions['retryWithWork'];
  if (typeof grade === 'string') response.headers.set('x-adal-retry-with-work', grade);
  return response;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
