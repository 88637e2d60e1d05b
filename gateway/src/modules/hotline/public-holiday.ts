import {
  CALENDAR_DAY_KINDS,
  CALENDAR_KEEPERS,
  addHoliday,
  listHolidays,
  removeHoliday,
  type HolidayView,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { LocalizedTextRef } from '../kernel/locale.js';

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
