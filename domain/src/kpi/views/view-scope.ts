import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { NotFoundError } from '../../kernel/errors.js';
import { localizedName, type LocalizedText } from '../../kernel/locale.js';
import { TENANT_FILTER } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import { isUuid } from '../../org/org-queries.js';
import { ownOrSubsidiary } from '../kpi-organization.js';
import type { ViewFilters } from './view-period.js';

/**
 * §5 (a holding's parent oversees its subsidiaries): a view may be filtered to the viewer's own
 * organisation or one of its subsidiaries, and to a unit of the organisation it shows. Anything
 * else is NOT_FOUND, as if it did not exist.
 */
export async function checkFilterScope(em: EntityManager, actor: Actor, filters: ViewFilters): Promise<void> {
  const organizationId = await ownOrSubsidiary(em, actor, filters.organizationId);
  if (filters.orgUnitId) {
    // A subsidiary's units lie outside the request's tenant: the condition names the organisation instead.
    const found =
      isUuid(filters.orgUnitId) &&
      (await em.count(
        OrgUnit,
        { id: filters.orgUnitId, organization: organizationId },
        { filters: { [TENANT_FILTER]: false } },
      )) > 0;
    if (!found) throw NotFoundError.forId('OrgUnit', filters.orgUnitId);
  }
}

export interface ViewOrganization {
  id: string;
  name: LocalizedText;
  own: boolean;
}

/** The organisations a view may show: the viewer's own, then its subsidiaries by name. */
export async function viewOrganizations(em: EntityManager, actor: Actor): Promise<ViewOrganization[]> {
  const found = await em.find(Organization, {
    $or: [{ id: actor.organizationId }, { parent: actor.organizationId }],
  });
  return found
    .map((org) => ({
      id: org.id,
      name: localizedName(org.names, org.name),
      own: org.id === actor.organizationId,
    }))
    .sort((a, b) => Number(b.own) - Number(a.own) || a.name.kk.localeCompare(b.name.kk, 'kk'));
}
