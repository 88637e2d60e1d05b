import { listOrgUnits, localizedName, OrgUnit, renameOrgUnit, type IOrgUnit } from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef, NameTranslationsInput } from '../kernel/locale.js';
import type { GatewayContext } from '../../context.js';

/** A unit of the organisation's structure; its parent is resolved through the same batch loader. */
export const OrgUnitRef = builder.loadableObjectRef('OrgUnit', {
  // The request's entity manager is tenant-filtered: ids of another organisation load nothing.
  load: (ids: string[], context: GatewayContext): Promise<IOrgUnit[]> =>
    context.em.find(OrgUnit, { id: { $in: ids } }),
  sort: (unit) => unit.id,
});

builder.objectType(OrgUnitRef, {
  description: 'A unit of the organisational structure (department, branch, subsidiary office).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    names: t.field({
      type: LocalizedTextRef,
      description: 'The name in each interface language; `name` where the organisation gave no translation.',
      resolve: (unit) => localizedName(unit.names, unit.name),
    }),
    code: t.exposeString('code', { nullable: true }),
    /** The ancestry as '/<root id>/…/<own id>/', so a client can indent a tree without extra queries. */
    path: t.exposeString('path'),
    parent: t.field({
      type: OrgUnitRef,
      nullable: true,
      resolve: (unit) => unit.parent?.id ?? null,
    }),
  }),
});

builder.queryField('orgUnits', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [OrgUnitRef],
    description: "The viewer's organisation structure, parents before children.",
    resolve: (_root, _args, context) => listOrgUnits(context.em, context.actor),
  }),
);

builder.mutationField('renameOrgUnit', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: OrgUnitRef,
    description:
      "Keeps a unit's name in Kazakh, Russian and English; a blank one reads the name as entered, which " +
      'stays (the staff file finds the unit by it). A text over 300 characters is a VALIDATION error naming its field.',
    args: {
      id: t.arg.id({ required: true }),
      names: t.arg({ type: NameTranslationsInput, required: true }),
    },
    resolve: (_root, { id, names }, context) =>
      context.em.transactional((em) => renameOrgUnit(em, context.actor, String(id), names)),
  }),
);
