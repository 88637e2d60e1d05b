import {
  PROTECTION_BASES,
  PROTECTION_GRANTERS,
  PROTECTION_READERS,
  REPORTED_TO,
  STATE_BODY_PROTECTION_GRANTERS,
  grantCaseProtection,
  grantStateBodyProtection,
  listProtectionRecords,
  type ProtectionRecordView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PersonRefType } from './person-ref.js';

export const ProtectionBasisEnum = builder.enumType('ProtectionBasis', {
  description: 'Why a person is protected (§39–§40): they reported openly, or they assisted the check.',
  values: PROTECTION_BASES,
});

export const ReportedToEnum = builder.enumType('ReportedTo', {
  description:
    '§40.1: the body the report reached — the organisation’s hotline, or an authorised state body.',
  values: REPORTED_TO,
});

export const ProtectionRecordRef = builder.objectRef<ProtectionRecordView>('ProtectionRecord');

builder.objectType(ProtectionRecordRef, {
  description:
    '§40.1: a person under protection for 3 years from the day the report reached the hotline or a state body ' +
    '(both days included; a last day that is not a working day moves to the next one, Civil Code art. 173). ' +
    'Dismissal, transfer or discipline at the employer’s initiative in that window needs a disciplinary ' +
    'commission’s recommendation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (record) => record.person }),
    basis: t.field({ type: ProtectionBasisEnum, resolve: (record) => record.basis }),
    reportedTo: t.field({ type: ReportedToEnum, resolve: (record) => record.reportedTo }),
    stateBodyName: t.exposeString('stateBodyName', {
      nullable: true,
      description: 'The state body the report was made to; null for the hotline.',
    }),
    reportedOn: t.exposeString('reportedOn', {
      description: 'YYYY-MM-DD, the day the report reached that body; the 3 years run from it.',
    }),
    caseId: t.exposeID('reportId', {
      nullable: true,
      description:
        'The hotline case the protection comes from; it may have been purged by retention since. Null for a ' +
        'report to a state body.',
    }),
    reportNumber: t.exposeString('reportNumber', { nullable: true }),
    startsOn: t.exposeString('startsOn', { description: 'YYYY-MM-DD' }),
    endsOn: t.exposeString('endsOn', { description: 'YYYY-MM-DD, the last protected day' }),
    active: t.exposeBoolean('active', { description: 'Whether today (in Kazakhstan) is within the window.' }),
  }),
});

builder.queryField('protectionRecords', (t) =>
  t.withAuth({ anyRole: PROTECTION_READERS }).field({
    type: [ProtectionRecordRef],
    description: 'The people under protection, newest first; activeOnly keeps those protected today.',
    args: { activeOnly: t.arg.boolean() },
    resolve: (_root, { activeOnly }, context) =>
      listProtectionRecords(context.em, context.actor, { activeOnly: activeOnly === true }, new Date()),
  }),
);

const GrantProtectionInput = builder.inputType('GrantProtectionInput', {
  fields: (t) => ({
    caseId: t.id({ required: true }),
    personId: t.id({ required: true }),
    basis: t.field({ type: ProtectionBasisEnum, required: true }),
  }),
});

builder.mutationField('grantProtection', (t) =>
  t.withAuth({ anyRole: PROTECTION_GRANTERS }).field({
    type: ProtectionRecordRef,
    description:
      '§40: protects a person for 3 years from the day the case’s report was received. The compliance head or an ' +
      'investigator assigned to the case; open_reporter only by those who may know the reporter (the case’s ' +
      'investigators or a holder of an approved disclosure) and never on an anonymous report. Granting again for ' +
      'the same person and case returns the first record.',
    args: { input: t.arg({ type: GrantProtectionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        grantCaseProtection(
          em,
          context.actor,
          String(input.caseId),
          { personId: String(input.personId), basis: input.basis },
          new Date(),
        ),
      ),
  }),
);

const StateBodyProtectionInput = builder.inputType('StateBodyProtectionInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    basis: t.field({ type: ProtectionBasisEnum, required: true }),
    stateBodyName: t.string({ required: true, description: 'The body, e.g. the Anti-Corruption Agency.' }),
    reportedOn: t.string({
      required: true,
      description: 'YYYY-MM-DD, the day the report reached the body; not after today.',
    }),
  }),
});

builder.mutationField('grantStateBodyProtection', (t) =>
  t.withAuth({ anyRole: STATE_BODY_PROTECTION_GRANTERS }).field({
    type: ProtectionRecordRef,
    description:
      '§40.1: protects a person who reported to an authorised state body rather than the hotline, for 3 years from ' +
      'the day the report reached it; compliance staff record the body and the day. A day after today is a ' +
      'VALIDATION error and nothing is written. Recording the same person, body and day again returns the first record.',
    args: { input: t.arg({ type: StateBodyProtectionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        grantStateBodyProtection(
          em,
          context.actor,
          {
            personId: String(input.personId),
            basis: input.basis,
            stateBodyName: input.stateBodyName,
            reportedOn: input.reportedOn,
          },
          new Date(),
        ),
      ),
  }),
);
