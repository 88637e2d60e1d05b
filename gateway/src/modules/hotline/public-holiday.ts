import {
  CALENDAR_DAY_KINDS,
  CALENDAR_IMPORTERS,
  CALENDAR_KEEPERS,
  HOLIDAY_IMPORT_CHANGES,
  MAX_HOLIDAY_ROWS,
  addHoliday,
  importHolidays,
  incompleteCalendarYears,
  listHolidays,
  previewHolidayImport,
  removeHoliday,
  type HolidayImportPreview,
  type HolidayImportRow,
  type HolidayView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { FileScalar } from '../kernel/file.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { ImportRowErrorRef } from '../org/import-people.js';

export const CalendarDayKindEnum = builder.enumType('CalendarDayKind', {
  description: 'day_off: nobody works; working_day: a Saturday or Sunday worked because its rest was moved.',
  values: CALENDAR_DAY_KINDS,
});

const PublicHolidayRef = builder.objectRef<HolidayView>('PublicHoliday');

builder.objectType(PublicHolidayRef, {
  description:
    'A day of the working-day calendar that differs from the Monday-to-Friday week. National days come from the law ' +
    '(Kazakhstan, seeded); an organisation adds its own on top. Working-day deadlines (§40.4) count in it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    date: t.exposeString('date', { description: 'YYYY-MM-DD' }),
    kind: t.field({ type: CalendarDayKindEnum, resolve: (day) => day.kind }),
    name: t.field({ type: LocalizedTextRef, resolve: (day) => day.name }),
    national: t.exposeBoolean('national', {
      description: 'From the national calendar; only the organisation’s own days can be removed.',
    }),
  }),
});

builder.queryField('publicHolidays', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [PublicHolidayRef],
    description:
      "A year's days off and worked weekend days: the national calendar and the organisation's own, by date.",
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, { year }, context) => listHolidays(context.em, context.actor, year),
  }),
);

builder.mutationField('addPublicHoliday', (t) =>
  t.withAuth({ anyRole: CALENDAR_KEEPERS }).field({
    type: PublicHolidayRef,
    description:
      "Adds a day of the organisation's own: a day off on a weekday (default) or a worked Saturday or Sunday. " +
      'A date already in the calendar is a CONFLICT.',
    args: {
      date: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
      name: t.arg.string({ required: true }),
      kind: t.arg({ type: CalendarDayKindEnum }),
    },
    resolve: (_root, { date, name, kind }, context) =>
      context.em.transactional((em) =>
        addHoliday(em, context.actor, { date, name, ...(kind ? { kind } : {}) }),
      ),
  }),
);

builder.mutationField('removePublicHoliday', (t) =>
  t.withAuth({ anyRole: CALENDAR_KEEPERS }).boolean({
    description: "Removes one of the organisation's own days; national days are FORBIDDEN.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      await context.em.transactional((em) => removeHoliday(em, context.actor, String(id)));
      return true;
    },
  }),
);

builder.queryField('incompleteCalendarYears', (t) =>
  t.withAuth({ authenticated: true }).field({
    type: ['Int'],
    description:
      'The years of fromYear..toYear (at most 20) whose calendar lacks the first day of Kurban Ait, announced each ' +
      'year: deadlines that end in them may end a day early until the day is added.',
    args: { fromYear: t.arg.int({ required: true }), toYear: t.arg.int({ required: true }) },
    resolve: (_root, { fromYear, toYear }, context) =>
      incompleteCalendarYears(context.em, context.actor, fromYear, toYear),
  }),
);

const HolidayImportChangeEnum = builder.enumType('HolidayImportChange', {
  description:
    'added: a new day; updated: one of the organisation’s days takes the file’s name or kind; unchanged.',
  values: HOLIDAY_IMPORT_CHANGES,
});

const HolidayImportRowRef = builder.objectRef<HolidayImportRow>('HolidayImportRow');

builder.objectType(HolidayImportRowRef, {
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'As a spreadsheet numbers it (1 is the heading row).' }),
    date: t.exposeString('date', { description: 'YYYY-MM-DD' }),
    kind: t.field({ type: CalendarDayKindEnum, resolve: (row) => row.kind }),
    name: t.field({ type: LocalizedTextRef, resolve: (row) => row.name }),
    change: t.field({ type: HolidayImportChangeEnum, resolve: (row) => row.change }),
  }),
});

const HolidayImportPreviewRef = builder.objectRef<HolidayImportPreview>('HolidayImportPreview');

builder.objectType(HolidayImportPreviewRef, {
  description:
    'What a calendar file would change, and every problem row by row; while there is one, nothing changes.',
  fields: (t) => ({
    rows: t.field({ type: [HolidayImportRowRef], resolve: (preview) => preview.rows }),
    added: t.exposeInt('added'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
    errors: t.field({ type: [ImportRowErrorRef], resolve: (preview) => preview.errors }),
  }),
});

const CALENDAR_FILE =
  `a calendar file (CSV or XLSX, at most ${MAX_HOLIDAY_ROWS} rows; columns date, name_kk, name_ru, optional ` +
  'name_en, kind holiday or transfer-working-day)';

builder.mutationField('previewPublicHolidayImport', (t) =>
  t.withAuth({ anyRole: CALENDAR_IMPORTERS }).field({
    type: HolidayImportPreviewRef,
    description: `Checks ${CALENDAR_FILE} against the calendar; changes nothing. A mutation because it takes a file.`,
    args: { file: t.arg({ type: FileScalar, required: true }) },
    resolve: async (_root, { file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return previewHolidayImport(context.em, context.actor, { filename: file.name, content });
    },
  }),
);

builder.mutationField('importPublicHolidays', (t) =>
  t.withAuth({ anyRole: CALENDAR_IMPORTERS }).field({
    type: HolidayImportPreviewRef,
    description:
      `Loads ${CALENDAR_FILE} into the organisation’s calendar: new days are added, its own days take the file’s ` +
      'name and kind, national days it repeats stay. All or nothing: any problem is a VALIDATION error whose ' +
      'extensions.errors lists every one.',
    args: { file: t.arg({ type: FileScalar, required: true }) },
    resolve: async (_root, { file }, context) => {
      const content = new Uint8Array(await file.arrayBuffer());
      return context.em.transactional((em) =>
        importHolidays(em, context.actor, { filename: file.name, content }),
      );
    },
  }),
);
