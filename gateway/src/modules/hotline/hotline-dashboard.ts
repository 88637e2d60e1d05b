import { casesAwaitingAlternateHandler, HOTLINE_DASHBOARD_READERS, hotlineDashboard } from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';

type Dashboard = Awaited<ReturnType<typeof hotlineDashboard>>;
type Cell = Dashboard['total'];

export const DashboardCellRef = builder.objectRef<Cell>('DashboardCell');

builder.objectType(DashboardCellRef, {
  description:
    'One figure of the dashboard. 1 to 4 reports show as "< 5", with no count, so that they point at nobody.',
  fields: (t) => ({
    key: t.exposeString('key'),
    count: t.exposeInt('count', { nullable: true, description: 'Null when 1 to 4.' }),
    display: t.exposeString('display'),
  }),
});

const HotlineDashboardRef = builder.objectRef<Dashboard>('HotlineDashboard');

builder.objectType(HotlineDashboardRef, {
  description: 'The hotline in aggregates only (§69, §74.6): no case leaves the hotline through it.',
  fields: (t) => ({
    total: t.field({ type: DashboardCellRef, resolve: (d) => d.total }),
    byStatus: t.field({ type: [DashboardCellRef], resolve: (d) => d.byStatus }),
    byCategory: t.field({ type: [DashboardCellRef], resolve: (d) => d.byCategory }),
    byAge: t.field({
      type: [DashboardCellRef],
      description: 'Open cases by age in days: 0-7, 8-30, 31-90, 90+.',
      resolve: (d) => d.byAge,
    }),
    overdueAcknowledgements: t.field({ type: DashboardCellRef, resolve: (d) => d.overdueAcknowledgements }),
    awaitingAlternateHandler: t.withAuth({ anyRole: HOTLINE_DASHBOARD_READERS }).field({
      type: DashboardCellRef,
      description:
        'Open cases that name a compliance head and that nobody runs yet: the first head names an alternate handler ' +
        '(ADR 008). They never fall back to the compliance head.',
      resolve: (_d, _args, context) => casesAwaitingAlternateHandler(context.em, context.actor),
    }),
    acknowledgedInTimePercent: t.float({
      nullable: true,
      description:
        'Reports acknowledged within the deadline (24 h by default), in percent; null without reports.',
      resolve: (d) => d.acknowledgedInTimeShare,
    }),
    processedInTimePercent: t.float({
      nullable: true,
      description:
        'Reports processed within the internal deadline (§74.6), in percent; null without closed reports.',
      resolve: (d) => d.processedInTimeShare,
    }),
  }),
});

builder.queryField('hotlineDashboard', (t) =>
  t.withAuth({ anyRole: HOTLINE_DASHBOARD_READERS }).field({
    type: HotlineDashboardRef,
    args: { periodFrom: t.arg({ type: DateTimeScalar }), periodTo: t.arg({ type: DateTimeScalar }) },
    resolve: (_root, { periodFrom, periodTo }, context) =>
      hotlineDashboard(
        context.em,
        context.actor,
        { ...(periodFrom ? { periodFrom } : {}), ...(periodTo ? { periodTo } : {}) },
        new Date(),
      ),
  }),
);
