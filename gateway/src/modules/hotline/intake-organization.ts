import {
  hotlineIntakeProfiles,
  listIntakeOrganizations,
  type HotlineIntakeProfile,
  type IntakeOrganization,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { HotlineIntakeProfileRef } from './hotline-intake-profile.js';

const IntakeOrganizationRef = builder.objectRef<IntakeOrganization & { profile: HotlineIntakeProfile }>(
  'IntakeOrganization',
);

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
    profile: t.field({
      type: HotlineIntakeProfileRef,
      description:
        'How its intake page presents it: to whom compliance reports, its deadline, colour and logo.',
      resolve: (organization) => organization.profile,
    }),
  }),
});

builder.queryField('intakeOrganizations', (t) =>
  t.field({
    type: [IntakeOrganizationRef],
    description: 'Anonymous: the organisations a report can be filed with, parent companies first.',
    // An unfiltered manager of its own: the request has no actor and no tenant.
    resolve: async (_root, _args, context) => {
      const em = context.orm.em.fork();
      const organizations = await listIntakeOrganizations(em);
      // One query for every organisation's profile.
      const profiles = await hotlineIntakeProfiles(
        em,
        organizations.map((organization) => organization.id),
      );
      return organizations.map((organization) => ({
        ...organization,
        profile: profiles.get(organization.id)!,
      }));
    },
  }),
);
