import {
  ALTERNATE_HANDLER_APPOINTERS,
  HOTLINE_MANAGERS,
  HOTLINE_OVERSIGHT,
  hotlineSettingsView,
  setHotlineAlternateHandler,
  updateHotlineSettings,
  type HotlineSettingsView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { HOTLINE_HANDLERS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';
import { HotlineIntakeProfileRef, ownIntakeProfile } from './hotline-intake-profile.js';

const HotlineSettingsRef = builder.objectRef<HotlineSettingsView>('HotlineSettings');

builder.objectType(HotlineSettingsRef, {
  description: "The organisation's hotline deadlines, retention and alternate handler.",
  fields: (t) => ({
    acknowledgeHours: t.exposeInt('acknowledgeHours', {
      description: 'Acknowledge within (hours; 24 by default, §69).',
    }),
    processingDays: t.exposeInt('processingDays', { description: 'Process within (calendar days; §74.6).' }),
    retentionYears: t.exposeInt('retentionYears', {
      description: 'Closed cases are purged after (years; 5 by default).',
    }),
    reporterAccessIdleDays: t.exposeInt('reporterAccessIdleDays', {
      description: 'A receipt stops working after this many idle days (90 by default).',
    }),
    alternateHandler: t.field({
      type: PersonRefType,
      nullable: true,
      description:
        'Runs the cases that name a compliance head, and is the second pair of eyes on disclosures that involve ' +
        'whoever runs a case (ADR 008). Named by the first head.',
      resolve: (settings) => settings.alternateHandler,
    }),
    intake: t.field({
      type: HotlineIntakeProfileRef,
      description: 'How the public intake presents the organisation.',
      resolve: (_settings, _args, context) => {
        // The settings are read signed in only.
        if (!context.actor) throw new Error('The hotline settings need a signed-in viewer');
        return ownIntakeProfile(context.em, context.actor.organizationId);
      },
    }),
  }),
});

builder.queryField('hotlineSettings', (t) =>
  t.withAuth({ anyRole: [...HOTLINE_HANDLERS, ...HOTLINE_OVERSIGHT] }).field({
    type: HotlineSettingsRef,
    resolve: (_root, _args, context) => hotlineSettingsView(context.em, context.actor),
  }),
);

const HotlineSettingsInput = builder.inputType('HotlineSettingsInput', {
  description: 'Only the settings given change.',
  fields: (t) => ({
    acknowledgeHours: t.int(),
    processingDays: t.int(),
    retentionYears: t.int(),
    reporterAccessIdleDays: t.int(),
  }),
});

builder.mutationField('updateHotlineSettings', (t) =>
  t.withAuth({ anyRole: HOTLINE_MANAGERS }).field({
    type: HotlineSettingsRef,
    args: { input: t.arg({ type: HotlineSettingsInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional(async (em) => {
        await updateHotlineSettings(em, context.actor, {
          ...(input.acknowledgeHours != null ? { acknowledgeHours: input.acknowledgeHours } : {}),
          ...(input.processingDays != null ? { processingDays: input.processingDays } : {}),
          ...(input.retentionYears != null ? { retentionYears: input.retentionYears } : {}),
          ...(input.reporterAccessIdleDays != null
            ? { reporterAccessIdleDays: input.reporterAccessIdleDays }
            : {}),
        });
        await em.flush();
        return hotlineSettingsView(em, context.actor);
      }),
  }),
);

builder.mutationField('setHotlineAlternateHandler', (t) =>
  t.withAuth({ anyRole: ALTERNATE_HANDLER_APPOINTERS }).field({
    type: HotlineSettingsRef,
    description:
      'The first head names the alternate handler: a board member or a deputy, anyone active outside the compliance ' +
      'service (VALIDATION otherwise). Null clears it; the cases that name a compliance head then wait for one.',
    args: { personId: t.arg.id() },
    resolve: (_root, { personId }, context) =>
      context.em.transactional((em) =>
        setHotlineAlternateHandler(em, context.actor, personId == null ? null : String(personId)),
      ),
  }),
);
