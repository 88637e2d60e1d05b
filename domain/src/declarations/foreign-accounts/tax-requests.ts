import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { iinProblem } from '../../org/iin.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { checkYear } from '../financial/filing.js';
import { requireAccessListMember } from './access.js';
import {
  TaxAuthorityRequest,
  type ITaxAuthorityRequest,
  type TaxRequestEmployee,
} from './tax-request.entity.js';

/**
 * §30.3: the yearly request to the tax authority, listing every employee on the staff with their
 * IIN, prepared by a person the §30.1 order names. An employee without a valid IIN stops it: the
 * authority can check only the IINs it is given, so HR corrects the staff list first.
 */
export async function prepareTaxAuthorityRequest(
  em: EntityManager,
  actor: Actor,
  input: { year: number },
): Promise<ITaxAuthorityRequest> {
  checkYear(input.year);
  await requireAccessListMember(em, actor, 'prepare the request to the tax authority');
  await lockRow(em, Organization, actor.organizationId);
  if (await em.count(TaxAuthorityRequest, { organization: actor.organizationId, year: input.year })) {
    throw ConflictError.because('foreignAccount.taxRequest.alreadyPrepared', { year: input.year });
  }
  const staff = await em.find(
    Person,
    { organization: actor.organizationId, active: true },
    { orderBy: { fullName: 'asc', id: 'asc' } },
  );
  const problems = staff.filter((person) => !person.iin || iinProblem(person.iin) !== null);
  if (problems.length > 0) {
    throw ValidationError.because('foreignAccount.taxRequest.iinMissing', {
      field: 'year',
      count: problems.length,
      name: problems[0]!.fullName,
    });
  }
  const employees: TaxRequestEmployee[] = staff.map((person) => ({
    personId: person.id,
    fullName: person.fullName,
    iin: person.iin!,
  }));
  const request = em.create(TaxAuthorityRequest, {
    id: newId(),
    organization: actor.organizationId,
    year: input.year,
    employeeCount: employees.length,
    employees,
    preparedBy: em.getReference(Person, actor.personId),
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.tax_request_prepared',
    entityType: 'TaxAuthorityRequest',
    entityId: request.id,
    data: { year: input.year, employeeCount: employees.length },
  });
  return request;
}

export async function getTaxAuthorityRequest(
  em: EntityManager,
  actor: Actor,
  requestId: string,
): Promise<ITaxAuthorityRequest> {
  const request = isUuid(requestId)
    ? await em.findOne(
        TaxAuthorityRequest,
        { id: requestId, organization: actor.organizationId },
        { populate: ['employees'] },
      )
    : null;
  if (!request) throw NotFoundError.forId('TaxAuthorityRequest', requestId);
  return request;
}

/**
 * The people a request named, as it named them, for the file sent to the tax authority: only for
 * those the §30.1 order names, as the IINs are the data it guards.
 */
export async function taxAuthorityRequestEmployees(
  em: EntityManager,
  actor: Actor,
  requestId: string,
): Promise<{ year: number; employees: readonly TaxRequestEmployee[] }> {
  await requireAccessListMember(em, actor, 'download the request to the tax authority');
  const request = await getTaxAuthorityRequest(em, actor, requestId);
  return { year: request.year, employees: request.employees };
}

/** The requests made, the latest year first: for those the §30.1 order names. */
export async function taxAuthorityRequests(em: EntityManager, actor: Actor): Promise<ITaxAuthorityRequest[]> {
  await requireAccessListMember(em, actor, 'list the requests to the tax authority');
  return em.find(TaxAuthorityRequest, { organization: actor.organizationId }, { orderBy: { year: 'desc' } });
}
