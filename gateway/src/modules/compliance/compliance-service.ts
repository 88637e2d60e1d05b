import {
  APPOINTING_BODIES,
  AUTOMATION_LEVELS,
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  MEMBER_ROLES,
  complianceService,
  recordComplianceServiceAppointment,
  setComplianceServiceSizing,
  type ComplianceServiceView,
  type NamedMember,
  type ServiceWarning,
  type SizingRow,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PersonRefType } from '../hotline/person-ref.js';

const AppointingBodyEnum = builder.enumType('ComplianceAppointingBody', { values: APPOINTING_BODIES });
const MemberRoleEnum = builder.enumType('ComplianceMemberRole', { values: MEMBER_ROLES });
const AutomationEnum = builder.enumType('ComplianceAutomationLevel', { values: AUTOMATION_LEVELS });
const WarningCodeEnum = builder.enumType('ComplianceServiceWarningCode', {
  values: [
    'not_appointed',
    'understaffed',
    'combines_functions',
    'no_coi_check',
  ] as const satisfies readonly ServiceWarning['code'][],
});

const MemberRef = builder.objectRef<NamedMember>('ComplianceServiceMember');
builder.objectType(MemberRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    fullName: t.exposeString('fullName'),
    role: t.field({ type: MemberRoleEnum, resolve: (m) => m.role }),
  }),
});

const SizingRowRef = builder.objectRef<SizingRow>('ComplianceSizingRow');
builder.objectType(SizingRowRef, {
  description:
    '§61.B: a process of the programme assessed to size the service, with its level of automation.',
  fields: (t) => ({
    process: t.exposeString('process'),
    automation: t.field({ type: AutomationEnum, resolve: (r) => r.automation }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const WarningRef = builder.objectRef<ServiceWarning>('ComplianceServiceWarning');
builder.objectType(WarningRef, {
  fields: (t) => ({
    code: t.field({ type: WarningCodeEnum, resolve: (w) => w.code }),
    paragraph: t.exposeString('paragraph'),
  }),
});

const ServiceRef = builder.objectRef<ComplianceServiceView>('ComplianceService');
builder.objectType(ServiceRef, {
  description: '§53, §60, §61, §5: the compliance service — its appointment, people and sizing.',
  fields: (t) => ({
    appointedBy: t.field({ type: AppointingBodyEnum, nullable: true, resolve: (s) => s.appointedBy }),
    appointingBodyName: t.exposeString('appointingBodyName', { nullable: true }),
    noIndependentBody: t.exposeBoolean('noIndependentBody'),
    appointedOn: t.exposeString('appointedOn', { nullable: true, description: 'YYYY-MM-DD' }),
    actNumber: t.exposeString('actNumber', { nullable: true }),
    termUntil: t.exposeString('termUntil', { nullable: true, description: 'YYYY-MM-DD' }),
    pay: t.exposeString('pay', { nullable: true }),
    paymentTerms: t.exposeString('paymentTerms', { nullable: true }),
    combinedFunctions: t.exposeString('combinedFunctions', { nullable: true }),
    coiCheckedOn: t.exposeString('coiCheckedOn', { nullable: true, description: 'YYYY-MM-DD' }),
    coiOutcome: t.exposeString('coiOutcome', { nullable: true }),
    reportsTo: t.exposeString('reportsTo', { nullable: true }),
    members: t.field({ type: [MemberRef], resolve: (s) => s.members }),
    responsiblePeople: t.field({
      type: [PersonRefType],
      description: '§5: the holders of the responsible roles and the members, each once.',
      resolve: (s) => s.responsiblePeople,
    }),
    sizing: t.field({ type: [SizingRowRef], resolve: (s) => s.sizing }),
    sizingNote: t.exposeString('sizingNote', { nullable: true }),
    warnings: t.field({ type: [WarningRef], resolve: (s) => s.warnings }),
  }),
});

builder.queryField('complianceService', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: ServiceRef,
    description: '§53–§63: the organisation’s compliance service; empty, with its warnings, until appointed.',
    resolve: (_root, _args, context) => complianceService(context.em, context.actor),
  }),
);

const MemberInput = builder.inputType('ComplianceServiceMemberInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    role: t.field({ type: MemberRoleEnum, required: true }),
  }),
});

const AppointmentInput = builder.inputType('ComplianceServiceAppointmentInput', {
  fields: (t) => ({
    appointedBy: t.field({ type: AppointingBodyEnum, required: true }),
    appointingBodyName: t.string(),
    noIndependentBody: t.boolean({
      description: '§60.1: the organisation has no board, supervisory board or other independent body.',
    }),
    appointedOn: t.string({ required: true, description: 'YYYY-MM-DD, not after today' }),
    actNumber: t.string(),
    termUntil: t.string({ description: 'YYYY-MM-DD' }),
    pay: t.string(),
    paymentTerms: t.string(),
    combinedFunctions: t.string({ description: '§60.2: the other functions it combines, if any.' }),
    coiCheckedOn: t.string({ description: 'YYYY-MM-DD' }),
    coiOutcome: t.string(),
    reportsTo: t.string(),
    members: t.field({ type: [MemberInput], required: true }),
  }),
});

builder.mutationField('recordComplianceServiceAppointment', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ServiceRef,
    description:
      '§53, §60: records the appointment; the first head appoints only where there is no independent body (VALIDATION otherwise).',
    args: { input: t.arg({ type: AppointmentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        recordComplianceServiceAppointment(
          em,
          context.actor,
          { ...input, members: input.members.map((m) => ({ personId: String(m.personId), role: m.role })) },
          new Date(),
        ),
      ),
  }),
);

const SizingRowInput = builder.inputType('ComplianceSizingRowInput', {
  fields: (t) => ({
    process: t.string({ required: true }),
    automation: t.field({ type: AutomationEnum, required: true }),
    note: t.string(),
  }),
});

const SizingInput = builder.inputType('ComplianceSizingInput', {
  fields: (t) => ({
    rows: t.field({ type: [SizingRowInput], required: true }),
    note: t.string(),
  }),
});

builder.mutationField('setComplianceServiceSizing', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ServiceRef,
    description:
      '§61.B: the processes assessed to size the service and their level of automation (replaces the list).',
    args: { input: t.arg({ type: SizingInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) => setComplianceServiceSizing(em, context.actor, input, new Date())),
  }),
);
