import {
  MAX_ATTENDANCE_ENTRIES,
  TRAINING_MANAGERS,
  importAttendance,
  previewAttendanceImport,
  type AttendanceImportPreview,
  type AttendanceImportRow,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';
import { ImportRowErrorRef } from '../org/import-people.js';
import { AttendanceStatusEnum } from './session.js';

const MatchedByEnum = builder.enumType('AttendanceImportMatch', {
  description: 'How a row of an attendance list named its person.',
  values: ['email', 'iin', 'name'] as const,
});

const RowRef = builder.objectRef<AttendanceImportRow>('AttendanceImportRow');

builder.objectType(RowRef, {
  description: 'A row of an attendance list, matched to a person of the organisation.',
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'As a spreadsheet numbers it (1 is the heading row).' }),
    personId: t.exposeID('personId'),
    fullName: t.exposeString('fullName'),
    email: t.exposeString('email'),
    matchedBy: t.field({ type: MatchedByEnum, resolve: (row) => row.matchedBy }),
    status: t.field({ type: AttendanceStatusEnum, resolve: (row) => row.status }),
    reason: t.exposeString('reason', { nullable: true }),
    scorePercent: t.exposeInt('scorePercent', { nullable: true }),
  }),
});

const PreviewRef = builder.objectRef<AttendanceImportPreview>('AttendanceImportPreview');

builder.objectType(PreviewRef, {
  description:
    'What an attendance list says: its rows matched to people, and every problem row by row. While there is a ' +
    'problem an import records nothing.',
  fields: (t) => ({
    rows: t.field({ type: [RowRef], resolve: (preview) => preview.rows }),
    attended: t.exposeInt('attended'),
    absent: t.exposeInt('absent'),
    errors: t.field({ type: [ImportRowErrorRef], resolve: (preview) => preview.errors }),
  }),
});

const LIST =
  `an attendance list (CSV or XLSX in the template's layout, at most ${MAX_ATTENDANCE_ENTRIES} rows; ` +
  'people by e-mail, IIN or full name; attended yes/no; reason of an absence; score of a knowledge check)';

builder.mutationField('previewSessionAttendanceImport', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: PreviewRef,
    description: `Checks ${LIST} against the session and its people; records nothing. A mutation because it takes a file.`,
    args: {
      sessionId: t.arg.id({ required: true }),
      file: t.arg({ type: FileScalar, required: true }),
    },
    resolve: async (_root, { sessionId, file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return previewAttendanceImport(context.em, context.actor, String(sessionId), {
        filename: file.name,
        content,
      });
    },
  }),
);

builder.mutationField('importSessionAttendance', (t) =>
  t.withAuth({ anyRole: TRAINING_MANAGERS }).field({
    type: PreviewRef,
    description:
      `Records the attendance of ${LIST}, replacing what was recorded for the same people; all or nothing: any ` +
      'problem fails the import with a VALIDATION error whose extensions.errors lists every one. A planned session ' +
      'whose day has come becomes held.',
    args: {
      sessionId: t.arg.id({ required: true }),
      file: t.arg({ type: FileScalar, required: true }),
    },
    resolve: async (_root, { sessionId, file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        importAttendance(em, context.actor, String(sessionId), { filename: file.name, content }),
      );
    },
  }),
);
