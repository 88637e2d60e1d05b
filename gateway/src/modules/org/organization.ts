import { localizedName, Organization, type IOrganization } from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import type { GatewayContext } from '../../context.js';

/** The tenant. Loaded in batches, so many references to it in one response cost one query. */
export const OrganizationRef = builder.loadableObject('Organization', {
  load: (ids: string[], context: GatewayContext): Promise<IOrganization[]> =>
    context.em.find(Organization, { id: { $in: ids } }),
  sort: (organization) => organization.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    names: t.field({
      type: LocalizedTextRef,
      description: 'The name in each interface language; `name` where the organisation gave no translation.',
      resolve: (organization) => localizedName(organization.names, organization.name),
    }),
    shortName: t.exposeString('shortName', { nullable: true }),
  }),
});
