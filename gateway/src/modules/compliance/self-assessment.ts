import {
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  FINDING_SEVERITIES,
  IMPROVEMENT_STATUSES,
  addImprovementItem,
  completeImprovementItem,
  drawSelfAssessment,
  recordSelfAssessmentFinding,
  selfAssessment,
  type DrawnProcessView,
  type FindingView,
  type ImprovementItemView,
  type SelfAssessmentView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PersonRefType } from '../hotline/person-ref.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { ComplianceProcessRef } from './process.js';

const SeverityEnum = builder.enumType('SelfAssessmentFindingSeverity', { values: FINDING_SEVERITIES });
const ImprovementStatusEnum = builder.enumType('ImprovementItemStatus', { values: IMPROVEMENT_STATUSES });

const ImprovementItemRef = builder.objectRef<ImprovementItemView>('ImprovementItem');
builder.objectType(ImprovementItemRef, {
  description: '§73 step 5: an item of the improvement plan, due within 3 months of its finding.',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action'),
    responsible: t.field({ type: PersonRefType, resolve: (i) => i.responsible }),
    dueOn: t.exposeString('dueOn', { description: 'YYYY-MM-DD' }),
    status: t.field({ type: ImprovementStatusEnum, resolve: (i) => i.status }),
    overdue: t.exposeBoolean('overdue'),
    completedOn: t.exposeString('completedOn', { nullable: true }),
    completionNote: t.exposeString('completionNote', { nullable: true }),
  }),
});

const FindingRef = builder.objectRef<FindingView>('SelfAssessmentFinding');
builder.objectType(FindingRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
    severity: t.field({ type: SeverityEnum, resolve: (f) => f.severity }),
    recordedAt: t.field({ type: DateTimeScalar, resolve: (f) => f.recordedAt }),
    recordedBy: t.field({ type: PersonRefType, resolve: (f) => f.recordedBy }),
    latestDueOn: t.exposeString('latestDueOn', {
      description: 'The latest due day its improvements may have: 3 months after it (§73).',
    }),
    items: t.field({ type: [ImprovementItemRef], resolve: (f) => f.items }),
  }),
});

const DrawnProcessRef = builder.objectRef<DrawnProcessView>('SelfAssessmentProcess');
builder.objectType(DrawnProcessRef, {
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The drawn process in this self-assessment (findings name it).' }),
    process: t.field({ type: ComplianceProcessRef, resolve: (d) => d.process }),
    findings: t.field({ type: [FindingRef], resolve: (d) => d.findings }),
  }),
});

const SelfAssessmentRef = builder.objectRef<SelfAssessmentView>('SelfAssessment');
builder.objectType(SelfAssessmentRef, {
  description:
    '§73: the self-assessment held in a quarter, reviewing the quarter before: 3–4 processes drawn at random, their findings and improvement plan.',
  fields: (t) => ({
    quarter: t.exposeString('quarter', { description: 'YYYY-Qn' }),
    reviewedQuarter: t.exposeString('reviewedQuarter', { description: 'YYYY-Qn: the quarter before' }),
    reviewedFrom: t.exposeString('reviewedFrom'),
    reviewedTo: t.exposeString('reviewedTo'),
    drawn: t.exposeBoolean('drawn'),
    drawnAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (s) => s.drawnAt }),
    drawnBy: t.field({ type: PersonRefType, nullable: true, resolve: (s) => s.drawnBy }),
    eligibleCount: t.exposeInt('eligibleCount', {
      description: 'The pool drawn from: as recorded at the draw, or what a draw would choose from now.',
    }),
    drawable: t.exposeBoolean('drawable', { description: 'The quarter has begun and is not drawn yet.' }),
    processes: t.field({ type: [DrawnProcessRef], resolve: (s) => s.processes }),
  }),
});

builder.queryField('selfAssessment', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: SelfAssessmentRef,
    description: '§73: the quarter’s self-assessment (quarter as YYYY-Qn, e.g. 2026-Q4), drawn or not.',
    args: { quarter: t.arg.string({ required: true }) },
    resolve: (_root, { quarter }, context) => selfAssessment(context.em, context.actor, quarter, new Date()),
  }),
);

builder.mutationField('drawSelfAssessment', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: SelfAssessmentRef,
    description:
      '§73: draws 3 or 4 processes at random from those active in the quarter before and not covered by internal audit in it (all of them when fewer than 3). Once per quarter: a second draw is a CONFLICT.',
    args: { quarter: t.arg.string({ required: true }) },
    resolve: (_root, { quarter }, context) =>
      context.em.transactional((em) => drawSelfAssessment(em, context.actor, quarter, new Date())),
  }),
);

const FindingInput = builder.inputType('SelfAssessmentFindingInput', {
  fields: (t) => ({
    drawnProcessId: t.id({ required: true }),
    text: t.string({ required: true }),
    severity: t.field({ type: SeverityEnum, required: true }),
  }),
});

builder.mutationField('recordSelfAssessmentFinding', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: SelfAssessmentRef,
    description: '§73 steps 3–4: what checking a drawn process found.',
    args: { input: t.arg({ type: FindingInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        recordSelfAssessmentFinding(
          em,
          context.actor,
          { drawnProcessId: String(input.drawnProcessId), text: input.text, severity: input.severity },
          new Date(),
        ),
      ),
  }),
);

const ImprovementInput = builder.inputType('ImprovementItemInput', {
  fields: (t) => ({
    findingId: t.id({ required: true }),
    action: t.string({ required: true }),
    responsibleId: t.id({ required: true }),
    dueOn: t.string({
      description: 'YYYY-MM-DD; 3 months after the finding when absent, never later (§73).',
    }),
  }),
});

builder.mutationField('addImprovementItem', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: SelfAssessmentRef,
    description:
      '§73 step 5: an improvement for a finding, due within 3 months of it (a later day is a VALIDATION).',
    args: { input: t.arg({ type: ImprovementInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        addImprovementItem(
          em,
          context.actor,
          {
            findingId: String(input.findingId),
            action: input.action,
            responsibleId: String(input.responsibleId),
            dueOn: input.dueOn ?? null,
          },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('completeImprovementItem', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: SelfAssessmentRef,
    description: '§73 step 5: marks an improvement done, with a note; done once (CONFLICT after).',
    args: { id: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_root, { id, note }, context) =>
      context.em.transactional((em) =>
        completeImprovementItem(em, context.actor, String(id), note ?? null, new Date()),
      ),
  }),
);
