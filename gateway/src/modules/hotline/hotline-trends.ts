import {
  casesBehindFigure,
  FIGURE_CASE_OPENERS,
  FIGURE_CASES_LIMIT,
  hotlineTrends,
  TREND_MEASURES,
  TREND_READERS,
  type FigureCase,
  type HotlineTrends,
  type MonthTrend,
  type OrgUnitCell,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { DashboardCellRef } from './hotline-dashboard.js';

const TrendMeasureEnum = builder.enumType('HotlineTrendMeasure', {
  description:
    'What a month counts of the reports received in it: all, acknowledged in time, processed in time, substantiated.',
  values: TREND_MEASURES,
});

const MonthTrendRef = builder.objectRef<MonthTrend>('HotlineMonthTrend');
builder.objectType(MonthTrendRef, {
  description: 'One month (Kazakhstan’s calendar) of the reports received, and what became of them.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM' }),
    received: t.field({ type: DashboardCellRef, resolve: (m) => m.received }),
    acknowledgedInTime: t.field({ type: DashboardCellRef, resolve: (m) => m.acknowledgedInTime }),
    processedInTime: t.field({ type: DashboardCellRef, resolve: (m) => m.processedInTime }),
    substantiated: t.field({
      type: DashboardCellRef,
      description: 'Closed as substantiated, wholly or partly.',
      resolve: (m) => m.substantiated,
    }),
  }),
});

const OrgUnitCellRef = builder.objectRef<OrgUnitCell>('HotlineOrgUnitCell');
builder.objectType(OrgUnitCellRef, {
  description:
    'Reports by the unit of the people they name: key is the unit’s id, "several" (people of several units) or "none".',
  fields: (t) => ({
    key: t.exposeString('key'),
    count: t.exposeInt('count', { nullable: true }),
    display: t.exposeString('display'),
    names: t.field({ type: LocalizedTextRef, nullable: true, resolve: (c) => c.names }),
  }),
});

const HotlineTrendsRef = builder.objectRef<HotlineTrends>('HotlineTrends');
builder.objectType(HotlineTrendsRef, {
  description:
    'The dashboard’s trends by month and breakdowns (§69). Each breakdown splits the same reports once, so exact ' +
    'figures add up to the total; the first head, the board and auditors get whole days and 1 to 4 as "< 5".',
  fields: (t) => ({
    exact: t.exposeBoolean('exact'),
    firstDay: t.exposeString('firstDay'),
    lastDay: t.exposeString('lastDay'),
    total: t.field({ type: DashboardCellRef, resolve: (d) => d.total }),
    months: t.field({ type: [MonthTrendRef], resolve: (d) => d.months }),
    byCategory: t.field({ type: [DashboardCellRef], resolve: (d) => d.byCategory }),
    byChannel: t.field({ type: [DashboardCellRef], resolve: (d) => d.byChannel }),
    byOrgUnit: t.field({ type: [OrgUnitCellRef], resolve: (d) => d.byOrgUnit }),
  }),
});

builder.queryField('hotlineTrends', (t) =>
  t.withAuth({ anyRole: TREND_READERS }).field({
    type: HotlineTrendsRef,
    description:
      'For the dashboard’s readers, and for investigators over the cases assigned to them (exact, as the compliance head’s).',
    args: { periodFrom: t.arg({ type: DateTimeScalar }), periodTo: t.arg({ type: DateTimeScalar }) },
    resolve: (_root, { periodFrom, periodTo }, context) =>
      hotlineTrends(context.em, context.actor, { periodFrom, periodTo }, new Date()),
  }),
);

const FigureCaseRef = builder.objectRef<FigureCase>('HotlineFigureCase');
builder.objectType(FigureCaseRef, {
  fields: (t) => ({ id: t.exposeID('id'), number: t.exposeString('number') }),
});

builder.queryField('hotlineFigureCases', (t) =>
  t.withAuth({ anyRole: FIGURE_CASE_OPENERS }).field({
    type: [FigureCaseRef],
    description: `The cases behind one figure of the dashboard, by number (at most ${FIGURE_CASES_LIMIT}); for the compliance head, and for an investigator of her own cases.`,
    args: {
      periodFrom: t.arg({ type: DateTimeScalar }),
      periodTo: t.arg({ type: DateTimeScalar }),
      month: t.arg.string({ description: 'YYYY-MM' }),
      measure: t.arg({ type: TrendMeasureEnum }),
      category: t.arg.string(),
      channel: t.arg.string(),
      orgUnit: t.arg.string({ description: 'An org unit’s id, "several" or "none".' }),
    },
    resolve: (_root, args, context) => casesBehindFigure(context.em, context.actor, args, new Date()),
  }),
);
