import {
  MAX_COMPLETION_PEOPLE,
  certificateForPrint,
  completionPeople,
  completionReport,
  forTenant,
  readLessonFile,
  verifyCertificate,
  type Actor,
  type MikroORM as Orm,
} from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { certificatePdf } from './certificate-pdf.js';
import { completionCsv, completionXlsx, type CompletionExport } from './completion-export.js';
import { requestLocale } from './texts.js';
import { verifyPage } from './verify-page.js';
import { contentDisposition, fileRouteFailure, plainText } from '../errors/plain-responses.js';

export interface TrainingFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

const CERTIFICATE_PDF = /^\/training\/certificates\/([A-Za-z0-9-]{1,40})\.pdf$/;
const VERIFY_PAGE = /^\/training\/verify\/([A-Za-z0-9-]{1,40})$/;
const COMPLETION_EXPORT = /^\/training\/completion\.(xlsx|csv)$/;
const LESSON_FILE = /^\/training\/lesson-files\/([0-9a-f-]{36})$/;

/** The paths served here; the rest of /training/ is the training plugin's client-side routes. */
export function isTrainingFilePath(path: string): boolean {
  return (
    CERTIFICATE_PDF.test(path) ||
    VERIFY_PAGE.test(path) ||
    COMPLETION_EXPORT.test(path) ||
    LESSON_FILE.test(path)
  );
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The verification URL printed on a certificate: the same gateway's public page. */
function verifyUrl(url: URL, code: string): string {
  return `${url.origin}/training/verify/${encodeURIComponent(code)}`;
}

async function pdf(options: TrainingFilesOptions, url: URL, code: string): Promise<Response> {
  // Found by code alone: the code printed on the certificate is the secret, as on the verify page.
  const print = await certificateForPrint(options.orm.em.fork(), code);
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

async function verify(options: TrainingFilesOptions, request: Request, url: URL, code: string) {
  const found = await verifyCertificate(options.orm.em.fork(), code);
  return new Response(verifyPage(code, found, requestLocale(request, url)), {
    status: found ? 200 : 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    },
  });
}

async function exportCompletion(
  options: TrainingFilesOptions,
  request: Request,
  url: URL,
  format: 'xlsx' | 'csv',
): Promise<Response> {
  // The same sign-in as GraphQL: the Bearer token, roles read from the database.
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return plainText(401, 'Sign in: send the Authorization: Bearer <token> header.');
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
  const day = new Date().toISOString().slice(0, 10);
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

/** A lesson's uploaded file, for anyone signed in of the organisation (§35.4). */
async function lessonFile(
  options: TrainingFilesOptions,
  request: Request,
  fileId: string,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return plainText(401, 'Sign in: send the Authorization: Bearer <token> header.');
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
 * verification page, and the completion exports. Served by yoga so that they share its fetch
 * handler, its request ids and the token verification of GraphQL requests.
 */
export function useTrainingFiles(options: TrainingFilesOptions): Plugin {
  async function route(request: Request, url: URL): Promise<Response | null> {
    const path = url.pathname;
    if (!isTrainingFilePath(path)) return null;
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
    const certificate = CERTIFICATE_PDF.exec(path);
    if (certificate?.[1]) return pdf(options, url, certificate[1]);
    const verification = VERIFY_PAGE.exec(path);
    if (verification?.[1]) return verify(options, request, url, verification[1]);
    const lesson = LESSON_FILE.exec(path);
    if (lesson?.[1]) return lessonFile(options, request, lesson[1]);
    const completion = COMPLETION_EXPORT.exec(path);
    if (completion?.[1] === 'xlsx' || completion?.[1] === 'csv') {
      return exportCompletion(options, request, url, completion[1]);
    }
    return null;
  }

  return {
    async onRequest({ request, url, endResponse }) {
      let response: Response | null;
      try {
        response = await route(request, url);
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'training file request');
      }
      if (response) endResponse(response);
    },
  };
}
