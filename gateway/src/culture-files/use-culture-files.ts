import { forTenant, readCultureMaterialFile, type MikroORM as Orm } from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import {
  contentDisposition,
  fileRouteFailure,
  plainText,
  signInRequired,
} from '../errors/plain-responses.js';

export interface CultureFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

const MATERIAL_FILE = /^\/culture\/materials\/([0-9a-fA-F-]{36})\/file$/;

/**
 * The paths served here, which the server hands to yoga; the rest of /culture/ is the plugin's
 * client-side routes, answered with the shell's page.
 */
export function isCultureFilePath(path: string): boolean {
  return MATERIAL_FILE.test(path);
}

/**
 * §32.2, §35.6: a material's file for whoever may read the material — its audience while it is
 * published, the planners always; anyone else is told it is not found, as in GraphQL.
 */
async function materialFile(options: CultureFilesOptions, request: Request, id: string): Promise<Response> {
  const actor = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const file = await readCultureMaterialFile(forTenant(options.orm.em, actor.organizationId), actor, id);
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

/** The culture chapter's HTTP routes beside GraphQL: a material's file. */
export function useCultureFiles(options: CultureFilesOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const id = MATERIAL_FILE.exec(url.pathname)?.[1];
      if (!id) return;
      let response: Response;
      try {
        response =
          request.method === 'GET' || request.method === 'HEAD'
            ? await materialFile(options, request, id)
            : plainText(405, 'Method not allowed');
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'culture material file');
      }
      endResponse(response);
    },
  };
}
