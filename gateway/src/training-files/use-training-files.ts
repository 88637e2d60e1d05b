import {
  MAX_COMPLETION_PEOPLE,
  certificateForPrint,
  completionPeople,
  completionReport,
  attendanceTemplateXlsx,
  forTenant,
  isLocale,
  knowledgeGaps,
  requireAnyRole,
  TRAINING_MANAGERS,
  trainingQuestionSheet,
  readLessonFile,
  verifyCertificate,
  type Actor,
  type MikroORM as Orm,
  kazakhstanDay,
} from '@adal/domain';
import type { IncomingMessage } from 'node:http';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { certificatePdf } from './certificate-pdf.js';
import { completionCsv, completionXlsx, type CompletionExport } from './completion-export.js';
import type { ClientSource } from '../limits/client-key.js';
import { takeCertificatePoint, type CertificateLimits } from './certificate-limits.js';
import { knowledgeGapsCsv, knowledgeGapsXlsx } from './knowledge-gaps-export.js';
import { questionSheetXlsx } from './question-sheet-export.js';
import { requestLocale } from './texts.js';
import { tooManyChecksPage, verifyPage } from './verify-page.js';
import {
  contentDisposition,
  fileRouteFailure,
  plainText,
  signInRequired,
} from '../errors/plain-responses.js';
import { XLSX_TYPE } from '../files/xlsx-download.js';

export interface TrainingFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
  /** The counters of the public certificate routes, shared with verifyCertificate. */
  certificateLimits: CertificateLimits;
  clientKey: (source: ClientSource) => string;
}

/** What a public route needs to count a request against its client's allowance. */
interface Caller {
  request: Request;
  socketAddress: string | undefined;
}

const CERTIFICATE_PDF = /^\/training\/certificates\/([A-Za-z0-9-]{1,40})\.pdf$/;
const VERIFY_PAGE = /^\/training\/verify\/([A-Za-z0-9-]{1,40})$/;
const COMPLETION_EXPORT = /^\/training\/completion\.(xlsx|csv)$/;
const KNOWLEDGE_GAPS_EXPORT = /^\/training\/knowledge-gaps\.(xlsx|csv)$/;
const ATTENDANCE_TEMPLATE = '/training/attendance-template.xlsx';
const QUESTION_EXPORT = /^\/training\/courses\/([0-9a-fA-F-]{36})\/questions\.xlsx$/;
const QUESTION_TEMPLATE = /^\/training\/question-template\.xlsx$/;
const LESSON_FILE = /^\/training\/lesson-files\/([0-9a-f-]{36})$/;

/** The paths served here; the rest of /training/ is the training plugin's client-side routes. */
export function isTrainingFilePath(path: string): boolean {
  return (
    CERTIFICATE_PDF.test(path) ||
    VERIFY_PAGE.test(path) ||
    COMPLETION_EXPORT.test(path) ||
    KNOWLEDGE_GAPS_EXPORT.test(path) ||
    path === ATTENDANCE_TEMPLATE ||
    QUESTION_EXPORT.test(path) ||
    QUESTION_TEMPLATE.test(path) ||
    LESSON_FILE.test(path)
  );
}

/** The verification URL printed on a certificate: the same gateway's public page. */
function verifyUrl(url: URL, code: string): string {
  return `${url.origin}/training/verify/${encodeURIComponent(code)}`;
}

const PDF_LANGUAGE =
  'Ask for the certificate in kk, ru or en (?lang=kk), or leave lang out for the holder’s language.';

