import {
  HOTLINE_MANAGERS,
  hotlineSettings,
  updateHotlineSettings,
  type HotlineSettingsValues,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { HOTLINE_HANDLERS } from './hotline-case-summary.js';

const HotlineSettingsRef = builder.objectRef<HotlineSettingsValues>('HotlineSettings');

builder.objectType(HotlineSettingsRef, {
  description: "The organisation's hotline deadlines and retention.",
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
  }),
});

builder.queryField('hotlineSettings', (t) =>
  t.withAuth({ anyRole: HOTLINE_HANDLERS }).field({
    type: HotlineSettingsRef,
    resolve: (_root, _args, context) => hotlineSettings(context.em, context.actor.organizationId),
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
      context.em.transactional((em) =>
        updateHotlineSettings(em, context.actor, {
          ...(input.acknowledgeHours != null ? { acknowledgeHours: input.acknowledgeHours } : {}),
          ...(input.processingDays != null ? { processingDays: input.processingDays } : {}),
          ...(input.retentionYears != null ? { retentionYears: input.retentionYears } : {}),
          ...(input.reporterAccessIdleDays != null
            ? { reporterAccessIdleDays: input.reporterAccessIdleDays }
            : {}),
        }),
      ),
  }),
);
