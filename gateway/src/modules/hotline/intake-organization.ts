import { listIntakeOrganizations, type IntakeOrganization } from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';

const IntakeOrganizationRef = builder.objectRef<IntakeOrganization>('IntakeOrganization');

builder.objectType(IntakeOrganizationRef, {
  description: 'An organisation whose hotline this deployment serves, for the intake form to choose from.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    names: t.field({
      type: LocalizedTextRef,
      description: 'The name in each interface language; `name` where the organisation gave no translation.',
      resolve: (organization) => organization.names,
    }),
  }),
});

builder.queryField('intakeOrganizations', (t) =>
  t.field({
    type: [IntakeOrganizationRef],
    description: 'Anonymous: the organisations a report can be filed with, parent companies first.',
    // An unfiltered manager of its own: the request has no actor and no tenant.
    resolve: (_root, _args, context) => listIntakeOrganizations(context.orm.em.fork()),
  }),
);
