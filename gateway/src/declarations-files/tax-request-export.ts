import { forTenant, taxAuthorityRequestEmployees, type Actor, type Locale } from '@adal/domain';
import { authenticate } from '../auth/authenticate.js';
import { signInRequired } from '../errors/plain-responses.js';
import { csvDownload } from '../files/csv-download.js';
import { requestLocale } from '../training-files/texts.js';
import type { DeclarationsFilesOptions } from './use-declarations-files.js';

export const TAX_REQUEST_EXPORT = /^\/declarations\/foreign-accounts\/tax-requests\/([0-9a-fA-F-]{36})\.csv$/;

const HEADINGS: Record<Locale, readonly [iin: string, fullName: string]> = {
  kk: ['ЖСН', 'Аты-жөні'],
  ru: ['ИИН', 'ФИО'],
  en: ['IIN', 'Full name'],
};

/** The name the year's request is saved under, here and where GraphQL names it. */
export function taxRequestFileName(year: number): string {
  return `tax-request-${year}.csv`;
}

/**
 * §30.3: the file sent to the tax authority — every employee the request named, IIN and full name,
 * as it named them when prepared; only those the §30.1 order names may download it, the domain's
 * rule.
 */
export async function exportTaxRequest(
  options: DeclarationsFilesOptions,
  request: Request,
  url: URL,
  requestId: string,
): Promise<Response> {
  const actor: Actor | null = await authenticate(request, options.verifyToken, options.orm.em.fork());
  if (!actor) return signInRequired();
  const { year, employees } = await taxAuthorityRequestEmployees(
    forTenant(options.orm.em, actor.organizationId),
    actor,
    requestId,
  );
  return csvDownload(
    [HEADINGS[requestLocale(request, url)], ...employees.map((e) => [e.iin, e.fullName])],
    taxRequestFileName(year),
  );
}
