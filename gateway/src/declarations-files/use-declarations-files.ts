import {
  DomainError,
  MAX_DECLARANTS_PAGE,
  declarationCampaignDeclarants,
  declarationCampaignProgress,
  forTenant,
  submitSupplierDeclaration,
  supplierDeclarationForm,
  type Locale,
  type MikroORM as Orm,
  kazakhstanDay,
} from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { fileRouteFailure, plainText, signInRequired } from '../errors/plain-responses.js';
import { xlsxDownload } from '../files/xlsx-download.js';
import { requestLocale } from '../training-files/texts.js';
import { campaignProgressXlsx } from './campaign-export.js';
import { CONFLICT_REGISTER_EXPORT, exportConflictRegister } from './conflict-register-export.js';
import { exportFinancialStatus, FINANCIAL_STATUS_EXPORT } from './financial-status-export.js';
import { exportGiftRegister, GIFT_REGISTER_EXPORT } from './gift-register-export.js';
import { supplierFormPage, supplierNoticePage, type SupplierPageProblem } from './supplier-page.js';
import { exportTaxRequest, TAX_REQUEST_EXPORT } from './tax-request-export.js';

export interface DeclarationsFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

const CAMPAIGN_EXPORT = /^\/declarations\/campaigns\/([0-9a-fA-F-]{36})\/progress\.xlsx$/;
const SUPPLIER_PAGE = /^\/declarations\/supplier\/([A-Za-z0-9_-]{1,100})$/;

/**
 * The paths served here, which the server hands to yoga; the rest of /declarations/ is the plugin's
 * client-side routes, answered with the shell's page.
 */
export function isDeclarationFilePath(path: string): boolean {
  return (
    [CONFLICT_REGISTER_EXPORT, GIFT_REGISTER_EXPORT, FINANCIAL_STATUS_EXPORT].includes(path) ||
    [CAMPAIGN_EXPORT, SUPPLIER_PAGE, TAX_REQUEST_EXPORT].some((route) => route.test(path))
  );
}
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The page's answer to a refused submission, by the domain error's message key. */
function problemOf(error: DomainError): SupplierPageProblem {
  switch (error.messageKey) {
    case 'declarations.campaign.binInvalid':
      return 'bin';
    case 'declarations.campaign.binMismatch':
      return 'binMismatch';
    case 'declarations.campaign.linkUsed':
      return 'used';
    case 'declarations.campaign.closed':
      return 'closed';
    case 'declarations.campaign.unknownLink':
      return 'unknown';
    default:
      return 'answers';
  }
}

/**
 * The declarations' HTTP routes beside GraphQL: a campaign's progress as a workbook (§72.2), a
 * potential supplier's page (§72.1), the conflict-of-interest register (§14–§15), the gift register
 * (§17) and who must declare (§24) as workbooks, and the request to the tax authority (§30.3).
 */
