import type { MikroORM as Orm } from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { fileRouteFailure, plainText } from '../errors/plain-responses.js';
import { exportSurveyResults, SURVEY_RESULTS_EXPORT } from './survey-results-export.js';

export interface SurveyFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

/**
 * The path served here, which the server hands to yoga; the rest of /culture/ is the plugin's
 * client-side routes, answered with the shell's page.
 */
export function isSurveyFilePath(path: string): boolean {
  return SURVEY_RESULTS_EXPORT.test(path);
}

/** §68: the culture survey's results as a workbook, beside GraphQL. */
export function useSurveyFiles(options: SurveyFilesOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const surveyId = SURVEY_RESULTS_EXPORT.exec(url.pathname)?.[1];
      if (!surveyId) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(plainText(405, 'Method not allowed'));
        return;
      }
      let response: Response;
      try {
        response = await exportSurveyResults(options, request, url, surveyId);
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'culture survey results export');
      }
      endResponse(response);
    },
  };
}
