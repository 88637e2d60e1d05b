import {
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  RISK_CONFIDENTIALITY,
  RISK_LEVELS,
  RISK_REGISTERS,
  RISK_SOURCES,
  RISK_STATUSES,
  RISK_SOURCE_KINDS,
  listRisks,
  RISK_CHOOSERS,
  riskChoices,
  riskChoicesByIds,
  riskProposal,
  riskPositionChoices,
  riskScale,
  setRiskScale,
  upsertRisk,
  type RiskChoice,
  type RiskPage,
  type RiskPositionChoice,
  type RiskProposal,
  type RiskPosition,
  type RiskScaleView,
  type RiskView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import type { GatewayContext } from '../../context.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';

export const RiskRegisterEnum = builder.enumType('RiskRegister', {
  description:
    'Annex 1: legal_acts — risks in legal acts and internal documents; activity — risks in the organisational and management activity.',
  values: RISK_REGISTERS,
});
export const RiskLevelEnum = builder.enumType('RiskLevel', {
  description:
    '§9.2: the band of score = max(probability, frequency) × impact as a share of the top score n×n: below 20 % low, below 40 % medium, below 70 % high, else critical.',
  values: RISK_LEVELS,
});
const RiskSourceEnum = builder.enumType('RiskSource', {
  description: '§9.1, §11: where the risk was found.',
  values: RISK_SOURCES,
});
const RiskConfidentialityEnum = builder.enumType('RiskConfidentiality', {
  description: '§9.4: protected information the risk carries; such a risk is never published.',
  values: RISK_CONFIDENTIALITY,
});
const RiskStatusEnum = builder.enumType('RiskStatus', { values: RISK_STATUSES });
const RiskSourceKindEnum = builder.enumType('RiskSourceKind', {
  description:
    '§9.1, §11: the record a risk is proposed from — a substantiated hotline case, a settled conflict of interest, a self-assessment (internal audit) finding.',
  values: RISK_SOURCE_KINDS,
});

const RiskPositionRef = builder.objectRef<RiskPosition>('RiskPosition');
builder.objectType(RiskPositionRef, {
  description: '§4.14, §11: a post exposed to the risk.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title', { description: 'The title as entered.' }),
    titles: t.field({
      type: LocalizedTextRef,
      description:
        'The title in each interface language; `title` where the organisation gave no translation.',
      resolve: (p) => p.titles,
    }),
  }),
});

export const RiskRef = builder.objectRef<RiskView>('Risk');
builder.objectType(RiskRef, {
  description: '§8–§11, Annex 1: a corruption risk of the register (the cartogram).',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number'),
    code: t.exposeString('code', { description: '№ 7: how the register and the mitigation plan name it.' }),
    register: t.field({ type: RiskRegisterEnum, resolve: (r) => r.register }),
    processOrDocument: t.exposeString('processOrDocument'),
    scheme: t.exposeString('scheme'),
    positions: t.field({ type: [RiskPositionRef], resolve: (r) => r.positions }),
    probability: t.exposeInt('probability'),
    frequency: t.exposeInt('frequency'),
    impact: t.exposeInt('impact'),
    score: t.exposeInt('score'),
    level: t.field({ type: RiskLevelEnum, resolve: (r) => r.level }),
    source: t.field({ type: RiskSourceEnum, resolve: (r) => r.source }),
    sourceKind: t.exposeString('sourceKind', { nullable: true }),
    sourceId: t.exposeString('sourceId', { nullable: true }),
    sourceReference: t.exposeString('sourceReference', {
      nullable: true,
      description: 'The linked source as people refer to it (HL-2026-0007…), never its content.',
    }),
    answeredBy: t.field({ type: [RiskAnswerRef], resolve: (r) => r.answeredBy }),
    confidentiality: t.field({ type: RiskConfidentialityEnum, resolve: (r) => r.confidentiality }),
    procurement: t.exposeBoolean('procurement', { description: '§46: a procurement risk.' }),
    lastReviewedOn: t.exposeString('lastReviewedOn', { nullable: true, description: 'YYYY-MM-DD' }),
    status: t.field({ type: RiskStatusEnum, resolve: (r) => r.status }),
    version: t.exposeInt('version', {
      description: 'Give it back with an edit: a risk changed since is a CONFLICT.',
    }),
    updatedAt: t.field({ type: DateTimeScalar, resolve: (r) => r.updatedAt }),
  }),
});

