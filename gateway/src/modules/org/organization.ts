import { Organization, type IOrganization } from '@adal/domain';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';

/** The tenant. Loaded in batches, so many references to it in one response cost one query. */
export const OrganizationRef = builder.loadableObject('Organization', {
  load: (ids: string[], context: GatewayContext): Promise<IOrganization[]> =>
    context.em.find(Organization, { id: { $in: ids } }),
  sort: (organization) => organization.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
  }),
});
