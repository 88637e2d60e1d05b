import {
  lastEndedQuarter,
  quarterNumbers,
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  PROPOSAL_STATUSES,
  answerPublicProposal,
  compliancePublicPage,
  publicCartogram,
  publicProposals,
  publishableRisks,
  publishQuarterlyReport,
  quarterlyReports,
  setCompliancePublicPage,
  setRiskPublished,
  submitPublicProposal,
  type ProposalView,
  type PublicCartogram,
  type PublicPageSettingsView,
  type PublishableRisk,
  type QuarterlyReportView,
  type RiskPublication,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { guardProposal } from '../../compliance-public/public-limits.js';
import { invalidInput } from '../../errors/graphql-errors.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { PersonRefType } from '../hotline/person-ref.js';
import { MeasureStatusEnum, RiskConfidentialityEnum, RiskLevelEnum, RiskRegisterEnum } from './mitigation.js';

const ProposalStatusEnum = builder.enumType('PublicProposalStatus', { values: PROPOSAL_STATUSES });
const ProposalDecisionEnum = builder.enumType('PublicProposalDecision', {
  values: ['accepted', 'rejected'] as const,
});

const PublicPageSettingsRef = builder.objectRef<PublicPageSettingsView>('CompliancePublicPage');
builder.objectType(PublicPageSettingsRef, {
  description: '§9.4, §11: the organisation’s public page: its address and whether it is on.',
  fields: (t) => ({
    slug: t.exposeString('slug', { nullable: true }),
    enabled: t.exposeBoolean('enabled'),
    path: t.exposeString('path', { nullable: true, description: '/transparency/<slug>' }),
    lastEndedYear: t.int({
      description:
        '§9.5: the year of the quarter that ended last in Kazakhstan, the one a report is due for.',
      resolve: () => quarterNumbers(lastEndedQuarter(new Date())).year,
    }),
    lastEndedQuarter: t.int({
      description: '§9.5: that quarter, 1–4.',
      resolve: () => quarterNumbers(lastEndedQuarter(new Date())).quarter,
    }),
  }),
});

const PublishableRiskRef = builder.objectRef<PublishableRisk>('PublishableRisk');
builder.objectType(PublishableRiskRef, {
  description: 'A risk of the register with its publication mark (§9.4).',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number'),
    register: t.field({ type: RiskRegisterEnum, resolve: (r) => r.register }),
    processOrDocument: t.exposeString('processOrDocument'),
    level: t.field({ type: RiskLevelEnum, resolve: (r) => r.level }),
    confidentiality: t.field({ type: RiskConfidentialityEnum, resolve: (r) => r.confidentiality }),
    published: t.exposeBoolean('published'),
    publishable: t.exposeBoolean('publishable', {
      description: 'False when the risk carries protected information (§9.4).',
    }),
  }),
});

const RiskPublicationRef = builder.objectRef<RiskPublication>('RiskPublication');
builder.objectType(RiskPublicationRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeInt('number'),
    published: t.exposeBoolean('published'),
  }),
});

const QuarterlyReportRef = builder.objectRef<QuarterlyReportView>('ComplianceQuarterlyReport');
builder.objectType(QuarterlyReportRef, {
  description: '§9.5: a report to the public on the plan’s progress.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    quarter: t.exposeInt('quarter'),
    text: t.exposeString('text'),
    publishedBy: t.field({ type: PersonRefType, resolve: (r) => r.publishedBy }),
    publishedAt: t.field({ type: DateTimeScalar, resolve: (r) => r.publishedAt }),
  }),
});

const ProposalRef = builder.objectRef<ProposalView>('PublicProposal');
builder.objectType(ProposalRef, {
  description: '§9.5: a proposal from the public and its answer.',
  fields: (t) => ({
    id: t.exposeID('id'),
    receipt: t.exposeString('receipt'),
    text: t.exposeString('text'),
    contact: t.exposeString('contact', { nullable: true }),
    submittedAt: t.field({ type: DateTimeScalar, resolve: (p) => p.submittedAt }),
    status: t.field({ type: ProposalStatusEnum, resolve: (p) => p.status }),
    answer: t.exposeString('answer', { nullable: true }),
    answeredBy: t.field({ type: PersonRefType, nullable: true, resolve: (p) => p.answeredBy }),
    answeredAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (p) => p.answeredAt }),
  }),
});