const RiskAnswerKindEnum = builder.enumType('RiskAnswerKind', {
  values: ['culture_activity', 'training_assignment'] as const,
});
const RiskAnswerRef = builder.objectRef<RiskView['answeredBy'][number]>('RiskAnswer');
builder.objectType(RiskAnswerRef, {
  description: '§9.1, §34: a culture-plan activity or a training assignment that answers the risk.',
  fields: (t) => ({
    kind: t.field({ type: RiskAnswerKindEnum, resolve: (a) => a.kind }),
    id: t.exposeID('id'),
    title: t.field({
      type: LocalizedTextRef,
      description: 'The activity’s title, or the assigned course’s.',
      resolve: (a) => a.title,
    }),
  }),
});

const RiskPageRef = builder.objectRef<RiskPage>('RiskPage');
builder.objectType(RiskPageRef, {
  fields: (t) => ({
    total: t.exposeInt('total'),
    rows: t.field({ type: [RiskRef], resolve: (page) => page.rows }),
  }),
});

const RiskFilterInput = builder.inputType('RiskFilter', {
  fields: (t) => ({
    register: t.field({ type: RiskRegisterEnum }),
    level: t.field({ type: RiskLevelEnum }),
    source: t.field({ type: RiskSourceEnum }),
    status: t.field({ type: RiskStatusEnum }),
    search: t.string({ description: 'In the process or document and the scheme, or a number (№ 7 or 7).' }),
    positionId: t.id(),
    procurement: t.boolean(),
    limit: t.int({ description: '1 to 100, 25 unless given.' }),
    offset: t.int(),
  }),
});

builder.queryField('risks', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: RiskPageRef,
    description:
      '§11: the risk register ranked by score, highest first, then by number; filtered and searched, a page at a time.',
    args: { filter: t.arg({ type: RiskFilterInput }) },
    resolve: (_root, { filter }, context) =>
      listRisks(context.em, context.actor, {
        ...(filter ?? {}),
        positionId: filter?.positionId ? String(filter.positionId) : null,
      }),
  }),
);

const RiskProposalRef = builder.objectRef<RiskProposal>('RiskProposal');
builder.objectType(RiskProposalRef, {
  description:
    '§9.1, §11: a risk drafted from a case or a finding, for the officer to complete; none of the source’s content.',
  fields: (t) => ({
    register: t.field({ type: RiskRegisterEnum, resolve: (r) => r.register }),
    processOrDocument: t.field({ type: LocalizedTextRef, resolve: (r) => r.processOrDocument }),
    scheme: t.field({ type: LocalizedTextRef, resolve: (r) => r.scheme }),
    positionIds: t.idList({ resolve: (r) => r.positionIds }),
    source: t.field({ type: RiskSourceEnum, resolve: (r) => r.source }),
    sourceKind: t.field({ type: RiskSourceKindEnum, resolve: (r) => r.sourceKind }),
    sourceId: t.exposeString('sourceId'),
    sourceReference: t.exposeString('sourceReference'),
  }),
});

builder.queryField('riskProposal', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: RiskProposalRef,
    description:
      '§9.1, §11: a risk drafted from a hotline case closed as (partly) substantiated, a settled conflict of interest or a self-assessment finding. Another organisation’s record is NOT_FOUND; one unfit to propose a risk is a VALIDATION error; one a risk was already proposed from is a CONFLICT naming it.',
    args: {
      sourceKind: t.arg({ type: RiskSourceKindEnum, required: true }),
      sourceId: t.arg.id({ required: true }),
    },
    resolve: (_root, { sourceKind, sourceId }, context) =>
      riskProposal(context.em, context.actor, { sourceKind, sourceId: String(sourceId) }),
  }),
);

