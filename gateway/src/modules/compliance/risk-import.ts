import { COMPLIANCE_KEEPERS, MAX_RISK_IMPORT_ROWS, importRisks, type RiskImportResult } from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';
import { ImportRowErrorRef } from '../org/import-people.js';
import { RiskRegisterEnum } from './risk.js';

const RiskImportResultRef = builder.objectRef<RiskImportResult>('RiskImportResult');
builder.objectType(RiskImportResultRef, {
  description:
    'How many risks were added, or every problem row by row; while there is one, nothing is imported.',
  fields: (t) => ({
    imported: t.exposeInt('imported'),
    errors: t.field({ type: [ImportRowErrorRef], resolve: (r) => r.errors }),
  }),
});

builder.mutationField('importRisks', (t) =>
  t.withAuth({ anyRole: COMPLIANCE_KEEPERS }).field({
    type: RiskImportResultRef,
    description:
      `Annex 1: adds the risks of an XLSX or CSV file (at most ${MAX_RISK_IMPORT_ROWS} rows) to a register. Columns ` +
      'are found by their headings (codes or kk/ru/en headings, as the export writes them) or given in file order by ' +
      '`columns`; process_or_document, scheme, probability, frequency and impact are required. All or nothing.',
    args: {
      register: t.arg({ type: RiskRegisterEnum, required: true }),
      file: t.arg({ type: FileScalar, required: true }),
      columns: t.arg.stringList({
        description: 'Column codes in file order, e.g. process_or_document, scheme, …',
      }),
    },
    resolve: async (_root, { register, file, columns }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        importRisks(
          em,
          context.actor,
          register,
          { filename: file.name, content },
          columns ?? null,
          new Date(),
        ),
      );
    },
  }),
);