type CartogramRisk = PublicCartogram['risks'][number];
const PublicRiskRef = builder.objectRef<CartogramRisk>('PublicCartogramRisk');
builder.objectType(PublicRiskRef, {
  fields: (t) => ({
    number: t.exposeInt('number'),
    register: t.field({ type: RiskRegisterEnum, resolve: (r) => r.register }),
    processOrDocument: t.exposeString('processOrDocument'),
    scheme: t.exposeString('scheme'),
    level: t.field({ type: RiskLevelEnum, resolve: (r) => r.level }),
    score: t.exposeInt('score'),
    positions: t.field({ type: [LocalizedTextRef], resolve: (r) => r.positions }),
  }),
});

type CartogramMeasure = PublicCartogram['measures'][number];
const PublicMeasureRef = builder.objectRef<CartogramMeasure>('PublicCartogramMeasure');
builder.objectType(PublicMeasureRef, {
  fields: (t) => ({
    riskNumber: t.exposeInt('riskNumber'),
    measure: t.exposeString('measure'),
    deadline: t.exposeString('deadline'),
    completionForm: t.exposeString('completionForm'),
    status: t.field({ type: MeasureStatusEnum, resolve: (m) => m.status }),
    doneOn: t.exposeString('doneOn', { nullable: true }),
    overdue: t.exposeBoolean('overdue'),
  }),
});

type CartogramReport = PublicCartogram['reports'][number];
const PublicReportRef = builder.objectRef<CartogramReport>('PublicCartogramReport');
builder.objectType(PublicReportRef, {
  fields: (t) => ({
    year: t.exposeInt('year'),
    quarter: t.exposeInt('quarter'),
    text: t.exposeString('text'),
    publishedOn: t.exposeString('publishedOn'),
  }),
});

type CartogramProposal = PublicCartogram['proposals'][number];
const PublicProposalAnswerRef = builder.objectRef<CartogramProposal>('PublicCartogramProposal');
builder.objectType(PublicProposalAnswerRef, {
  fields: (t) => ({
    text: t.exposeString('text'),
    status: t.field({ type: ProposalStatusEnum, resolve: (p) => p.status }),
    answer: t.exposeString('answer'),
    answeredOn: t.exposeString('answeredOn'),
  }),
});

const PublicCartogramRef = builder.objectRef<PublicCartogram>('PublicCartogram');
builder.objectType(PublicCartogramRef, {
  description: '§9.4–§11: what an organisation shows the public.',
  fields: (t) => ({
    organizationName: t.field({ type: LocalizedTextRef, resolve: (c) => c.organizationName }),
    risks: t.field({ type: [PublicRiskRef], resolve: (c) => c.risks }),
    exposedPositions: t.field({ type: [LocalizedTextRef], resolve: (c) => c.exposedPositions }),
    measures: t.field({ type: [PublicMeasureRef], resolve: (c) => c.measures }),
    reports: t.field({ type: [PublicReportRef], resolve: (c) => c.reports }),
    proposals: t.field({ type: [PublicProposalAnswerRef], resolve: (c) => c.proposals }),
  }),
});

builder.queryField('compliancePublicPage', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: PublicPageSettingsRef,
    description: 'The organisation’s public page setting.',
    resolve: (_root, _args, context) => compliancePublicPage(context.em, context.actor),
  }),
);

builder.queryField('publishableRisks', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: [PublishableRiskRef],
    description: 'The register’s risks (not retired), ranked, with their publication marks.',
    resolve: (_root, _args, context) => publishableRisks(context.em, context.actor),
  }),
);

builder.queryField('complianceQuarterlyReports', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: [QuarterlyReportRef],
    description: '§9.5: the quarterly public reports, the latest first.',
    resolve: (_root, _args, context) => quarterlyReports(context.em, context.actor),
  }),
);

builder.queryField('publicProposals', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: [ProposalRef],
    description: '§9.5: the proposals from the public, those waiting for an answer first.',
    resolve: (_root, _args, context) => publicProposals(context.em, context.actor),
  }),
);