const RiskInputType = builder.inputType('RiskInput', {
  fields: (t) => ({
    id: t.id({ description: 'The risk to edit; none to create one.' }),
    version: t.int({ description: 'The version the edit was made on (from Risk.version).' }),
    register: t.field({ type: RiskRegisterEnum, required: true }),
    processOrDocument: t.string({ required: true }),
    scheme: t.string({ required: true }),
    positionIds: t.idList(),
    probability: t.int({ description: '§9.2: required, 1 to the scale.' }),
    frequency: t.int({ description: '§9.2: required, 1 to the scale.' }),
    impact: t.int({ description: 'Required, 1 to the scale.' }),
    source: t.field({ type: RiskSourceEnum, required: true }),
    sourceKind: t.string({
      description:
        'The source record’s kind (hotline_case, conflict_case, audit_finding, assessment_finding, see RiskSourceKind); never its content. Left out of an edit, the link stays.',
    }),
    sourceId: t.string({
      description: 'The source record; one source proposes at most one risk (else CONFLICT).',
    }),
    confidentiality: t.field({ type: RiskConfidentialityEnum }),
    procurement: t.boolean(),
    lastReviewedOn: t.string({ description: 'YYYY-MM-DD' }),
    status: t.field({ type: RiskStatusEnum }),
    reason: t.string({ description: 'Why the score or status changes; required when they do.' }),
  }),
});

builder.mutationField('upsertRisk', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: RiskRef,
    description:
      '§9.1–§9.2: creates a risk (numbered № 1, № 2…) or edits one. A re-score needs a reason and enters the score history; an edit on a stale version is a CONFLICT.',
    args: { input: t.arg({ type: RiskInputType, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        upsertRisk(
          em,
          context.actor,
          {
            ...input,
            id: input.id ? String(input.id) : null,
            positionIds: (input.positionIds ?? []).map(String),
          },
          new Date(),
        ),
      ),
  }),
);

const RiskScaleRef = builder.objectRef<RiskScaleView>('RiskScale');
builder.objectType(RiskScaleRef, {
  description: '§9.2: the scale of probability, frequency and impact (5 unless set, 3 to 10).',
  fields: (t) => ({
    size: t.exposeInt('size'),
    lastIdentifiedOn: t.exposeString('lastIdentifiedOn', { nullable: true, description: 'YYYY-MM-DD' }),
  }),
});

builder.queryField('riskScale', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: RiskScaleRef,
    resolve: (_root, _args, context) => riskScale(context.em, context.actor),
  }),
);

builder.mutationField('setRiskScale', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: RiskScaleRef,
    description: 'A scale below a risk’s scores is a CONFLICT; levels follow the new scale.',
    args: { size: t.arg.int({ required: true }) },
    resolve: (_root, { size }, context) =>
      context.em.transactional((em) => setRiskScale(em, context.actor, size)),
  }),
);

const RiskPositionChoiceRef = builder.objectRef<RiskPositionChoice>('RiskPositionChoice');
builder.objectType(RiskPositionChoiceRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    titles: t.field({
      type: LocalizedTextRef,
      description:
        'The title in each interface language; `title` where the organisation gave no translation.',
      resolve: (p) => p.titles,
    }),
    exposed: t.exposeBoolean('exposed', { description: '§14, §71: marked exposed to corruption risk.' }),
  }),
});

builder.queryField('riskPositionChoices', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: [RiskPositionChoiceRef],
    description: '§4.14, §11: the organisation’s posts to link to a risk, the exposed ones first.',
    resolve: (_root, _args, context) => riskPositionChoices(context.em, context.actor),
  }),
);

export const RiskChoiceRef = builder.objectRef<RiskChoice>('RiskChoice');
builder.objectType(RiskChoiceRef, {
  description:
    '§9.1, §34–§35: a risk as what answers it names it — its number and process or document, never its scheme.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number'),
    code: t.exposeString('code', { description: '№ 7' }),
    processOrDocument: t.exposeString('processOrDocument'),
    status: t.field({ type: RiskStatusEnum, resolve: (r) => r.status }),
  }),
});

builder.queryField('riskChoices', (t) =>
  t.withAuth({ anyRole: RISK_CHOOSERS }).field({
    type: [RiskChoiceRef],
    description:
      '§9.1, §34–§35: the open risks of the register for a culture-plan activity or a training assignment to name, by number; searched by number (№ 7 or 7) or in the process or document; with the risks of `ids` whatever their status.',
    args: {
      search: t.arg.string(),
      ids: t.arg.idList({ description: 'Risks already named, to label them.' }),
    },
    resolve: (_root, { search, ids }, context) =>
      riskChoices(context.em, context.actor, { search: search ?? null, ids: (ids ?? []).map(String) }),
  }),
);

/** Loads the named risks of a list of activities or assignments in one query. */
export async function loadRiskChoices(
  ids: string[],
  context: GatewayContext,
): Promise<(RiskChoice | null)[]> {
  return context.actor
    ? riskChoicesByIds(context.em, context.actor.organizationId, ids)
    : ids.map(() => null);
}
