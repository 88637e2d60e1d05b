import type { EntityManager } from '@mikro-orm/postgresql';

export const TENANT_FILTER = 'tenant';

export interface TenantFilterArgs {
  organizationId: string;
}

function tenantCondition(args: Record<string, unknown>): { organization: unknown } {
  return { organization: args['organizationId'] };
}

/**
 * The filter every tenant-owned entity declares. Off by default so that login and the
 * background jobs can look across tenants; `forTenant` turns it on for a whole entity
 * manager, after which no query through it can see another organisation's rows.
 */
export const tenantFilter = {
  [TENANT_FILTER]: { name: TENANT_FILTER, cond: tenantCondition, default: false },
};

/** A fork of `em` that only sees rows of `organizationId` (ARCHITECTURE.md, boundary 5). */
export function forTenant(em: EntityManager, organizationId: string): EntityManager {
  const fork = em.fork();
  const tenantOwned = [...fork.getMetadata().getAll().values()]
    .filter((meta) => meta.filters?.[TENANT_FILTER] !== undefined)
    .map((meta) => meta.class);
  const args: TenantFilterArgs = { organizationId };
  fork.setFilterParams(TENANT_FILTER, { ...args });
  // Registered on the fork with `default: true`, so every find, count and populate of a
  // tenant-owned entity through this manager carries the condition.
  fork.addFilter({ name: TENANT_FILTER, cond: tenantCondition, entity: tenantOwned, default: true });
  return fork;
}
