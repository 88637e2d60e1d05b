import {
  MAX_AUDIT_PAGE,
  Person,
  forTenant,
  listAuditEvents,
  type Actor,
  type MikroORM as Orm,
  kazakhstanDay,
} from '@adal/domain';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { authenticate } from '../auth/authenticate.js';
import { auditTrailFilter } from '../modules/audit/audit-event.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import {
  contentDisposition,
  fileRouteFailure,
  plainText,
  signInRequired,
} from '../errors/plain-responses.js';
import { requestIdOf } from '../request-id.js';
import { requestLocale } from '../training-files/texts.js';
import { auditCsvHeader, auditCsvRows, type ActorName } from './audit-trail-csv.js';

export interface AuditFilesOptions {
  orm: Orm;
  verifyToken: TokenVerifier;
  logger: YogaLogger;
}

const AUDIT_TRAIL_CSV = '/admin/audit-trail.csv';

/** The path served here; the rest of /admin/ is the administration plugin's client-side routes. */
export function isAuditFilePath(path: string): boolean {
  return path === AUDIT_TRAIL_CSV;
}

async function exportTrail(options: AuditFilesOptions, request: Request, url: URL): Promise<Response> {
  // The same sign-in as GraphQL: the Bearer token, roles read from the database.
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const filter = auditTrailFilter(Object.fromEntries(url.searchParams));
  const locale = requestLocale(request, url);
  const page = async (after: string | undefined) =>
    // Who may read what is the listing's rule: it refuses others (FORBIDDEN → 403) and hides
    // from each reader what the trail screen hides.
    listAuditEvents(forTenant(options.orm.em, actor.organizationId), actor, {
      limit: MAX_AUDIT_PAGE,
      filter,
      ...(after ? { after } : {}),
    });
  // The first page before the answer starts, so that a refusal or a bad filter is its status.
  let events = await page(undefined);
  const actors = new Map<string, ActorName>();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(auditCsvHeader(locale)));
    },
    // One page of the trail at a time, read when the client takes the last one.
    async pull(controller) {
      try {
        const unknown = [
          ...new Set(
            events.flatMap((e) => (e.actorPersonId && !actors.has(e.actorPersonId) ? [e.actorPersonId] : [])),
          ),
        ];
        if (unknown.length > 0) {
          const people = await forTenant(options.orm.em, actor.organizationId).find(Person, {
            id: { $in: unknown },
          });
          for (const person of people)
            actors.set(person.id, { fullName: person.fullName, email: person.email });
        }
        controller.enqueue(encoder.encode(auditCsvRows(events, actors, locale)));
        const last = events.at(-1);
        if (events.length < MAX_AUDIT_PAGE || !last) {
          controller.close();
          return;
        }
        events = await page(last.id);
      } catch (error) {
        options.logger.error(`[${requestIdOf(request)}] audit trail export failed`, error);
        controller.error(error);
      }
    },
  });
  const day = kazakhstanDay(new Date());
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition('attachment', `audit-trail-${day}.csv`),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * The audit trail's export beside GraphQL (§75): the trail as its reader may read it, narrowed
 * by the screen's filters, as CSV. Served by yoga so that it shares its fetch handler, its
 * request ids and the token verification of GraphQL requests.
 */
export function useAuditFiles(options: AuditFilesOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!isAuditFilePath(url.pathname)) return;
      let response: Response;
      try {
        response =
          request.method === 'GET' || request.method === 'HEAD'
            ? await exportTrail(options, request, url)
            : plainText(405, 'Method not allowed');
      } catch (error) {
        response = fileRouteFailure(error, request, options.logger, 'audit trail export');
      }
      endResponse(response);
    },
  };
}
