import {
  exportColumns,
  forTenant,
  kazakhstanDay,
  riskRegisterFile,
  type MikroORM as Orm,
} from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { fileRouteFailure, plainText, signInRequired } from '../errors/plain-responses.js';
import { download } from '../files/file-download.js';
import { XLSX_TYPE } from '../files/xlsx-download.js';
import { requestLocale } from '../training-files/texts.js';
import { riskRegisterXlsx } from './risk-register-xlsx.js';

export interface ComplianceFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

const RISK_REGISTER_FILE = /^\/compliance\/risks\.xlsx$/;

/** The paths served here; the rest of /compliance/ is the plugin's client-side routes. */
export function isComplianceFilePath(path: string): boolean {
  return RISK_REGISTER_FILE.test(path);
}

/**
 * The compliance programme's files beside GraphQL: a risk register as a workbook (Annex 1), for
 * the register's readers — `?register=legal_acts|activity`, `&columns=number,scheme,…` for another
 * layout, `&lang=` for the headings' language.
 */
export function useComplianceFiles(options: ComplianceFilesOptions): Plugin {
  async function registerFile(request: Request, url: URL): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
    const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
    if (!actor) return signInRequired();
    const register = url.searchParams.get('register') ?? 'activity';
    const asked = url.searchParams.get('columns');
    const columns = exportColumns(
      asked
        ? asked
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : null,
    );
    const file = await riskRegisterFile(forTenant(options.orm.em, actor.organizationId), actor, register);
    return download({
      fileName: `risk-register-${file.register}-${kazakhstanDay(new Date())}.xlsx`,
      contentType: XLSX_TYPE,
      data: await riskRegisterXlsx(file, columns, requestLocale(request, url)),
    });
  }

  return {
    async onRequest({ request, url, endResponse }) {
      if (!RISK_REGISTER_FILE.test(url.pathname)) return;
      let response: Response;
      try {
        response = await registerFile(request, url);
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'risk register export');
      }
      endResponse(response);
    },
  };
}
