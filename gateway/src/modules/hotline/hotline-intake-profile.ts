import {
  COMPLIANCE_REPORTS_TO,
  HOTLINE_MANAGERS,
  hotlineIntakeProfiles,
  setHotlineIntakeLogo,
  updateHotlineIntakeProfile,
  type HotlineIntakeProfile,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';

export const ComplianceReportsToEnum = builder.enumType('ComplianceReportsTo', {
  description:
    'To whom the compliance function reports, as the intake tells reporters: the board of directors, a ' +
    'supervisory board, or the first head of a state body.',
  values: COMPLIANCE_REPORTS_TO,
});

export const HotlineIntakeProfileRef = builder.objectRef<HotlineIntakeProfile>('HotlineIntakeProfile');

builder.objectType(HotlineIntakeProfileRef, {
  description: 'How the public intake presents the organisation (issue 11 §9).',
  fields: (t) => ({
    reportsTo: t.field({ type: ComplianceReportsToEnum, resolve: (profile) => profile.reportsTo }),
    acknowledgeHours: t.exposeInt('acknowledgeHours', {
      description: 'The acknowledgement deadline the intake promises (§69: 24 hours by default).',
    }),
    brandColor: t.exposeString('brandColor', {
      nullable: true,
      description:
        'The primary colour, #rrggbb, readable under white text (WCAG AA); null: the standard one.',
    }),
    logoDataUrl: t.exposeString('logoDataUrl', {
      nullable: true,
      description:
        'The logo (PNG, JPEG or WebP) as a data: URL, shown under the intake CSP without a request.',
    }),
  }),
});

/** The viewer organisation's intake profile. */
export async function ownIntakeProfile(
  em: Parameters<typeof hotlineIntakeProfiles>[0],
  organizationId: string,
): Promise<HotlineIntakeProfile> {
  const profiles = await hotlineIntakeProfiles(em, [organizationId]);
  const profile = profiles.get(organizationId);
  if (!profile) throw new Error(`No intake profile for ${organizationId}`);
  return profile;
}

const HotlineIntakeProfileInput = builder.inputType('HotlineIntakeProfileInput', {
  description: 'Only what is given changes; an empty brandColor goes back to the standard colour.',
  fields: (t) => ({
    reportsTo: t.field({ type: ComplianceReportsToEnum }),
    brandColor: t.string(),
  }),
});

builder.mutationField('updateHotlineIntakeProfile', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: HotlineIntakeProfileRef,
    description:
      'Sets to whom the intake says the compliance function reports, and its colour: one white text is unreadable ' +
      'on (contrast below 4.5:1, WCAG AA) is VALIDATION.',
    args: { input: t.arg({ type: HotlineIntakeProfileInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        updateHotlineIntakeProfile(em, context.actor, {
          reportsTo: input.reportsTo ?? null,
          brandColor: input.brandColor ?? null,
        }),
      ),
  }),
);

builder.mutationField('setHotlineIntakeLogo', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: HotlineIntakeProfileRef,
    description:
      'Sets the intake logo (multipart request): PNG, JPEG or WebP by its bytes, at most 100 KB (VALIDATION ' +
      'otherwise). Without a file it removes the logo.',
    args: { logo: t.arg({ type: FileScalar }) },
    resolve: async (_root, { logo }, context) => {
      const data = logo ? new Uint8Array(await logo.arrayBuffer()) : null;
      return context.em.transactional((em) => setHotlineIntakeLogo(em, context.actor, data));
    },
  }),
);
