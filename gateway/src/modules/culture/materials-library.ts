import {
  CULTURE_PLANNERS,
  MAX_MATERIAL_PAGE,
  acknowledgeCultureMaterial,
  acknowledgementCounts,
  cultureMaterial,
  cultureMaterials,
  materialReminderMail,
  myCultureMaterials,
  publishCultureMaterial,
  remindCultureMaterial,
  saveCultureMaterial,
  uploadCultureMaterialFile,
  withdrawCultureMaterial,
  type MaterialPage,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';
import { RoleEnum } from '../kernel/role.js';
import {
  MaterialKindEnum,
  MaterialRef,
  MaterialSourceEnum,
  MaterialStatusEnum,
  MaterialSubjectEnum,
  type MaterialShape,
} from './material.js';

const TextInput = builder.inputType('CultureMaterialTextInput', {
  description: 'A text in each language; the title needs Kazakh or Russian, the rest may be blank.',
  fields: (t) => ({ kk: t.string(), ru: t.string(), en: t.string() }),
});

const MaterialInput = builder.inputType('CultureMaterialInput', {
  fields: (t) => ({
    id: t.id({ description: 'The material to change; none for a new draft.' }),
    kind: t.field({ type: MaterialKindEnum, required: true }),
    subject: t.field({ type: MaterialSubjectEnum, required: true }),
    title: t.field({ type: TextInput, required: true }),
    body: t.field({ type: TextInput, description: 'Rich text (HTML), sanitised on the server.' }),
    linkUrl: t.string({ description: 'https only; a material has a file or a link, not both.' }),
    source: t.field({ type: MaterialSourceEnum }),
    sourceName: t.string({ description: 'Names the source when it is `other`.' }),
    removeFile: t.boolean({ description: 'Drops the uploaded file (to give a link instead).' }),
    audienceAll: t.boolean({ required: true }),
    audienceOrgUnitIds: t.idList({ description: 'Each unit with its subtree.' }),
    audienceRoles: t.field({ type: [RoleEnum] }),
    requiresAcknowledgement: t.boolean({ required: true }),
    acknowledgementDays: t.int({
      description: 'Calendar days from publication, 1 to 365; 10 when none is given.',
    }),
  }),
});

const FilterInput = builder.inputType('CultureMaterialFilter', {
  fields: (t) => ({
    status: t.field({ type: MaterialStatusEnum }),
    kind: t.field({ type: MaterialKindEnum }),
    search: t.string({ description: 'Part of the title in any language.' }),
  }),
});

const PageInput = builder.inputType('CultureMaterialPageInput', {
  fields: (t) => ({
    limit: t.int({ description: `1 to ${MAX_MATERIAL_PAGE}; 25 when none is given.` }),
    offset: t.int(),
  }),
});

const ListRef = builder.objectRef<{ rows: MaterialShape[]; total: number }>('CultureMaterialList');
builder.objectType(ListRef, {
  fields: (t) => ({
    rows: t.field({ type: [MaterialRef], resolve: (list) => list.rows }),
    total: t.exposeInt('total'),
  }),
});

/** The page's rows with their counts, in one query for the whole page. */
async function withCounts(page: MaterialPage, em: Parameters<typeof acknowledgementCounts>[0]) {
  const counts = await acknowledgementCounts(
    em,
    page.rows.filter((row) => row.status !== 'draft').map((row) => row.id),
  );
  return { total: page.total, rows: page.rows.map((row) => ({ ...row, counts: counts.get(row.id) })) };
}

builder.queryField('cultureMaterials', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: ListRef,
    description:
      '§32.2, §35.6: the library for the planners, the latest changed first, with each row’s acknowledgements.',
    args: {
      filter: t.arg({ type: FilterInput }),
      page: t.arg({ type: PageInput }),
    },
    resolve: async (_root, { filter, page }, context) =>
      withCounts(await cultureMaterials(context.em, context.actor, filter ?? {}, page ?? {}), context.em),
  }),
);

builder.queryField('cultureMaterial', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: MaterialRef,
    description: 'A material: its audience reads a published one, the planners any (and its figures).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => cultureMaterial(context.em, context.actor, String(id)),
  }),
);

builder.queryField('myCultureMaterials', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [MaterialRef],
    description:
      'The published materials for the signed-in person: those waiting for their acknowledgement first.',
    resolve: (_root, _args, context) => myCultureMaterials(context.em, context.actor),
  }),
);

builder.mutationField('saveCultureMaterial', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: MaterialRef,
    description:
      'Writes a new draft, or changes a material (a published one’s change is a correction: a new revision).',
    args: { input: t.arg({ type: MaterialInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.em.transactional((em) =>
        saveCultureMaterial(em, context.actor, {
          ...input,
          id: input.id == null ? null : String(input.id),
          audienceOrgUnitIds: input.audienceOrgUnitIds?.map(String) ?? null,
        }),
      ),
  }),
);

builder.mutationField('publishCultureMaterial', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: MaterialRef,
    description: 'Publishes a draft to its audience; the acknowledgement term starts today.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => publishCultureMaterial(em, context.actor, String(id))),
  }),
);

builder.mutationField('withdrawCultureMaterial', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: MaterialRef,
    description: 'Takes a published material off its audience’s list; its acknowledgements stay on record.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => withdrawCultureMaterial(em, context.actor, String(id))),
  }),
);

builder.mutationField('uploadCultureMaterialFile', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: MaterialRef,
    description:
      'The material’s file (multipart): PDF, PPTX, MP4, WebM, JPEG or PNG of at most 25 MB, its type judged by its bytes; ' +
      'replaces the file before it.',
    args: {
      id: t.arg.id({ required: true }),
      file: t.arg({ type: FileScalar, required: true }),
    },
    resolve: async (_root, { id, file }, context) => {
      const data = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        uploadCultureMaterialFile(em, context.actor, String(id), { fileName: file.name, data }),
      );
    },
  }),
);

builder.mutationField('acknowledgeCultureMaterial', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: MaterialRef,
    description: '§35.6: “I have read and understood”, once per person; a second time changes nothing.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.em.transactional((em) => acknowledgeCultureMaterial(em, context.actor, String(id))),
  }),
);

builder.mutationField('remindCultureMaterial', (t) =>
  t.withAuth({ anyRole: CULTURE_PLANNERS }).field({
    type: 'Int',
    description:
      'E-mails a reminder now to everyone of the audience who has not acknowledged, except those reminded today; answers how many.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const reminders = await context.em.transactional((em) =>
        remindCultureMaterial(em, context.actor, String(id)),
      );
      // Only once the reminders are recorded (committed) do the mails leave.
      await context.mailOutbox.post(reminders.map((r) => materialReminderMail(r, context.mailOutbox.appUrl)));
      return reminders.length;
    },
  }),
);
