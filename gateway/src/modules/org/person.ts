import { Person, type IPerson } from '@adal/domain';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { LocaleEnum } from '../kernel/locale.js';
import { OrgUnitRef } from './org-unit.js';

/** A person of the viewer's organisation (e.g. the actor of an audit event), loaded in batches. */
export const PersonRef = builder.loadableObject('Person', {
  load: (ids: string[], context: GatewayContext): Promise<IPerson[]> =>
    context.em.find(Person, { id: { $in: ids } }),
  sort: (person) => person.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.exposeString('fullName'),
    email: t.exposeString('email'),
    locale: t.field({ type: LocaleEnum, resolve: (person) => person.locale }),
    orgUnit: t.field({ type: OrgUnitRef, resolve: (person) => person.orgUnit.id }),
  }),
});
