import {
  importPeople,
  previewPeopleImport,
  type ImportReport,
  type ImportRowError,
  type PeopleImportPreview,
  type PeopleImportPreviewRow,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';
import { JsonScalar } from '../kernel/json.js';

const ImportReportRef = builder.objectRef<ImportReport>('ImportReport');

builder.objectType(ImportReportRef, {
  description: 'What an import of the staff list changed.',
  fields: (t) => ({
    rows: t.exposeInt('rows'),
    orgUnitsCreated: t.exposeInt('orgUnitsCreated'),
    peopleCreated: t.exposeInt('peopleCreated'),
    peopleUpdated: t.exposeInt('peopleUpdated'),
  }),
});

const ImportRowErrorRef = builder.objectRef<ImportRowError>('ImportRowError');

builder.objectType(ImportRowErrorRef, {
  description:
    'One problem of an imported file: its row as a spreadsheet numbers it (1 is the header), its column, ' +
    'a message key with parameters for the reader’s language (the error catalogue), and the problem in English.',
  fields: (t) => ({
    row: t.exposeInt('row'),
    column: t.exposeString('column', { nullable: true }),
    messageKey: t.exposeString('messageKey', { nullable: true }),
    params: t.field({ type: JsonScalar, nullable: true, resolve: (error) => error.params ?? null }),
    message: t.exposeString('message'),
  }),
});

const PreviewRowRef = builder.objectRef<PeopleImportPreviewRow>('PeopleImportPreviewRow');

builder.objectType(PreviewRowRef, {
  description: 'A person the import would write, as the file gives them.',
  fields: (t) => ({
    row: t.exposeInt('row'),
    email: t.exposeString('email'),
    fullName: t.exposeString('fullName'),
    orgUnitPath: t.exposeString('orgUnitPath'),
    position: t.exposeString('position'),
    isNew: t.boolean({ resolve: (row) => row.outcome === 'create' }),
  }),
});

const PreviewRef = builder.objectRef<PeopleImportPreview>('PeopleImportPreview');

builder.objectType(PreviewRef, {
  description:
    'What an import of the staff list would do; nothing is written. Any error means the import would write nothing.',
  fields: (t) => ({
    rows: t.exposeInt('rows'),
    peopleToCreate: t.exposeInt('peopleToCreate'),
    peopleToUpdate: t.exposeInt('peopleToUpdate'),
    orgUnitsToCreate: t.exposeStringList('orgUnitsToCreate'),
    people: t.field({ type: [PreviewRowRef], resolve: (preview) => preview.people }),
    errors: t.field({ type: [ImportRowErrorRef], resolve: (preview) => preview.errors }),
  }),
});

const CREATE_ORG_UNITS =
  'Create the units along org_unit_path that do not exist yet; otherwise a row naming one is an error.';

builder.mutationField('previewPeopleImport', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: PreviewRef,
    description:
      'Checks a staff list (CSV or XLSX) as importPeople would and says, row by row, what it would do and ' +
      'every problem; writes nothing. A mutation because it takes a file.',
    args: {
      file: t.arg({ type: FileScalar, required: true }),
      createOrgUnits: t.arg.boolean({ required: true, defaultValue: false, description: CREATE_ORG_UNITS }),
    },
    resolve: async (_root, { file, createOrgUnits }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return previewPeopleImport(
        context.em,
        context.actor,
        { filename: file.name, content },
        { createOrgUnits },
      );
    },
  }),
);

builder.mutationField('importPeople', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: ImportReportRef,
    description:
      'Imports the staff list from a CSV or XLSX file. Any bad row fails the whole import with a VALIDATION ' +
      'error whose extensions.errors lists { row, column, code, params, message } for every problem; nothing ' +
      'is written then.',
    args: {
      file: t.arg({ type: FileScalar, required: true }),
      createOrgUnits: t.arg.boolean({ required: true, defaultValue: false, description: CREATE_ORG_UNITS }),
    },
    resolve: async (_root, { file, createOrgUnits }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        importPeople(em, context.actor, { filename: file.name, content }, { createOrgUnits }),
      );
    },
  }),
);
