import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../kernel/actor.js';
import { NotFoundError } from '../kernel/errors.js';
import { isUuid } from '../org/org-queries.js';
import { Organization } from '../org/organization.entity.js';

/**
 * §5 (a holding's parent oversees its subsidiaries): the organisation whose KPIs a reader asks
 * for — their own when none is named, or a direct subsidiary of it. Anything else is NOT_FOUND, as
 * if it did not exist, checked before anything of it is read.
 */
export async function ownOrSubsidiary(
  em: EntityManager,
  actor: Actor,
  organizationId: string | null | undefined,
): Promise<string> {
  if (!organizationId || organizationId === actor.organizationId) return actor.organizationId;
  const subsidiary =
    isUuid(organizationId) &&
    (await em.count(Organization, { id: organizationId, parent: actor.organizationId })) > 0;
  if (!subsidiary) throw NotFoundError.forId('Organization', organizationId);
  return organizationId;
}
