import {
  GRID_COLUMNS,
  GRID_ROWS,
  PERIOD_KINDS,
  SCHEDULE_FREQUENCIES,
  VIEW_SIGNERS,
  WIDGET_KINDS,
  WIDGET_SPLITS,
  Organization,
  Person,
  isOwner,
  kpiViewVersions,
  localizedName,
  resolvePeriod,
  viewSharedPeople,
  viewSignOffs,
  type Bar,
  type IKpiView,
  type IKpiViewSignOff,
  type KpiViewSummary,
  type KpiWidget,
  type SeriesPoint,
  type ViewFigures,
  type WidgetComment,
  type WidgetFigures,
} from '@adal/domain';
import { builder } from '../../../builder.js';
import { DateTimeScalar } from '../../kernel/date-time.js';
import { LocalizedTextRef } from '../../kernel/locale.js';
import { PersonRefType } from '../../hotline/person-ref.js';
import { OrgUnitRef } from '../../org/org-unit.js';
import { RiskHeatMapRef } from '../../compliance/risk-map.js';
import { KpiValueRef } from '../kpi-value.js';

export const KpiWidgetKindEnum = builder.enumType('KpiWidgetKind', { values: WIDGET_KINDS });
export const KpiWidgetSplitEnum = builder.enumType('KpiWidgetSplit', {
  description:
    'What a bar chart puts side by side: the units below the filter’s unit, or the holding’s subsidiaries.',
  values: WIDGET_SPLITS,
});
export const KpiPeriodKindEnum = builder.enumType('KpiPeriodKind', { values: PERIOD_KINDS });
export const KpiScheduleFrequencyEnum = builder.enumType('KpiScheduleFrequency', {
  values: SCHEDULE_FREQUENCIES,
});

const KpiWidgetRef = builder.objectRef<KpiWidget>('KpiWidget');
builder.objectType(KpiWidgetRef, {
  description: `A widget on the view's grid of ${GRID_COLUMNS} columns and ${GRID_ROWS} rows.`,
  fields: (t) => ({
    id: t.exposeString('id'),
    kind: t.field({ type: KpiWidgetKindEnum, resolve: (w) => w.kind }),
    codes: t.exposeStringList('codes'),
    split: t.field({ type: KpiWidgetSplitEnum, nullable: true, resolve: (w) => w.split }),
    x: t.exposeInt('x'),
    y: t.exposeInt('y'),
    w: t.exposeInt('w'),
    h: t.exposeInt('h'),
    amberMargin: t.exposeFloat('amberMargin', {
      nullable: true,
      description: 'A number widget: within this many points short of the target reads amber, further red.',
    }),
  }),
});

interface PeriodShape {
  kind: (typeof PERIOD_KINDS)[number];
  year: number | null;
  part: number | null;
  from: string;
  to: string;
  key: string;
}
const KpiViewPeriodRef = builder.objectRef<PeriodShape>('KpiViewPeriod');
builder.objectType(KpiViewPeriodRef, {
  fields: (t) => ({
    kind: t.field({ type: KpiPeriodKindEnum, resolve: (p) => p.kind }),
    year: t.exposeInt('year', { nullable: true }),
    part: t.exposeInt('part', { nullable: true, description: 'The quarter (1–4) or the half-year (1–2).' }),
    from: t.exposeString('from', { description: 'The first day, YYYY-MM-DD.' }),
    to: t.exposeString('to', { description: 'The last day, included.' }),
    key: t.exposeString('key', { description: '"2026-Q3", "2026-H2", "2026" or "2026-01-05_2026-03-31".' }),
  }),
});

interface OrganizationShape {
  id: string;
  name: { kk: string; ru: string; en: string };
  own?: boolean;
}
export const KpiOrganizationRef = builder.objectRef<OrganizationShape>('KpiOrganization');
builder.objectType(KpiOrganizationRef, {
  description: 'The viewer’s organisation or one of its subsidiaries.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.field({ type: LocalizedTextRef, resolve: (o) => o.name }),
    own: t.boolean({
      description: 'The viewer’s own organisation.',
      resolve: (o, _args, context) => o.id === context.actor?.organizationId,
    }),
  }),
});

