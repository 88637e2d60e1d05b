import {
  MAX_DECLARANTS_PAGE,
  declarationCampaignDeclarants,
  declarationCampaignProgress,
  forTenant,
  type MikroORM as Orm,
} from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { contentDisposition, fileRouteFailure, plainText } from '../errors/plain-responses.js';
import { requestLocale } from '../training-files/texts.js';
import { campaignProgressXlsx } from './campaign-export.js';

export interface DeclarationsFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

const CAMPAIGN_EXPORT = /^\/declarations\/campaigns\/([0-9a-fA-F-]{36})\/progress\.xlsx$/;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The declarations' HTTP routes beside GraphQL: a campaign's progress as a workbook (§72.2). */
export function useDeclarationsFiles(options: DeclarationsFilesOptions): Plugin {
  async function exportCampaign(request: Request, url: URL, campaignId: string): Promise<Response> {
    const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
    if (!actor) return plainText(401, 'Sign in: send the Authorization: Bearer <token> header.');
    // Who may export is the domain's rule: the progress refuses others (FORBIDDEN → 403).
    const em = forTenant(options.orm.em, actor.organizationId);
    const orgUnitId = url.searchParams.get('orgUnitId') || null;
    const progress = await declarationCampaignProgress(em, actor, campaignId, orgUnitId);
    const { rows } = await declarationCampaignDeclarants(em, actor, campaignId, {
      orgUnitId,
      limit: MAX_DECLARANTS_PAGE,
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(await campaignProgressXlsx(progress, rows, requestLocale(request, url)), {
      headers: {
        'content-type': XLSX_TYPE,
        'cache-control': 'no-store',
        'content-disposition': contentDisposition('attachment', `declaration-campaign-${day}.xlsx`),
        'x-content-type-options': 'nosniff',
      },
    });
  }

  return {
    async onRequest({ request, url, endResponse }) {
      const match = CAMPAIGN_EXPORT.exec(url.pathname);
      if (!match?.[1]) return;
      let response: Response;
      try {
        response =
          request.method === 'GET' || request.method === 'HEAD'
            ? await exportCampaign(request, url, match[1])
            : plainText(405, 'Method not allowed');
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'declaration campaign export');
      }
      endResponse(response);
    },
  };
}
