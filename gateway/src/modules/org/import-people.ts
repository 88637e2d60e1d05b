import { importPeople, type ImportReport } from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';

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

builder.mutationField('importPeople', (t) =>
  t.withAuth({ role: 'org_admin' }).field({
    type: ImportReportRef,
    description:
      'Imports the staff list from a CSV or XLSX file. Any bad row fails the whole import with a VALIDATION ' +
      'error whose extensions.errors lists { row, column, message } for every problem; nothing is written then.',
    args: { file: t.arg({ type: FileScalar, required: true }) },
    resolve: async (_root, { file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        importPeople(em, context.actor, { filename: file.name, content }),
      );
    },
  }),
);