const KpiViewFiltersRef = builder.objectRef<IKpiView['filters']>('KpiViewFilters');
builder.objectType(KpiViewFiltersRef, {
  fields: (t) => ({
    organization: t.field({
      type: KpiOrganizationRef,
      nullable: true,
      description: 'A subsidiary the view shows; null: the viewer’s own organisation.',
      resolve: async (filters, _args, context) => {
        if (!filters.organizationId) return null;
        const org = await context.em.findOne(Organization, filters.organizationId);
        return org ? { id: org.id, name: localizedName(org.names, org.name) } : null;
      },
    }),
    orgUnit: t.field({ type: OrgUnitRef, nullable: true, resolve: (filters) => filters.orgUnitId }),
    period: t.field({ type: KpiViewPeriodRef, resolve: (filters) => resolvePeriod(filters.period) }),
  }),
});

const KpiViewSharesRef = builder.objectRef<IKpiView>('KpiViewShares');
builder.objectType(KpiViewSharesRef, {
  fields: (t) => ({
    roles: t.stringList({ resolve: (view) => view.sharedRoles }),
    people: t.field({
      type: [PersonRefType],
      resolve: (view, _args, context) => viewSharedPeople(context.em, view),
    }),
  }),
});

const KpiViewScheduleRef = builder.objectRef<NonNullable<IKpiView['schedule']>>('KpiViewSchedule');
builder.objectType(KpiViewScheduleRef, {
  description: 'The view mailed as its PDF, each recipient’s copy computed with their own rights.',
  fields: (t) => ({
    frequency: t.field({ type: KpiScheduleFrequencyEnum, resolve: (s) => s.frequency }),
    recipients: t.field({
      type: [PersonRefType],
      resolve: async (s, _args, context) => {
        const people = await context.em.find(
          Person,
          { id: { $in: s.recipientIds } },
          { orderBy: { fullName: 'asc' } },
        );
        return people.map((p) => ({ id: p.id, fullName: p.fullName }));
      },
    }),
  }),
});

export const KpiViewSignOffRef = builder.objectRef<IKpiViewSignOff>('KpiViewSignOff');
builder.objectType(KpiViewSignOffRef, {
  description: '§69: the compliance head vouched for the figures of a period; they are kept as they were.',
  fields: (t) => ({
    periodKey: t.exposeString('periodKey'),
    signedBy: t.field({
      type: PersonRefType,
      resolve: (s) => ({ id: s.signedBy.id, fullName: s.signedBy.fullName }),
    }),
    signedAt: t.field({ type: DateTimeScalar, resolve: (s) => s.signedAt }),
    viewVersion: t.exposeInt('viewVersion'),
  }),
});

const KpiViewVersionRef =
  builder.objectRef<Awaited<ReturnType<typeof kpiViewVersions>>[number]>('KpiViewVersion');
builder.objectType(KpiViewVersionRef, {
  fields: (t) => ({
    version: t.exposeInt('version'),
    title: t.exposeString('title'),
    savedBy: t.field({
      type: PersonRefType,
      resolve: (v) => ({ id: v.savedBy.id, fullName: v.savedBy.fullName }),
    }),
    savedAt: t.field({ type: DateTimeScalar, resolve: (v) => v.savedAt }),
    widgetCount: t.int({ resolve: (v) => v.widgets.length }),
  }),
});

export const KpiViewRef = builder.objectRef<IKpiView>('KpiView');
builder.objectType(KpiViewRef, {
  description: '§69, §74: a dashboard of KPIs on a grid, shared read-only with roles or people.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    version: t.exposeInt('version', {
      description: 'Name it when saving: a newer save in between is CONFLICT.',
    }),
    owner: t.field({
      type: PersonRefType,
      // A view found or made in this request holds its owner as a reference: loaded before its name is read.
      resolve: async (v, _args, context) => {
        await context.em.populate(v, ['owner']);
        return { id: v.owner.id, fullName: v.owner.fullName };
      },
    }),
    canEdit: t.boolean({ resolve: (view, _args, context) => isOwner(context.actor!, view) }),
    canSignOff: t.boolean({
      resolve: (_view, _args, context) => VIEW_SIGNERS.some((role) => context.actor!.roles.includes(role)),
    }),
    filters: t.field({ type: KpiViewFiltersRef, resolve: (view) => view.filters }),
    widgets: t.field({ type: [KpiWidgetRef], resolve: (view) => view.widgets }),
    shares: t.field({
      type: KpiViewSharesRef,
      nullable: true,
      description: 'Who it is shared with: for its owner only.',
      resolve: (view, _args, context) => (isOwner(context.actor!, view) ? view : null),
    }),
    schedule: t.field({
      type: KpiViewScheduleRef,
      nullable: true,
      resolve: (view, _args, context) => (isOwner(context.actor!, view) ? view.schedule : null),
    }),
    signOffs: t.field({
      type: [KpiViewSignOffRef],
      resolve: (view, _args, context) => viewSignOffs(context.em, view),
    }),
    versions: t.field({
      type: [KpiViewVersionRef],
      resolve: (view, _args, context) => kpiViewVersions(context.em, context.actor!, view.id),
    }),
    updatedAt: t.field({ type: DateTimeScalar, resolve: (view) => view.updatedAt }),
  }),
});

