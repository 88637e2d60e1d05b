import {
  CHECKLIST_CODES,
  CHECKLIST_STATUSES,
  COMPLIANCE_KEEPERS,
  COMPLIANCE_READERS,
  programmeChecklist,
  updateChecklistItem,
  type ChecklistItemView,
  type ChecklistView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { PersonRefType } from '../hotline/person-ref.js';

const CodeEnum = builder.enumType('ChecklistItemCode', { values: CHECKLIST_CODES });
const StatusEnum = builder.enumType('ChecklistItemStatus', { values: CHECKLIST_STATUSES });
const KindEnum = builder.enumType('ChecklistItemKind', { values: ['policy', 'control'] as const });

const ItemRef = builder.objectRef<ChecklistItemView>('ChecklistItem');
builder.objectType(ItemRef, {
  description: '§67: one policy (§67.P) or process control (§67.C), with its status, document and owner.',
  fields: (t) => ({
    code: t.field({ type: CodeEnum, resolve: (i) => i.code }),
    kind: t.field({ type: KindEnum, resolve: (i) => i.kind }),
    paragraph: t.exposeString('paragraph'),
    status: t.field({ type: StatusEnum, resolve: (i) => i.status }),
    documentName: t.exposeString('documentName', { nullable: true }),
    documentNumber: t.exposeString('documentNumber', { nullable: true }),
    documentDate: t.exposeString('documentDate', { nullable: true, description: 'YYYY-MM-DD' }),
    documentUrl: t.exposeString('documentUrl', { nullable: true }),
    owner: t.field({ type: PersonRefType, nullable: true, resolve: (i) => i.owner }),
    updatedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (i) => i.updatedAt }),
  }),
});

const ChecklistRef = builder.objectRef<ChecklistView>('ProgrammeChecklist');
builder.objectType(ChecklistRef, {
  fields: (t) => ({
    items: t.field({ type: [ItemRef], resolve: (c) => c.items }),
    policiesAdopted: t.exposeInt('policiesAdopted'),
    policiesTotal: t.exposeInt('policiesTotal'),
    controlsAdopted: t.exposeInt('controlsAdopted'),
    controlsTotal: t.exposeInt('controlsTotal'),
  }),
});

builder.queryField('programmeChecklist', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_READERS }).field({
    type: ChecklistRef,
    description: '§67: the 9 policies and the 7 process controls, each with where the organisation stands.',
    resolve: (_root, _args, context) => programmeChecklist(context.em, context.actor),
  }),
);

const ItemInput = builder.inputType('ChecklistItemInput', {
  fields: (t) => ({
    code: t.field({ type: CodeEnum, required: true }),
    status: t.field({ type: StatusEnum, required: true }),
    documentName: t.string(),
    documentNumber: t.string(),
    documentDate: t.string({ description: 'YYYY-MM-DD; with the name, required when adopted' }),
    documentUrl: t.string(),
    ownerId: t.id(),
  }),
});

builder.mutationField('updateChecklistItem', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: ChecklistRef,
    description: '§67: sets an item’s status, its adopting document and owner.',
    args: { input: t.arg({ type: ItemInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        updateChecklistItem(
          em,
          context.actor,
          { ...input, ownerId: input.ownerId == null ? null : String(input.ownerId) },
          new Date(),
        ),
      ),
  }),
);
