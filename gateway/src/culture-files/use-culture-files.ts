import {
  cultureEvidenceFile,
  culturePlanFile,
  forTenant,
  kazakhstanDay,
  readCultureMaterialFile,
  type MikroORM as Orm,
} from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import {
  contentDisposition,
  fileRouteFailure,
  plainText,
  signInRequired,
} from '../errors/plain-responses.js';
import { download } from '../files/file-download.js';
import { XLSX_TYPE } from '../files/xlsx-download.js';
import { requestLocale } from '../training-files/texts.js';
import { culturePlanPdf } from './plan-pdf.js';
import { culturePlanXlsx } from './plan-xlsx.js';
import { exportSurveyResults, SURVEY_RESULTS_EXPORT } from './survey-results-export.js';

export interface CultureFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

const EVIDENCE_FILE = /^\/culture\/evidence\/([0-9a-fA-F-]{36})$/;
const PLAN_FILE = /^\/culture\/plans\/(\d{4})\.(xlsx|pdf)$/;
const MATERIAL_FILE = /^\/culture\/materials\/([0-9a-fA-F-]{36})\/file$/;

/** The paths served here; the rest of /culture/ is the plugin's client-side routes. */
export function isCultureFilePath(path: string): boolean {
  return [EVIDENCE_FILE, PLAN_FILE, MATERIAL_FILE, SURVEY_RESULTS_EXPORT].some((route) => route.test(path));
}

/**
 * The culture chapter's files beside GraphQL: an activity's evidence (a photo, an attendance list, a
 * file), for whoever may read the activity — the plan's readers and its responsible people — and
 * the year's plan as a workbook or a PDF, for the plan's readers; and a material's file (§32.2,
 * §35.6) for whoever may read the material — its audience while it is published, the planners
 * always; anyone else is told it is not found, as in GraphQL; and the culture survey's results as a
 * workbook (§68), under the results' own rules.
 */
export function useCultureFiles(options: CultureFilesOptions): Plugin {
  async function evidence(request: Request, id: string): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
    const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
    if (!actor) return signInRequired();
    return download(await cultureEvidenceFile(forTenant(options.orm.em, actor.organizationId), actor, id));
  }

  /** §35.1: the year's plan with its execution, the rules' state and §35.3, for filing and the board. */
  async function planFile(
    request: Request,
    url: URL,
    year: number,
    format: 'xlsx' | 'pdf',
  ): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
    const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
    if (!actor) return signInRequired();
    const locale = requestLocale(request, url);
    const file = await culturePlanFile(
      forTenant(options.orm.em, actor.organizationId),
      actor,
      year,
      new Date(),
    );
    const data = format === 'pdf' ? await culturePlanPdf(file, locale) : await culturePlanXlsx(file, locale);
    return download({
      fileName: `culture-plan-${year}-${kazakhstanDay(new Date())}.${format}`,
      contentType: format === 'pdf' ? 'application/pdf' : XLSX_TYPE,
      data,
    });
  }

  async function materialFile(request: Request, id: string): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
    const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
    if (!actor) return signInRequired();
    const file = await readCultureMaterialFile(forTenant(options.orm.em, actor.organizationId), actor, id);
    // Always a download; were it opened in place, the sandbox keeps it from running anything.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.data), {
      headers: {
        'content-type': file.contentType,
        'content-length': String(file.data.length),
        'content-disposition': contentDisposition('attachment', file.fileName),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      },
    });
  }

  function route(request: Request, url: URL): { what: string; answer: () => Promise<Response> } | null {
    const evidenceId = EVIDENCE_FILE.exec(url.pathname)?.[1];
    if (evidenceId) return { what: 'culture evidence file', answer: () => evidence(request, evidenceId) };
    const materialId = MATERIAL_FILE.exec(url.pathname)?.[1];
    if (materialId) return { what: 'culture material file', answer: () => materialFile(request, materialId) };
    const surveyId = SURVEY_RESULTS_EXPORT.exec(url.pathname)?.[1];
    if (surveyId) {
      const reading = request.method === 'GET' || request.method === 'HEAD';
      return {
        what: 'culture survey results export',
        answer: async () =>
          reading
            ? exportSurveyResults(options, request, url, surveyId)
            : plainText(405, 'Method not allowed'),
      };
    }
    const plan = PLAN_FILE.exec(url.pathname);
    if (plan) {
      const format = plan[2] as 'xlsx' | 'pdf';
      return {
        what: `culture plan ${format}`,
        answer: () => planFile(request, url, Number(plan[1]), format),
      };
    }
    return null;
  }

  return {
    async onRequest({ request, url, endResponse }) {
      const found = route(request, url);
      if (!found) return;
      let response: Response;
      try {
        response = await found.answer();
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, found.what);
      }
      endResponse(response);
    },
  };
}