export const KpiViewSummaryRef = builder.objectRef<KpiViewSummary>('KpiViewSummary');
builder.objectType(KpiViewSummaryRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    owner: t.field({ type: PersonRefType, resolve: (v) => ({ id: v.ownerId, fullName: v.ownerName }) }),
    sharedWithMe: t.exposeBoolean('sharedWithMe'),
    widgetCount: t.exposeInt('widgetCount'),
    updatedAt: t.field({ type: DateTimeScalar, resolve: (v) => v.updatedAt }),
  }),
});

const KpiWidgetCommentRef = builder.objectRef<WidgetComment & { widgetId: string; periodKey: string }>(
  'KpiWidgetComment',
);
builder.objectType(KpiWidgetCommentRef, {
  fields: (t) => ({
    widgetId: t.exposeString('widgetId'),
    periodKey: t.exposeString('periodKey'),
    text: t.exposeString('text'),
    author: t.field({ type: PersonRefType, resolve: (c) => ({ id: c.authorId, fullName: c.authorName }) }),
    updatedAt: t.field({ type: DateTimeScalar, resolve: (c) => new Date(c.updatedAt) }),
  }),
});

const KpiSeriesPointRef = builder.objectRef<SeriesPoint>('KpiSeriesPoint');
builder.objectType(KpiSeriesPointRef, {
  fields: (t) => ({
    periodKey: t.exposeString('periodKey'),
    from: t.exposeString('from'),
    to: t.exposeString('to'),
    values: t.field({ type: [KpiValueRef], resolve: (p) => p.values }),
  }),
});

const KpiBarRef = builder.objectRef<Bar>('KpiBar');
builder.objectType(KpiBarRef, {
  fields: (t) => ({
    label: t.field({ type: LocalizedTextRef, resolve: (b) => b.label }),
    orgUnitId: t.exposeID('orgUnitId', { nullable: true }),
    organizationId: t.exposeID('organizationId', { nullable: true }),
    values: t.field({ type: [KpiValueRef], resolve: (b) => b.values }),
  }),
});

const KpiWidgetFiguresRef = builder.objectRef<WidgetFigures & { periodKey: string }>('KpiWidgetFigures');
builder.objectType(KpiWidgetFiguresRef, {
  fields: (t) => ({
    widgetId: t.exposeString('widgetId'),
    refused: t.exposeBoolean('refused', {
      description: 'The viewer may not read a KPI of this widget (or the risk map): nothing of it is shown.',
    }),
    values: t.field({ type: [KpiValueRef], resolve: (w) => w.values }),
    series: t.field({ type: [KpiSeriesPointRef], resolve: (w) => w.series }),
    bars: t.field({ type: [KpiBarRef], resolve: (w) => w.bars }),
    heatMap: t.field({ type: RiskHeatMapRef, nullable: true, resolve: (w) => w.heatMap }),
    comment: t.field({
      type: KpiWidgetCommentRef,
      nullable: true,
      resolve: (w) => (w.comment ? { ...w.comment, widgetId: w.widgetId, periodKey: w.periodKey } : null),
    }),
  }),
});

export interface FiguresShape {
  figures: ViewFigures;
  signOff: IKpiViewSignOff | null;
}
export const KpiViewFiguresRef = builder.objectRef<FiguresShape>('KpiViewFigures');
builder.objectType(KpiViewFiguresRef, {
  fields: (t) => ({
    periodKey: t.string({ resolve: (f) => f.figures.periodKey }),
    from: t.string({ resolve: (f) => f.figures.from }),
    to: t.string({ resolve: (f) => f.figures.to }),
    signOff: t.field({ type: KpiViewSignOffRef, nullable: true, resolve: (f) => f.signOff }),
    frozen: t.boolean({
      description: 'True: the figures are those signed off for the period, as they were then.',
      resolve: (f) => f.signOff !== null,
    }),
    widgets: t.field({
      type: [KpiWidgetFiguresRef],
      resolve: (f) => f.figures.widgets.map((w) => ({ ...w, periodKey: f.figures.periodKey })),
    }),
  }),
});

export { KpiWidgetCommentRef };
