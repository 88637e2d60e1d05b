import { cultureEvidenceFile, forTenant, type MikroORM as Orm } from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { fileRouteFailure, plainText, signInRequired } from '../errors/plain-responses.js';
import { download } from '../files/file-download.js';

export interface CultureFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

const EVIDENCE_FILE = /^\/culture\/evidence\/([0-9a-fA-F-]{36})$/;

/** The paths served here; the rest of /culture/ is the plugin's client-side routes. */
export function isCultureFilePath(path: string): boolean {
  return EVIDENCE_FILE.test(path);
}

/**
 * The culture chapter's files beside GraphQL: an activity's evidence (a photo, an attendance list, a
 * file), for whoever may read the activity — the plan's readers and its responsible people.
 */
export function useCultureFiles(options: CultureFilesOptions): Plugin {
  async function evidence(request: Request, id: string): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainText(405, 'Method not allowed');
    const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
    if (!actor) return signInRequired();
    return download(await cultureEvidenceFile(forTenant(options.orm.em, actor.organizationId), actor, id));
  }

  return {
    async onRequest({ request, url, endResponse }) {
      const id = EVIDENCE_FILE.exec(url.pathname)?.[1];
      if (!id) return;
      let response: Response;
      try {
        response = await evidence(request, id);
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'culture evidence file');
      }
      endResponse(response);
    },
  };
}
