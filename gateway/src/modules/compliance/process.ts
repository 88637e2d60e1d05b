import {
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  archiveComplianceProcess,
  complianceProcesses,
  internalAuditCoverage,
  recordInternalAuditCoverage,
  saveComplianceProcess,
  type CoverageView,
  type ProcessView,
} from '@adal/domain';
import { builder } from '../../builder.js';

const LocalizedNameRef = builder.objectRef<{ kk: string; ru: string; en: string }>('ComplianceLocalizedName');
builder.objectType(LocalizedNameRef, {
  description: 'A name in each interface language.',
  fields: (t) => ({ kk: t.exposeString('kk'), ru: t.exposeString('ru'), en: t.exposeString('en') }),
});

const NameTranslationsRef = builder.objectRef<{ kk?: string; ru?: string; en?: string }>(
  'ComplianceNameTranslations',
);
builder.objectType(NameTranslationsRef, {
  description: 'The translations of a name as kept (blank where none was given).',
  fields: (t) => ({
    kk: t.string({ nullable: true, resolve: (n) => n.kk ?? null }),
    ru: t.string({ nullable: true, resolve: (n) => n.ru ?? null }),
    en: t.string({ nullable: true, resolve: (n) => n.en ?? null }),
  }),
});

const OwnerUnitRef = builder.objectRef<NonNullable<ProcessView['ownerUnit']>>('ComplianceProcessOwnerUnit');
builder.objectType(OwnerUnitRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.field({ type: LocalizedNameRef, resolve: (u) => u.name }),
  }),
});

export const ComplianceProcessRef = builder.objectRef<ProcessView>('ComplianceProcess');
builder.objectType(ComplianceProcessRef, {
  description: '§73: a process of the organisation that the quarterly self-assessment may draw.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'The name as entered.' }),
    names: t.field({ type: LocalizedNameRef, resolve: (p) => p.names }),
    translations: t.field({ type: NameTranslationsRef, resolve: (p) => p.translations }),
    ownerUnit: t.field({ type: OwnerUnitRef, nullable: true, resolve: (p) => p.ownerUnit }),
    activeFrom: t.exposeString('activeFrom', { description: 'YYYY-MM-DD' }),
    activeTo: t.exposeString('activeTo', { nullable: true, description: 'YYYY-MM-DD; null while it runs' }),
    archived: t.exposeBoolean('archived'),
  }),
});

const CoverageRef = builder.objectRef<CoverageView>('InternalAuditCoverage');
builder.objectType(CoverageRef, {
  description: '§73 step 2: the processes internal audit covered in a quarter.',
  fields: (t) => ({
    quarter: t.exposeString('quarter', { description: 'YYYY-Qn, e.g. 2026-Q3' }),
    processIds: t.exposeIDList('processIds'),
    fixed: t.exposeBoolean('fixed', {
      description:
        'True once the self-assessment reviewing this quarter is drawn: the coverage no longer changes.',
    }),
  }),
});

builder.queryField('complianceProcesses', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: [ComplianceProcessRef],
    description: '§73: the catalogue of processes, archived ones last.',
    resolve: (_root, _args, context) => complianceProcesses(context.em, context.actor),
  }),
);

builder.queryField('internalAuditCoverage', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: CoverageRef,
    description: '§73 step 2: which processes internal audit covered in the quarter (YYYY-Qn).',
    args: { quarter: t.arg.string({ required: true }) },
    resolve: (_root, { quarter }, context) => internalAuditCoverage(context.em, context.actor, quarter),
  }),
);

const ProcessNamesInput = builder.inputType('ComplianceNameTranslationsInput', {
  fields: (t) => ({ kk: t.string(), ru: t.string(), en: t.string() }),
});

const ProcessInput = builder.inputType('ComplianceProcessInput', {
  fields: (t) => ({
    id: t.id({ description: 'Absent for a new process.' }),
    name: t.string({ required: true }),
    names: t.field({ type: ProcessNamesInput }),
    ownerUnitId: t.id(),
    activeFrom: t.string({ description: 'YYYY-MM-DD; today when absent for a new process.' }),
    activeTo: t.string({ description: 'YYYY-MM-DD; absent while the process runs.' }),
  }),
});

builder.mutationField('saveComplianceProcess', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ComplianceProcessRef,
    description: '§73: adds a process to the catalogue or changes one (an archived one is a CONFLICT).',
    args: { input: t.arg({ type: ProcessInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        saveComplianceProcess(
          em,
          context.actor,
          {
            id: input.id ? String(input.id) : null,
            name: input.name,
            names: input.names ?? null,
            ownerUnitId: input.ownerUnitId ? String(input.ownerUnitId) : null,
            activeFrom: input.activeFrom ?? null,
            activeTo: input.activeTo ?? null,
          },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('archiveComplianceProcess', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ComplianceProcessRef,
    description: 'Takes a process out of the catalogue: no longer drawn; past self-assessments keep it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => archiveComplianceProcess(em, context.actor, String(id), new Date())),
  }),
);

const CoverageInput = builder.inputType('InternalAuditCoverageInput', {
  fields: (t) => ({
    quarter: t.string({ required: true, description: 'YYYY-Qn' }),
    processIds: t.idList({
      required: true,
      description: 'Every process covered: the coverage becomes exactly these.',
    }),
  }),
});

builder.mutationField('recordInternalAuditCoverage', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: CoverageRef,
    description:
      '§73 step 2: sets the processes internal audit covered in a quarter; fixed (CONFLICT) once the self-assessment reviewing it is drawn.',
    args: { input: t.arg({ type: CoverageInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        recordInternalAuditCoverage(
          em,
          context.actor,
          { quarter: input.quarter, processIds: input.processIds.map(String) },
          new Date(),
        ),
      ),
  }),
);
