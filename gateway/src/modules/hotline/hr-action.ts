import {
  COMMISSION_RECORDERS,
  HR_ACTION_INITIATORS,
  HR_ACTION_KINDS,
  HR_ACTION_STATUSES,
  HR_OFFICERS,
  PROTECTION_READERS,
  attachCommissionRecommendation,
  finalizeHrAction,
  importHrActions,
  listHrActions,
  recordHrAction,
  type HrActionImportReport,
  type HrActionView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { FileScalar } from '../kernel/file.js';
import { PersonRefType } from './person-ref.js';

export const HrActionKindEnum = builder.enumType('HrActionKind', {
  description: '§40.1: the measures on the employer’s initiative that protection restrains.',
  values: HR_ACTION_KINDS,
});

export const HrActionInitiatorEnum = builder.enumType('HrActionInitiator', {
  description:
    'Who the action comes from: the employer’s initiative (the only one §40.1 holds for the commission), the ' +
    'employee’s own request, an agreement of the parties, or circumstances beyond the parties’ will.',
  values: HR_ACTION_INITIATORS,
});

export const HrActionStatusEnum = builder.enumType('HrActionStatus', { values: HR_ACTION_STATUSES });

const HrActionRef = builder.objectRef<HrActionView>('HrAction');

builder.objectType(HrActionRef, {
  description: 'A dismissal, transfer or disciplinary measure entered or imported by HR.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (action) => action.person }),
    kind: t.field({ type: HrActionKindEnum, resolve: (action) => action.kind }),
    initiator: t.field({ type: HrActionInitiatorEnum, resolve: (action) => action.initiator }),
    decidedOn: t.exposeString('decidedOn', { description: 'YYYY-MM-DD' }),
    description: t.exposeString('description'),
    status: t.field({ type: HrActionStatusEnum, resolve: (action) => action.status }),
    flagged: t.exposeBoolean('flagged', {
      description:
        '§40.1: the action needs a disciplinary commission’s recommendation before it can be final; ' +
        'the compliance head sees it in the flagged list.',
    }),
    flaggedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (action) => action.flaggedAt }),
    commissionRecommendation: t.string({
      nullable: true,
      resolve: (action) => action.commissionRecommendation,
    }),
    commissionRecommendationOn: t.string({
      nullable: true,
      description: 'YYYY-MM-DD',
      resolve: (action) => action.commissionRecommendationOn,
    }),
    createdAt: t.field({ type: DateTimeScalar, resolve: (action) => action.createdAt }),
    finalizedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (action) => action.finalizedAt }),
  }),
});

builder.queryField('hrActions', (t) =>
  t.withAuth({ anyRole: [...HR_OFFICERS, ...PROTECTION_READERS] }).field({
    type: [HrActionRef],
    description:
      'HR actions, newest first. HR officers see all (flaggedOnly narrows); the compliance head sees the flagged ' +
      'ones only, except those flagged from a case that names her or a compliance head.',
    args: { flaggedOnly: t.arg.boolean() },
    resolve: (_root, { flaggedOnly }, context) =>
      listHrActions(context.em, context.actor, { flaggedOnly: flaggedOnly === true }),
  }),
);

const HrActionInput = builder.inputType('HrActionInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    kind: t.field({ type: HrActionKindEnum, required: true }),
    initiator: t.field({
      type: HrActionInitiatorEnum,
      description: 'Required: an action without it is a VALIDATION error (hotline.hr.initiatorRequired).',
    }),
    decidedOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
    description: t.string({ required: true }),
  }),
});

builder.mutationField('recordHrAction', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: HrActionRef,
    description:
      'Enters an HR action as a draft; one at the employer’s initiative against a protected person is flagged at ' +
      'once (§40.1).',
    args: { input: t.arg({ type: HrActionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        recordHrAction(em, context.actor, { ...input, personId: String(input.personId) }, new Date()),
      ),
  }),
);

const HrActionImportReportRef = builder.objectRef<HrActionImportReport>('HrActionImportReport');

builder.objectType(HrActionImportReportRef, {
  fields: (t) => ({
    created: t.exposeInt('created'),
    flagged: t.exposeInt('flagged', {
      description: 'How many wait for a disciplinary commission’s recommendation.',
    }),
  }),
});

builder.mutationField('importHrActions', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: HrActionImportReportRef,
    description:
      'Imports HR actions from a CSV or XLSX export (columns email or iin, kind, initiator, decided_on, description). ' +
      'Any bad row, one without an initiator included, ' +
      'fails the whole import with a VALIDATION error whose extensions.errors lists { row, column, message } for ' +
      'every problem; nothing is written then.',
    args: { file: t.arg({ type: FileScalar, required: true }) },
    resolve: async (_root, { file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        importHrActions(em, context.actor, { filename: file.name, content }, new Date()),
      );
    },
  }),
);

const CommissionRecommendationInput = builder.inputType('CommissionRecommendationInput', {
  fields: (t) => ({
    reference: t.string({ required: true, description: 'The commission’s protocol number or a summary.' }),
    on: t.string({ required: true, description: 'YYYY-MM-DD' }),
  }),
});

builder.mutationField('attachCommissionRecommendation', (t) =>
  t.withAuth({ anyRole: COMMISSION_RECORDERS }).field({
    type: HrActionRef,
    description:
      '§40.1: attaches the disciplinary commission’s recommendation to a draft action. The compliance head reaches ' +
      'only the actions in her list (hrActions); any other is NOT_FOUND to her.',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: CommissionRecommendationInput, required: true }),
    },
    resolve: (_root, { id, input }, context) =>
      context.em.transactional((em) =>
        attachCommissionRecommendation(em, context.actor, String(id), input, new Date()),
      ),
  }),
);

builder.mutationField('finalizeHrAction', (t) =>
  t.withAuth({ anyRole: HR_OFFICERS }).field({
    type: HrActionRef,
    description:
      'Marks an action final. A flagged action without a commission recommendation is a CONFLICT ' +
      '(extensions.reason commission_recommendation_required) and stays a draft.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => finalizeHrAction(em, context.actor, String(id), new Date())),
  }),
);
