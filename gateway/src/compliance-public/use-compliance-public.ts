import type { IncomingMessage } from 'node:http';
import {
  DomainError,
  publicCartogram,
  submitPublicProposal,
  type Locale,
  type MikroORM as Orm,
} from '@adal/domain';
import { GraphQLError } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { fileRouteFailure, plainText } from '../errors/plain-responses.js';
import type { HotlineIntakeLimits } from '../hotline-intake/intake-limits.js';
import type { ClientSource } from '../limits/client-key.js';
import { requestLocale } from '../training-files/texts.js';
import { readLimitedBody } from '../limits/read-limited-body.js';
import { guardProposal, MAX_PROPOSAL_BODY_BYTES } from './public-limits.js';
import { transparencyNotFoundPage, transparencyPage, type ProposalNotice } from './transparency-page.js';

export interface CompliancePublicOptions {
  orm: Orm;
  logger: YogaLogger;
  /** The anonymous operations' shared counters: the page's form draws on submitPublicProposal's allowance. */
  hotlineLimits: HotlineIntakeLimits;
  clientKey: (source: ClientSource) => string;
}

const TRANSPARENCY_PAGE = /^\/transparency\/([a-z0-9-]{3,60})\/?$/;

/** The public page's path, which the server hands to yoga before any shell route can claim it. */
export function isCompliancePublicPath(path: string): boolean {
  return TRANSPARENCY_PAGE.test(path);
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * §9.4–§11: /transparency/<slug>, the organisation's public page, served without sign-in: the
 * page (GET) and a proposal sent through its form (POST), rate-limited per client as
 * submitPublicProposal is.
 */
export function useCompliancePublic(options: CompliancePublicOptions): Plugin {
  async function page(request: Request, url: URL, slug: string, socketAddress: string | undefined) {
    const locale: Locale = requestLocale(request, url);
    const html = (body: string, status = 200) => new Response(body, { status, headers: PAGE_HEADERS });
    const path = `/transparency/${slug}`;
    const load = () => publicCartogram(options.orm.em.fork(), slug, new Date());
    let cartogram;
    try {
      cartogram = await load();
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        return html(transparencyNotFoundPage(locale), 404);
      }
      throw error;
    }
    if (request.method !== 'POST') return html(transparencyPage(locale, path, cartogram, null));
    // The page's form sends a URL-encoded body of two short fields: anything else, or more than
    // they can hold, is refused before it is read whole.
    const form = (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
    if (!form) return html(transparencyPage(locale, path, cartogram, { problem: 'text' }), 415);
    const raw = await readLimitedBody(request, MAX_PROPOSAL_BODY_BYTES);
    if (raw === null) return html(transparencyPage(locale, path, cartogram, { problem: 'text' }), 413);
    const fields = new URLSearchParams(raw);
    const typed = { text: fields.get('text') ?? '', contact: fields.get('contact') ?? '' };
    const client = options.clientKey({ headers: request.headers, socketAddress });
    let notice: ProposalNotice;
    try {
      notice = await guardProposal(options.hotlineLimits.publicProposals, client, () =>
        options.orm.em
          .fork()
          .transactional((em) =>
            submitPublicProposal(em, slug, { text: typed.text, contact: typed.contact }, new Date()),
          ),
      );
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions['code'] === 'RATE_LIMITED') {
        return html(transparencyPage(locale, path, cartogram, { problem: 'tooMany' }, typed), 429);
      }
      if (error instanceof DomainError && error.code === 'VALIDATION') {
        return html(transparencyPage(locale, path, cartogram, { problem: 'text' }, typed));
      }
      throw error;
    }
    return html(transparencyPage(locale, path, await load(), notice));
  }

  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      const slug = TRANSPARENCY_PAGE.exec(url.pathname)?.[1];
      if (!slug) return;
      const reading = request.method === 'GET' || request.method === 'HEAD';
      if (!reading && request.method !== 'POST') {
        endResponse(plainText(405, 'Method not allowed'));
        return;
      }
      const { req } = serverContext as { req?: IncomingMessage };
      let response: Response;
      try {
        response = await page(request, url, slug, req?.socket.remoteAddress);
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'public transparency page');
      }
      endResponse(response);
    },
  };
}