builder.queryField('publicCartogram', (t) =>
  t.field({
    type: PublicCartogramRef,
    description:
      'Anonymous: an organisation’s public cartogram by its page’s slug — the ranked published risks, the ' +
      'exposed posts, the published measures, the quarterly reports and the answered proposals. NOT_FOUND when off.',
    args: { organizationSlug: t.arg.string({ required: true }) },
    resolve: (_root, { organizationSlug }, context) =>
      publicCartogram(context.orm.em.fork(), organizationSlug, new Date()),
  }),
);

builder.mutationField('setRiskPublished', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: RiskPublicationRef,
    description:
      '§9.4, §11: puts a risk on the public cartogram or takes it off; a confidential one is VALIDATION.',
    args: { riskId: t.arg.id({ required: true }), published: t.arg.boolean({ required: true }) },
    resolve: (_root, { riskId, published }, context) =>
      context.em.transactional((em) => setRiskPublished(em, context.actor, String(riskId), published)),
  }),
);

const PublicPageInput = builder.inputType('CompliancePublicPageInput', {
  fields: (t) => ({
    slug: t.string({ required: true, description: '3–60 small Latin letters, digits and hyphens.' }),
    enabled: t.boolean({ required: true }),
  }),
});

builder.mutationField('setCompliancePublicPage', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: PublicPageSettingsRef,
    description:
      'Sets the public page’s address (unique across organisations: CONFLICT) and turns it on or off.',
    args: { input: t.arg({ type: PublicPageInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) => setCompliancePublicPage(em, context.actor, input, new Date())),
  }),
);

const QuarterlyReportInput = builder.inputType('ComplianceQuarterlyReportInput', {
  fields: (t) => ({
    year: t.int({ required: true }),
    quarter: t.int({ required: true, description: '1–4' }),
    text: t.string({ required: true }),
  }),
});

builder.mutationField('publishQuarterlyReport', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: QuarterlyReportRef,
    description:
      '§9.5: the quarter’s report to the public on the plan’s progress; one per quarter (CONFLICT).',
    args: { input: t.arg({ type: QuarterlyReportInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) => publishQuarterlyReport(em, context.actor, input, new Date())),
  }),
);

const ProposalInput = builder.inputType('PublicProposalInput', {
  fields: (t) => ({
    organizationSlug: t.string({ required: true }),
    text: t.string({ required: true, description: '10–2000 characters.' }),
    contact: t.string({ description: 'Optional: where to send the answer; never published.' }),
  }),
});

const ProposalReceiptRef = builder.objectRef<{ receipt: string }>('PublicProposalReceipt');
builder.objectType(ProposalReceiptRef, {
  fields: (t) => ({ receipt: t.exposeString('receipt') }),
});

builder.mutationField('submitPublicProposal', (t) =>
  t.field({
    type: ProposalReceiptRef,
    description:
      'Anonymous (§9.5): a proposal through an organisation’s public page, with an optional contact. A client ' +
      'sending too many is RATE_LIMITED and nothing is stored.',
    args: { input: t.arg({ type: ProposalInput, required: true }) },
    resolve: (_root, { input }, context) => {
      // Always set for the anonymous operations (anonymous-operations.ts); its client is a keyed hash.
      const reporter = context.reporter;
      if (!reporter) throw invalidInput('Send submitPublicProposal in a request of its own.');
      return guardProposal(reporter.limits.publicProposals, reporter.client, () =>
        context.orm.em
          .fork()
          .transactional((em) =>
            submitPublicProposal(
              em,
              input.organizationSlug,
              { text: input.text, contact: input.contact ?? null },
              new Date(),
            ),
          ),
      );
    },
  }),
);

const ProposalAnswerInput = builder.inputType('PublicProposalAnswerInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    decision: t.field({ type: ProposalDecisionEnum, required: true }),
    answer: t.string({ required: true, description: 'How it is applied, or why it cannot be (§9.5).' }),
  }),
});

builder.mutationField('answerPublicProposal', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ProposalRef,
    description:
      '§9.5: accepts or rejects a proposal with the answer, then published; answered twice is a CONFLICT.',
    args: { input: t.arg({ type: ProposalAnswerInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        answerPublicProposal(
          em,
          context.actor,
          { id: String(input.id), decision: input.decision, answer: input.answer },
          new Date(),
        ),
      ),
  }),
);
