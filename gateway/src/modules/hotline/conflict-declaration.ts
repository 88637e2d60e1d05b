import { caseConflictDeclarations, declareCaseConflict, type ConflictDeclarationView } from '@adal/domain';
import { builder } from '../../builder.js';
import { changeCaseOrLetGo, HotlineCaseRef } from './hotline-case.js';
import { CASE_ACCESS } from './hotline-case-summary.js';
import { PersonRefType } from './person-ref.js';

// Annex 2 case 7: investigators' declared conflicts of interest on a case.

const ConflictDeclarationRef = builder.objectRef<ConflictDeclarationView>('HotlineConflictDeclaration');

builder.objectType(ConflictDeclarationRef, {
  description:
    'An investigator’s notice of a personal interest in a case: they left it and cannot be assigned to it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRefType, resolve: (declaration) => declaration.person }),
    reason: t.exposeString('reason', { description: 'Sealed at rest; opened for the case’s manager.' }),
    wasAssigned: t.exposeBoolean('wasAssigned'),
    declaredAt: t.expose('declaredAt', { type: 'DateTime' }),
  }),
});

builder.queryField('hotlineConflictDeclarations', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: [ConflictDeclarationRef],
    description: 'The conflicts of interest declared on a case, oldest first: its manager only.',
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_root, { caseId }, context) =>
      caseConflictDeclarations(context.em, context.actor, context.hotlineKeyring, String(caseId)),
  }),
);

builder.mutationField('declareHotlineCaseConflict', (t) =>
  t.withAuth(CASE_ACCESS).field({
    type: HotlineCaseRef,
    nullable: true,
    description:
      'An investigator declares a conflict of interest on a case offered or assigned to them, with the reason ' +
      '(sealed): it takes them off the case for good. Null: the case is no longer theirs. A closed case or a ' +
      'second declaration is CONFLICT, and nothing changes.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, context) =>
      changeCaseOrLetGo(context, String(id), (em, now) =>
        declareCaseConflict(em, context.actor, context.hotlineKeyring, String(id), reason, now),
      ),
  }),
);
