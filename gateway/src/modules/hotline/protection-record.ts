import {
  PROTECTION_BASES,
  PROTECTION_GRANTERS,
  PROTECTION_READERS,
  grantCaseProtection,
  listProtectionRecords,
  type ProtectionRecordView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PersonRefType } from './person-ref.js';

export const ProtectionBasisEnum = builder.enumType('ProtectionBasis', {
  description: 'Why a person is protected (§39–§40): they reported openly, or they assisted the check.',
  values: PROTECTION_BASES,
});

export const ProtectionRecordRef = builder.objectRef<ProtectionRecordView>('ProtectionRecord');

builder.objectType(ProtectionRecordRef, {
  description:
    '§40.1: a person under protection for 3 years from the report date (both days included). Dismissal, transfer ' +
    'or discipline in that window needs a disciplinary commission’s recommendation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (record) => record.person }),
    basis: t.field({ type: ProtectionBasisEnum, resolve: (record) => record.basis }),
    caseId: t.exposeID('reportId', {
      description: 'The hotline case the protection comes from; it may have been purged by retention since.',
    }),
    reportNumber: t.exposeString('reportNumber'),
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