export function useDeclarationsFiles(options: DeclarationsFilesOptions): Plugin {
  async function exportCampaign(request: Request, url: URL, campaignId: string): Promise<Response> {
    const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
    if (!actor) return signInRequired();
    // Who may export is the domain's rule: the progress refuses others (FORBIDDEN → 403).
    const em = forTenant(options.orm.em, actor.organizationId);
    const orgUnitId = url.searchParams.get('orgUnitId') || null;
    const progress = await declarationCampaignProgress(em, actor, campaignId, orgUnitId);
    const { rows } = await declarationCampaignDeclarants(em, actor, campaignId, {
      orgUnitId,
      limit: MAX_DECLARANTS_PAGE,
    });
    const day = kazakhstanDay(new Date());
    return xlsxDownload(
      await campaignProgressXlsx(progress, rows, requestLocale(request, url)),
      `declaration-campaign-${day}.xlsx`,
    );
  }

  /**
   * §72.1: a potential supplier's link: its questionnaire as a plain page (GET) and its submission
   * (POST, a form), without an account and without an actor, as the anonymous GraphQL operations.
   */
  async function supplierPage(request: Request, url: URL, token: string): Promise<Response> {
    const locale: Locale = requestLocale(request, url);
    // A form shown again with what to correct is answered 200, as any page a person reads.
    const html = (body: string, status = 200) => new Response(body, { status, headers: PAGE_HEADERS });
    let form;
    try {
      form = await supplierDeclarationForm(options.orm.em.fork(), token);
    } catch (error) {
      if (error instanceof DomainError) return html(supplierNoticePage(locale, 'unknown'), 404);
      throw error;
    }
    if (form.submitted) return html(supplierNoticePage(locale, 'used'), 409);
    if (!form.open) return html(supplierNoticePage(locale, 'closed'), 409);
    const empty = { bin: '', answers: {} };
    if (request.method !== 'POST') return html(supplierFormPage(locale, form, empty, null));
    let fields: FormData;
    try {
      fields = await request.formData();
    } catch {
      return html(supplierFormPage(locale, form, empty, 'answers'));
    }
    const text = (name: string) => {
      const value = fields.get(name);
      return typeof value === 'string' ? value : '';
    };
    const typed = {
      bin: text('bin').trim(),
      answers: Object.fromEntries(
        form.questions.map((q) => [
          q.code,
          { choice: text(`answer_${q.code}`), details: text(`details_${q.code}`) },
        ]),
      ),
    };
    // Every question answered yes or no, or nothing is sent.
    if (form.questions.some((q) => !['yes', 'no'].includes(typed.answers[q.code]?.choice ?? ''))) {
      return html(supplierFormPage(locale, form, typed, 'answers'));
    }
    try {
      await options.orm.em.fork().transactional((em) =>
        submitSupplierDeclaration(em, token, {
          bin: typed.bin,
          answers: form.questions.map((q) => ({
            code: q.code,
            yes: typed.answers[q.code]?.choice === 'yes',
            details: typed.answers[q.code]?.details ?? null,
          })),
        }),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const problem = problemOf(error);
      if (problem === 'used' || problem === 'closed' || problem === 'unknown') {
        return html(supplierNoticePage(locale, problem), 409);
      }
      return html(supplierFormPage(locale, form, typed, problem));
    }
    return html(supplierNoticePage(locale, 'thanks'));
  }

  /** The response to one of the routes, or null when the path is not one of them. */
  function route(request: Request, url: URL): { what: string; answer: () => Promise<Response> } | null {
    const reading = request.method === 'GET' || request.method === 'HEAD';
    const refused = async () => plainText(405, 'Method not allowed');
    const supplier = SUPPLIER_PAGE.exec(url.pathname)?.[1];
    if (supplier) {
      return {
        what: "supplier's declaration page",
        answer: reading || request.method === 'POST' ? () => supplierPage(request, url, supplier) : refused,
      };
    }
    const campaign = CAMPAIGN_EXPORT.exec(url.pathname)?.[1];
    if (campaign) {
      return {
        what: 'declaration campaign export',
        answer: reading ? () => exportCampaign(request, url, campaign) : refused,
      };
    }
    if (url.pathname === CONFLICT_REGISTER_EXPORT) {
      return {
        what: 'conflict register export',
        answer: reading ? () => exportConflictRegister(options, request, url) : refused,
      };
    }
    if (url.pathname === GIFT_REGISTER_EXPORT) {
      return {
        what: 'gift register export',
        answer: reading ? () => exportGiftRegister(options, request, url) : refused,
      };
    }
    if (url.pathname === FINANCIAL_STATUS_EXPORT) {
      return {
        what: 'financial declarations status export',
        answer: reading ? () => exportFinancialStatus(options, request, url) : refused,
      };
    }
    const taxRequest = TAX_REQUEST_EXPORT.exec(url.pathname)?.[1];
    if (taxRequest) {
      return {
        what: 'tax authority request export',
        answer: reading ? () => exportTaxRequest(options, request, url, taxRequest) : refused,
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