async function pdf(options: TrainingFilesOptions, caller: Caller, url: URL, code: string): Promise<Response> {
  // The language the learner picked; without one, the holder's interface language.
  const lang = url.searchParams.get('lang');
  if (lang !== null && !isLocale(lang)) return plainText(400, PDF_LANGUAGE);
  const client = options.clientKey({ headers: caller.request.headers, socketAddress: caller.socketAddress });
  const retryAfter = await takeCertificatePoint(options.certificateLimits.downloads, client);
  if (retryAfter !== null) {
    const refused = plainText(
      429,
      'Too many certificates were fetched from this connection. Try again later.',
    );
    refused.headers.set('retry-after', String(retryAfter));
    return refused;
  }
  // Found by code alone: the code printed on the certificate is the secret, as on the verify page.
  const print = await certificateForPrint(options.orm.em.fork(), code, lang);
  if (!print) return plainText(404, 'No certificate has this code.');
  const body = await certificatePdf(print, verifyUrl(url, print.verificationCode));
  return new Response(body, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition('inline', `certificate-${print.verificationCode}.pdf`),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

async function verify(options: TrainingFilesOptions, caller: Caller, url: URL, code: string) {
  const locale = requestLocale(caller.request, url);
  // Counted before the lookup, with verifyCertificate: guesses from one client stop at the limit.
  const client = options.clientKey({ headers: caller.request.headers, socketAddress: caller.socketAddress });
  const retryAfter = await takeCertificatePoint(options.certificateLimits.checks, client);
  if (retryAfter !== null) {
    return new Response(tooManyChecksPage(locale), {
      status: 429,
      headers: { ...PAGE_HEADERS, 'retry-after': String(retryAfter) },
    });
  }
  const found = await verifyCertificate(options.orm.em.fork(), code);
  return new Response(verifyPage(code, found, locale), { status: found ? 200 : 404, headers: PAGE_HEADERS });
}

async function exportCompletion(
  options: TrainingFilesOptions,
  request: Request,
  url: URL,
  format: 'xlsx' | 'csv',
): Promise<Response> {
  // The same sign-in as GraphQL: the Bearer token, roles read from the database.
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  // Who may export is the domain's rule: completionReport refuses others (FORBIDDEN → 403).
  const em = forTenant(options.orm.em, actor.organizationId);
  const scope = {
    courseId: url.searchParams.get('courseId') || null,
    orgUnitId: url.searchParams.get('orgUnitId') || null,
  };
  const report = await completionReport(em, actor, scope);
  const people =
    format === 'xlsx'
      ? await completionPeople(em, actor, { ...scope, figure: 'assigned', limit: MAX_COMPLETION_PEOPLE })
      : [];
  const data: CompletionExport = { report, people, locale: requestLocale(request, url) };
  const day = kazakhstanDay(new Date());
  const headers = {
    'cache-control': 'no-store',
    'content-disposition': contentDisposition('attachment', `training-completion-${day}.${format}`),
    'x-content-type-options': 'nosniff',
  };
  return format === 'xlsx'
    ? new Response(await completionXlsx(data), { headers: { ...headers, 'content-type': XLSX_TYPE } })
    : new Response(completionCsv(data), {
        headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
      });
}

async function exportKnowledgeGaps(
  options: TrainingFilesOptions,
  request: Request,
  url: URL,
  format: 'xlsx' | 'csv',
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  // Who may export, and which course, period and unit are valid, is the domain's rule
  // (FORBIDDEN → 403, NOT_FOUND → 404, VALIDATION → 400).
  const report = await knowledgeGaps(forTenant(options.orm.em, actor.organizationId), actor, {
    courseId: url.searchParams.get('courseId') ?? '',
    periodFrom: url.searchParams.get('periodFrom') ?? '',
    periodTo: url.searchParams.get('periodTo') ?? '',
    orgUnitId: url.searchParams.get('orgUnitId') || null,
  });
  const data = { report, locale: requestLocale(request, url) };
  const headers = {
    'cache-control': 'no-store',
    'content-disposition': contentDisposition(
      'attachment',
      `knowledge-gaps-${report.periodFrom}-${report.periodTo}.${format}`,
    ),
    'x-content-type-options': 'nosniff',
  };
  return format === 'xlsx'
    ? new Response(await knowledgeGapsXlsx(data), { headers: { ...headers, 'content-type': XLSX_TYPE } })
    : new Response(knowledgeGapsCsv(data), {
        headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
      });
}

/** §68: the blank attendance list, in the layout the attendance import reads; for anyone signed in. */
async function attendanceTemplate(options: TrainingFilesOptions, request: Request): Promise<Response> {
  const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  return new Response(await attendanceTemplateXlsx(), {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': contentDisposition('attachment', 'attendance-template.xlsx'),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * A course's question bank as a spreadsheet (`courseId`), or the empty template (null), with the
 * headers in the reader's language (`?lang=`, else the Accept-Language header): the layout the
 * import reads back. For the training managers, signed in as for GraphQL.
 */
async function exportQuestions(
  options: TrainingFilesOptions,
  request: Request,
  url: URL,
  courseId: string | null,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const locale = requestLocale(request, url);
  let rows: string[][] = [];
  let filename = `questions-template-${locale}.xlsx`;
  if (courseId) {
    const em = forTenant(options.orm.em, actor.organizationId);
    rows = (await trainingQuestionSheet(em, actor, courseId, locale)).rows;
    filename = `questions-${kazakhstanDay(new Date())}.xlsx`;
  } else {
    requireAnyRole(actor, TRAINING_MANAGERS, 'download the question template');
  }
  return new Response(await questionSheetXlsx(rows, locale), {
    headers: {
      'cache-control': 'no-store',
      'content-disposition': contentDisposition('attachment', filename),
      'x-content-type-options': 'nosniff',
      'content-type': XLSX_TYPE,
    },
  });
}

/** A lesson's uploaded file, for anyone signed in of the organisation (§35.4). */
async function lessonFile(
  options: TrainingFilesOptions,
  request: Request,
  fileId: string,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const file = await readLessonFile(forTenant(options.orm.em, actor.organizationId), actor, fileId);
  return new Response(new Uint8Array(file.data), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': contentDisposition('attachment', file.fileName),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
}

/**
 * The training chapter's HTTP routes beside GraphQL: the certificate PDF and its public
 * verification page, the completion and knowledge-gap exports, and the attendance list template. Served by yoga so that they share its fetch
 * handler, its request ids and the token verification of GraphQL requests.
 */
export function useTrainingFiles(options: TrainingFilesOptions): Plugin {
  async function route(
    request: Request,
    url: URL,
    socketAddress: string | undefined,
  ): Promise<Response | null> {
    const path = url.pathname;
    if (!isTrainingFilePath(path)) return null;
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
    const certificate = CERTIFICATE_PDF.exec(path);
    if (certificate?.[1]) return pdf(options, { request, socketAddress }, url, certificate[1]);
    const verification = VERIFY_PAGE.exec(path);
    if (verification?.[1]) return verify(options, { request, socketAddress }, url, verification[1]);
    const lesson = LESSON_FILE.exec(path);
    if (lesson?.[1]) return lessonFile(options, request, lesson[1]);
    const completion = COMPLETION_EXPORT.exec(path);
    if (completion?.[1] === 'xlsx' || completion?.[1] === 'csv') {
      return exportCompletion(options, request, url, completion[1]);
    }
    if (path === ATTENDANCE_TEMPLATE) return attendanceTemplate(options, request);
    const gaps = KNOWLEDGE_GAPS_EXPORT.exec(path);
    if (gaps?.[1] === 'xlsx' || gaps?.[1] === 'csv')
      return exportKnowledgeGaps(options, request, url, gaps[1]);
    const questions = QUESTION_EXPORT.exec(path);
    if (questions?.[1]) return exportQuestions(options, request, url, questions[1]);
    if (QUESTION_TEMPLATE.test(path)) return exportQuestions(options, request, url, null);
    return null;
  }

  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      const { req } = serverContext as { req?: IncomingMessage };
      let response: Response | null;
      try {
        response = await route(request, url, req?.socket.remoteAddress);
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'training file request');
      }
      if (response) endResponse(response);
    },
  };
}
