import {
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  PUBLICATION_PLACES,
  STANDARD_APPROVERS,
  antiCorruptionStandard,
  recordAntiCorruptionStandard,
  recordStandardPublication,
  type StandardAdoptionView,
  type StandardView,
  type StandardWarning,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';

const ApproverEnum = builder.enumType('StandardApprover', { values: STANDARD_APPROVERS });
const PlaceEnum = builder.enumType('StandardPublicationPlace', { values: PUBLICATION_PLACES });
const WarningEnum = builder.enumType('StandardWarning', {
  values: ['not_adopted', 'not_published', 'not_on_website'] as const satisfies readonly StandardWarning[],
});

const AdoptionRef = builder.objectRef<StandardAdoptionView>('StandardAdoption');
builder.objectType(AdoptionRef, {
  description:
    '§2: an act (order or other document) that adopted the anti-corruption standard, and its publication.',
  fields: (t) => ({
    id: t.exposeID('id'),
    actNumber: t.exposeString('actNumber'),
    adoptedOn: t.exposeString('adoptedOn', { description: 'YYYY-MM-DD' }),
    approvedBy: t.field({ type: ApproverEnum, resolve: (s) => s.approvedBy }),
    approverName: t.exposeString('approverName', { nullable: true }),
    approverBody: t.exposeString('approverBody', { nullable: true }),
    documentUrl: t.exposeString('documentUrl', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    publishedWhere: t.field({ type: PlaceEnum, nullable: true, resolve: (s) => s.publishedWhere }),
    publishedUrl: t.exposeString('publishedUrl', { nullable: true }),
    publishedOn: t.exposeString('publishedOn', { nullable: true, description: 'YYYY-MM-DD' }),
    supersededAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (s) => s.supersededAt }),
    recordedAt: t.field({ type: DateTimeScalar, resolve: (s) => s.recordedAt }),
  }),
});

const StandardRef = builder.objectRef<StandardView>('AntiCorruptionStandard');
builder.objectType(StandardRef, {
  description: '§2: the act in force, the acts it superseded (latest first) and what §2 still asks for.',
  fields: (t) => ({
    current: t.field({ type: AdoptionRef, nullable: true, resolve: (s) => s.current }),
    history: t.field({ type: [AdoptionRef], resolve: (s) => s.history }),
    warnings: t.field({ type: [WarningEnum], resolve: (s) => s.warnings }),
  }),
});

builder.queryField('antiCorruptionStandard', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: StandardRef,
    description: '§2: the act that adopted the organisation’s anti-corruption standard, and its history.',
    resolve: (_root, _args, context) => antiCorruptionStandard(context.em, context.actor),
  }),
);

const AdoptionInput = builder.inputType('StandardAdoptionInput', {
  fields: (t) => ({
    actNumber: t.string({ required: true }),
    adoptedOn: t.string({ required: true, description: 'YYYY-MM-DD, not after today' }),
    approvedBy: t.field({ type: ApproverEnum, required: true }),
    approverName: t.string({ description: 'The person who approved it (the first head).' }),
    approverBody: t.string({ description: 'The management body that approved it.' }),
    documentUrl: t.string({ description: 'An https link to the act’s text.' }),
    note: t.string(),
  }),
});

builder.mutationField('recordAntiCorruptionStandard', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: StandardRef,
    description:
      '§2: records the act that adopted the standard; it supersedes the act in force (an amended standard), which stays in the history.',
    args: { input: t.arg({ type: AdoptionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) => recordAntiCorruptionStandard(em, context.actor, input, new Date())),
  }),
);

const PublicationInput = builder.inputType('StandardPublicationInput', {
  fields: (t) => ({
    publishedWhere: t.field({ type: PlaceEnum, required: true }),
    publishedUrl: t.string({ description: 'An https link; required unless on the intranet.' }),
    publishedOn: t.string({ required: true, description: 'YYYY-MM-DD, not before the adoption' }),
  }),
});

builder.mutationField('recordStandardPublication', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: StandardRef,
    description: '§2: records where and when the act in force was published.',
    args: { input: t.arg({ type: PublicationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) => recordStandardPublication(em, context.actor, input, new Date())),
  }),
);
